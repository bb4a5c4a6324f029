-- A ballerina: a slim dancer on pointe with her arms raised in a circle
-- over her head, a hair bun, a fitted bodice and a flat stiff tutu.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "ballerina",
  names = {"ballerina", "ballet dancer", "dancer", "prima ballerina", "tutu dancer", "ballet girl"},
  lvis = {},
  family = "characters",
  size_mm = 1650,
  description = "A ballerina in a tutu with arms raised",
  parts = {
    {"tutu", "fabric", color = "#f4b8cc", role = "primary", names = {"tutu", "skirt", "dress", "leotard", "bodice"}},
    {"tights", "fabric", color = "#f8d8d8", role = "secondary", names = {"tights", "legs", "shoes", "slippers"}},
    {"hair", "fabric", color = "#5a3820", role = "detail", names = {"hair", "bun"}},
    {"skin", "skin", color = "#f0c8a8", role = "detail", names = {"skin", "face", "arms"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"sitting"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "slim", hair = "bun", arms = k.pose == "sitting" and "lap" or "up",
      map = {torso = "tutu", upper_arm = "skin", forearm = "skin", thigh = "tights", shin = "tights", foot = "tights"},
      hat_lift = 1.0,
    }
    spec.extras = function(kk, f)
      local u = f.u
      -- Flat layered tutu at the hips.
      local tutu = empty()
      for i = 0, 2 do
        tutu = tutu + cylinder(f.hw * (2.7 - i * 0.3), 1.4 * u, 0.7 * u):move(0, f.y_hip + 1 * u + i * 1.5 * u, 0)
      end
      return tutu:noise(0.3 * u, 3 * u):part("tutu")
    end
    local shape = H.build(k, spec)
    return shape
  end,
}
