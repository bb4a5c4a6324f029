-- A bride: a white wedding gown with a full skirt and train, a long veil
-- from a small tiara over an updo, and a bouquet of flowers.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "bride",
  names = {"bride", "wedding dress", "bride in a wedding dress", "wedding gown", "newlywed"},
  lvis = {},
  family = "characters",
  size_mm = 1700,
  description = "A bride in a white gown and veil with a bouquet",
  parts = {
    {"gown", "fabric", color = "#f8f6f2", role = "primary", names = {"gown", "dress", "wedding dress"}},
    {"veil", "fabric", color = "#fbfbfb", role = "secondary", names = {"veil", "lace"}},
    {"flowers", "plant", color = "#e8607a", role = "detail", names = {"bouquet", "flowers", "roses"}},
    {"leaves", "plant", color = "#3a7a3a", role = "detail", names = {"leaves"}},
    {"hair", "fabric", color = "#6a4426", role = "detail", names = {"hair"}},
    {"skin", "skin", color = "#f0c8a8", role = "detail", names = {"skin", "face"}},
    {"tiara", "silver", color = "#e0e0e8", role = "detail", names = {"tiara"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"sitting"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "female", hair = "bun", arms = "together",
      map = {torso = "gown", upper_arm = "skin", forearm = "skin", thigh = "gown", shin = "gown", foot = "gown"},
      skirt = {to = 0.0, flare = 2.5, part = "gown"}, hat_lift = 1.0,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      local s = empty()
      -- Veil: a thin sheet from the crown down the back.
      local veil = loft({
        {y = f.y_waist - 10 * u, rx = hr * 0.9, rz = hr * 1.5, x = c[1] - hr * 1.3},
        {y = f.y_s, rx = hr * 0.8, rz = hr * 1.3, x = c[1] - hr * 0.9},
        {y = c[2] + hr * 0.6, rx = hr * 0.75, rz = hr * 1.0, x = c[1] - hr * 0.2},
      })
      veil = subtract(veil, veil:stretch(0.9, 1.02, 0.9):move(hr * 0.1, 0, 0))
      veil = intersect(veil, box(f.Hh, f.Hh * 2, f.Hh):move(-f.Hh * 0.5 + c[1] - hr * 0.15, 0, 0))
      s = s + veil:part("veil")
      s = s + intersect(torus(hr * 0.75, hr * 0.08), box(hr * 3, hr, hr * 3)):rotz(-20):move(c[1] - hr * 0.1, c[2] + hr * 0.7, 0):part("tiara")
      -- Bouquet held in both hands.
      local p = H.lerp(f.fistL, f.fistR, 0.5)
      local flowers = {}
      for i = 0, 6 do
        local a = math.rad(i * 60)
        local r = i == 6 and 0 or 4 * u
        flowers[#flowers + 1] = sphere(2.8 * u):move(p[1] + 3 * u, p[2] + 4 * u + (i == 6 and 1.5 * u or 0), p[3] + math.cos(a) * r)
      end
      s = s + union(table.unpack(flowers)):noise(0.3 * u, 1.5 * u):part("flowers")
      s = s + cone(5 * u, 1.5 * u, 8 * u):rotz(180):move(p[1] + 3 * u, p[2] + 3 * u, p[3]):part("leaves")
      return s
    end
    return H.build(k, spec)
  end,
}
