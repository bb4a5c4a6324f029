-- A construction worker: a yellow hard hat, a high-visibility orange vest
-- with reflective stripes over a shirt, work jeans, a tool belt and boots.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "construction_worker",
  names = {"construction worker", "builder", "workman", "worker", "labourer", "laborer", "road worker", "handyman",
           "engineer in a hard hat", "site worker"},
  lvis = {},
  family = "characters",
  size_mm = 1800,
  description = "A construction worker in a hard hat and hi-vis vest",
  parts = {
    {"vest", "fabric", color = "#f07a1a", role = "primary", names = {"vest", "hi-vis", "jacket"}},
    {"helmet", "plastic", color = "#f0c020", role = "secondary", names = {"hard hat", "helmet", "hat"}},
    {"stripes", "plastic", color = "#e0e4e0", role = "detail", names = {"stripes", "reflectors"}},
    {"shirt", "fabric", color = "#6a8ab0", role = "detail", names = {"shirt"}},
    {"jeans", "fabric", color = "#3a4a6a", role = "detail", names = {"jeans", "trousers"}},
    {"boots", "leather", color = "#6a4a2a", role = "detail", names = {"boots", "belt", "tool belt"}},
    {"skin", "skin", color = "#e2b08e", role = "detail", names = {"skin", "face"}},
    {"hair", "fabric", color = "#3a2a1e", role = "detail", names = {"hair", "beard"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "male", girth = 1.1, hair = "short", beard = "short", boots = true,
      map = {torso = "shirt", upper_arm = "shirt", forearm = "skin", thigh = "jeans", shin = "boots", foot = "boots"},
      belt = "boots", hat_lift = 1.1,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      local R = hr * 1.05
      local dome = intersect(ellipsoid(R * 1.05, R * 1.0, R * 1.0), box(R * 3, R * 2, R * 3):move(0, R, 0))
      local ridge = intersect(ellipsoid(R * 1.1, R * 1.05, R * 0.25), box(R * 3, R * 2, R * 3):move(0, R, 0))
      local brim = cylinder(R * 1.0, R * 0.08):stretch(1.4, 1, 1.12):move(R * 0.15, 0, 0)
      local s = smooth(R * 0.05, dome, ridge, brim):move(c[1] - hr * 0.05, c[2] + hr * 0.3, 0):part("helmet")
      local vest = intersect(H.torso(f, 1.06, 0.5 * u), box(f.Hh, f.y_s - f.y_hip + 2 * u, f.Hh):move(0, (f.y_s + f.y_hip) * 0.5 - 1 * u, 0))
      vest = subtract(vest, box(f.depth * 2, f.Hh, 4 * u):move(f.depth * 1.3, f.Hh * 0.5, 0))
      s = s + vest:part("vest")
      for _, y in ipairs({f.y_waist, f.y_chest - 1 * u}) do
        s = s + intersect(H.torso(f, 1.09, 0.6 * u), box(f.Hh, 2.2 * u, f.Hh):move(0, y, 0)):part("stripes")
      end
      -- Tool belt pouches.
      for _, z in ipairs({-1, 1}) do
        s = s + box(4 * u, 6 * u, 5 * u, 1 * u):move(f.depth * 0.6, f.y_waist - 5 * u, z * (f.waist + 1 * u)):part("boots")
      end
      return s
    end
    return H.build(k, spec)
  end,
}
