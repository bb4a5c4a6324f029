-- A gargoyle: a crouching stone creature on a plinth, with folded bat
-- wings, horns, a grinning fanged face and clawed hands on its knees.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

return {
  id = "gargoyle",
  names = {"gargoyle", "stone gargoyle", "grotesque", "chimera statue", "gothic gargoyle"},
  lvis = {"gargoyle"},
  family = "creatures",
  size_mm = 600,
  description = "A crouching stone gargoyle with wings and horns",
  parts = {
    {"stone", "stone", color = "#8a8a86", role = "primary", names = {"stone", "body", "gargoyle"}},
    {"plinth", "stone", color = "#6e6c68", role = "secondary", names = {"plinth", "base", "pedestal"}},
    {"eyes", "stone", color = "#3a3a38", role = "fixed"},
  },
  points = {"head", "top"},
  build = function(k)
    local spec = {
      build = "stocky", head_scale = 1.3, hair = "none", arms = "lap", girth = 1.2,
      proportions = {legs = 0.45},
      map = {head = "stone", neck = "stone", torso = "stone", upper_arm = "stone", forearm = "stone", hand = "stone",
             thigh = "stone", shin = "stone", foot = "stone", ears = "stone", eyes = "eyes"},
      face = {ears = "pointy", nose_size = 0.22, eye_size = 0.16, mouth = "eyes"}, turn = 0,
    }
    -- Crouch: squat down by sitting with knees up.
    local f0
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      local s = empty()
      for _, z in ipairs({-1, 1}) do
        local b = {c[1] - hr * 0.1, c[2] + hr * 0.7, z * hr * 0.45}
        s = s + tube({b, H.add(b, {-hr * 0.3, hr * 0.4, z * hr * 0.2}), H.add(b, {-hr * 0.8, hr * 0.55, z * hr * 0.25})}, hr * 0.18, hr * 0.03):part("stone")
        s = s + cone(hr * 0.07, hr * 0.01, hr * 0.2):rotx(180):move(c[1] + hr * 0.88, c[2] - hr * 0.35, z * hr * 0.18):part("stone")
      end
      s = s + O.wings(f.Hh * 0.45, {wings = "stone"}, "bat", 35):move(-f.depth, f.y_chest, 0)
      -- Plinth.
      s = s + box(f.Hh * 0.55, 14 * u, f.Hh * 0.4, 2 * u):move(f.Hh * 0.12, -7 * u, 0):part("plinth")
      return s
    end
    return H.build(setmetatable({pose = "sitting"}, {__index = k}), spec)
  end,
}
