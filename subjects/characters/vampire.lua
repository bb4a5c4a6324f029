-- A vampire: pale skin, slicked-back black hair with a widow's peak, a
-- black suit, and a long cape with a tall upturned collar lined in red.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "vampire",
  names = {"vampire", "dracula", "count dracula", "vampire lord", "bloodsucker", "vampyre"},
  lvis = {},
  family = "characters",
  size_mm = 1850,
  description = "A vampire in a high-collared cape",
  parts = {
    {"cape", "fabric", color = "#141418", role = "primary", names = {"cape", "cloak"}},
    {"lining", "fabric", color = "#a0101c", role = "secondary", names = {"lining", "collar", "inside"}},
    {"suit", "fabric", color = "#1e1e24", role = "detail", names = {"suit", "clothes", "jacket"}},
    {"shirt", "fabric", color = "#f2f2f2", role = "detail", names = {"shirt"}},
    {"skin", "skin", color = "#e8e4ea", role = "detail", names = {"skin", "face"}},
    {"hair", "fabric", color = "#101012", role = "detail", names = {"hair"}},
    {"fangs", "bone", color = "#fafafa", role = "detail", names = {"fangs", "teeth"}},
    {"medal", "gold", color = "#d8b040", role = "detail", names = {"medal", "medallion"}},
    {"eyes", "plastic", color = "#a01018", role = "fixed"},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "slim", proportions = {shoulders = 0.115}, hair = "short", arms = "down",
      map = {torso = "suit", upper_arm = "suit", forearm = "suit", thigh = "suit", shin = "suit", foot = "suit"},
      face = {ears = "pointy"}, cape = {part = "cape", spread = 1.9},
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      local s = empty()
      -- Tall collar behind the head: a fan of the cape's lining.
      local collar = intersect(subtract(cone(f.sw * 0.55, f.sw * 0.95, hr * 1.9), cone(f.sw * 0.5, f.sw * 0.9, hr * 2.0):move(0, 0.1 * u, 0)),
                               box(f.Hh, f.Hh, f.Hh):move(-f.Hh * 0.5 + 2 * u, 0, 0))
      collar = collar:move(-1 * u, f.y_s - 1 * u, 0)
      s = s + collar:part("lining")
      -- Shirt front and medallion.
      s = s + intersect(H.torso(f, 1.01), box(f.Hh, f.y_s - f.y_chest + 8 * u, 7 * u):move(f.Hh * 0.5, f.y_chest + 2 * u, 0)):part("shirt")
      s = s + cylinder(2.2 * u, 0.8 * u):rotz(-90):move(f.depth * 0.95, f.y_chest - 3 * u, 0):part("medal")
      -- Widow's peak and fangs.
      s = s + extrude({{-hr * 0.2, 0}, {hr * 0.2, 0}, {0, -hr * 0.3}}, hr * 0.1):roty(90):move(c[1] + hr * 0.8, c[2] + hr * 0.58, 0):part("hair")
      for _, z in ipairs({-1, 1}) do
        s = s + cone(hr * 0.045, hr * 0.005, hr * 0.17):rotz(180):move(c[1] + hr * 0.86, c[2] - hr * 0.44, z * hr * 0.12):part("fangs")
      end
      return s
    end
    return H.build(k, spec)
  end,
}
