-- A cheerleader: a ponytail, a sleeveless top with a chevron, a short
-- pleated skirt, sneakers, and big fluffy pom-poms held up in both hands.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "cheerleader",
  names = {"cheerleader", "cheer leader", "cheerleading girl", "pom pom girl", "cheerleader girl"},
  lvis = {},
  family = "characters",
  size_mm = 1650,
  description = "A cheerleader with pom-poms",
  parts = {
    {"uniform", "fabric", color = "#c82028", role = "primary", names = {"uniform", "top", "skirt", "dress"}},
    {"trim", "fabric", color = "#f4f4f2", role = "secondary", names = {"trim", "chevron", "stripes"}},
    {"pompoms", "fabric", color = "#f0c020", role = "detail", names = {"pompoms", "pom-poms", "pom poms"}},
    {"skin", "skin", color = "#ecc0a0", role = "detail", names = {"skin", "face"}},
    {"hair", "fabric", color = "#d8a040", role = "detail", names = {"hair", "ponytail"}},
    {"shoes", "fabric", color = "#f6f6f6", role = "detail", names = {"shoes", "sneakers"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "female", hair = "ponytail", arms = "up",
      map = {torso = "uniform", upper_arm = "skin", forearm = "skin", thigh = "skin", shin = "skin"},
      skirt = {to = 0.78, flare = 1.5, part = "uniform"}, hat_lift = 0.9,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local s = empty()
      -- Chevron on the chest.
      s = s + extrude({{-7 * u, 0}, {0, -5 * u}, {7 * u, 0}, {7 * u, 2 * u}, {0, -3 * u}, {-7 * u, 2 * u}}, 1 * u, 0.2 * u):roty(90):move(f.depth * 1.0, f.y_chest + 1 * u, 0):part("trim")
      -- Pleats: a white band at the hem.
      s = s + torus(f.hw * 1.45, 1 * u):move(0, f.y_hip * 0.78 + 1 * u, 0):part("trim")
      -- Pom-poms.
      for _, side in ipairs({"L", "R"}) do
        local p = f["fist" .. side]
        s = s + sphere(8 * u):noise(1.2 * u, 2 * u):move(p[1], p[2] + 4 * u, p[3]):part("pompoms")
      end
      return s
    end
    return H.build(k, spec)
  end,
}
