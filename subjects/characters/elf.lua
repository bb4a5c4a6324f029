-- An elf: a slim figure with long pointed ears, long hair, a green tunic
-- with a belt over leggings, soft boots and a hooded cloak. Christmas elves
-- are a variant with a floppy hat and curled shoes.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "elf",
  names = {"elf", "elven archer", "elf archer", "wood elf", "high elf", "elf warrior", "elven", "elf ranger"},
  lvis = {},
  family = "characters",
  size_mm = 1800,
  description = "An elf with pointed ears in a green tunic and cloak",
  parts = {
    {"tunic", "fabric", color = "#3a7a3a", role = "primary", names = {"tunic", "clothes", "shirt"}},
    {"cloak", "fabric", color = "#2a5030", role = "secondary", names = {"cloak", "cape", "hood", "hat"}},
    {"leggings", "fabric", color = "#6a5a40", role = "detail", names = {"leggings", "trousers", "pants"}},
    {"leather", "leather", color = "#5a3a22", role = "detail", names = {"boots", "belt", "quiver", "bow"}},
    {"hair", "fabric", color = "#ecd890", role = "detail", names = {"hair"}},
    {"skin", "skin", color = "#f0cdb0", role = "detail", names = {"skin", "face", "ears"}},
    {"trim", "fabric", color = "#c8282d", role = "detail", names = {"trim", "stripes", "bells"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  variants = {
    christmas = {names = {"christmas elf", "santa's elf", "santas elf"}, size_mm = 1100,
                 colors = {tunic = "#2a8a3a", cloak = "#c81e24", leggings = "#c81e24", leather = "#2a8a3a", hair = "#8a4a22"}},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local xmas = k.variant == "christmas"
    local spec = {
      build = xmas and "child" or "slim", hair = xmas and "short" or "long", face = {ears = "pointy"},
      map = {torso = "tunic", upper_arm = "tunic", forearm = "tunic", thigh = "leggings", shin = "leather", foot = "leather"},
      boots = true, belt = "leather", buckle = "leather", skirt = {to = 0.78, flare = 1.25, part = "tunic"}, hat_lift = 0.8,
    }
    if xmas then spec.map.shin = "leggings" end
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      local s = empty()
      if xmas then
        -- Floppy pointed hat and curled shoe tips.
        local secs = {}
        for i = 0, 6 do
          local t = i / 6
          local r = hr * (1.02 * (1 - t) + 0.12 * t)
          secs[#secs + 1] = {y = c[2] + hr * 0.25 + hr * 1.8 * t - hr * 0.6 * t ^ 3, rx = r, rz = r, x = c[1] - hr * 1.3 * t ^ 2}
        end
        s = s + loft(secs):part("cloak") + sphere(hr * 0.2):move(c[1] - hr * 1.3, c[2] + hr * 1.5, 0):part("trim")
        for _, side in ipairs({"L", "R"}) do
          local a = f["a" .. side]
          s = s + tube({{a[1] + 7 * u, 1.5 * u, a[3]}, {a[1] + 11 * u, 3 * u, a[3]}, {a[1] + 11 * u, 6 * u, a[3]}}, 1.5 * u, 0.5 * u):part("leather")
        end
        s = s + torus(f.sw * 0.55, 2 * u):move(0, f.y_s, 0):part("trim")
      else
        -- Hooded cloak hanging behind.
        s = s + H.cape(f, 8 * u, 1.5):part("cloak")
        local hood = intersect(ellipsoid(hr * 1.1, hr * 0.9, hr * 1.1), box(hr * 4, hr * 4, hr * 4):move(-hr * 2, 0, 0))
        s = s + hood:move(c[1] - hr * 0.8, f.y_s + 2 * u, 0):part("cloak")
        -- Quiver of arrows on the back.
        local q0 = {-f.depth - 3 * u, f.y_waist, -f.sw * 0.3}
        local q1 = {-f.depth - 4 * u, f.y_s + 8 * u, f.sw * 0.5}
        s = s + limb(q0, q1, 3 * u, 3.2 * u):part("leather")
        for i = -1, 1 do
          s = s + limb(q1, H.add(q1, {0, 6 * u, i * 1.5 * u + 3 * u}), 0.5 * u):part("leather")
          s = s + cone(1.2 * u, 0.2 * u, 3 * u):move(q1[1], q1[2] + 6 * u, q1[3] + i * 1.5 * u + 3 * u):part("trim")
        end
      end
      return s
    end
    return H.build(k, spec)
  end,
}
