-- A nutcracker: a painted wooden soldier with a tall shako hat, a white
-- beard, a big square jaw, a red tunic with gold buttons and a sash, black
-- trousers and boots, standing on a round base.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "nutcracker",
  names = {"nutcracker", "nutcracker soldier", "nutcracker doll", "christmas nutcracker", "wooden soldier",
           "toy soldier figurine"},
  lvis = {"nutcracker"},
  family = "toys",
  size_mm = 380,
  description = "A wooden nutcracker soldier",
  parts = {
    {"tunic", "paint", color = "#c8202a", role = "primary", names = {"tunic", "coat", "jacket", "uniform"}},
    {"hat", "paint", color = "#1c1c22", role = "secondary", names = {"hat", "shako", "trousers", "boots"}},
    {"gold", "gold", color = "#e0b840", role = "detail", names = {"buttons", "trim", "gold", "belt"}},
    {"beard", "fur", color = "#f4f2ec", role = "detail", names = {"beard", "hair"}},
    {"face", "paint", color = "#f0d0b0", role = "detail", names = {"face", "skin", "hands"}},
    {"base", "paint", color = "#2a7a3a", role = "detail", names = {"base", "stand"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "stocky", head_scale = 1.35, proportions = {legs = 0.42, girth = 1.2},
      hair = "none", beard = "full", beard_part = "beard", arms = "down", boots = true,
      map = {head = "face", neck = "face", torso = "tunic", upper_arm = "tunic", forearm = "tunic", hand = "face",
             thigh = "hat", shin = "hat", foot = "hat", ears = "face"},
      face = {ears = false, eye_size = 0.14, nose_size = 0.22}, belt = "gold", buckle = "gold", hat_lift = 2.4,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      -- Tall shako with a gold band, peak and plume.
      local shako = cylinder(hr * 1.0, hr * 1.8, hr * 0.08):stretch(1, 1, 0.95):move(c[1] - hr * 0.05, c[2] + hr * 0.3, 0)
      local s = shako:part("hat")
      s = s + cylinder(hr * 1.03, hr * 0.25):move(c[1] - hr * 0.05, c[2] + hr * 0.35, 0):part("gold")
      s = s + cylinder(hr * 1.03, hr * 0.12):move(c[1] - hr * 0.05, c[2] + hr * 1.95, 0):part("gold")
      s = s + intersect(cylinder(hr * 1.25, hr * 0.08):move(c[1], c[2] + hr * 0.3, 0), box(hr * 3, hr, hr * 3):move(c[1] + hr * 1.5, c[2], 0)):part("hat")
      s = s + star(5, hr * 0.35, hr * 0.15, hr * 0.08):roty(90):move(c[1] + hr * 0.98, c[2] + hr * 1.2, 0):part("gold")
      -- Big square jaw with a dark mouth line.
      s = s + box(hr * 0.5, hr * 0.45, hr * 1.2, hr * 0.12):move(c[1] + hr * 0.55, c[2] - hr * 0.8, 0):part("face")
      s = s + box(hr * 0.1, hr * 0.06, hr * 0.8):move(c[1] + hr * 0.82, c[2] - hr * 0.62, 0):part("eyes")
      -- Buttons and epaulettes.
      for i = 0, 3 do s = s + sphere(1.3 * u):move(f.depth * 1.0 + 0.5 * u, f.y_waist + i * 5 * u, 0):part("gold") end
      for _, side in ipairs({"L", "R"}) do
        s = s + ellipsoid(f.r_upper * 1.4, f.r_upper * 0.6, f.r_upper * 1.4):move(H.add(f["s" .. side], {0, f.r_upper * 0.9, 0})):part("gold")
      end
      -- Round base.
      s = s + cylinder(f.hw * 2.6, 4 * u, 1 * u):move(2 * u, -4 * u, 0):part("base")
      return s
    end
    return H.build(k, spec)
  end,
}
