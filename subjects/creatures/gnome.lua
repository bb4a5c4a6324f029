-- A garden gnome: a short stout figure with a tall red pointed hat, a long
-- white beard hiding the chin, a round nose, a blue coat with a belt and
-- brown boots.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "gnome",
  names = {"gnome", "garden gnome", "lawn gnome", "dwarf gnome", "christmas gnome", "tomte", "nisse", "gonk"},
  lvis = {},
  family = "creatures",
  size_mm = 400,
  description = "A garden gnome with a red pointed hat and white beard",
  parts = {
    {"hat", "ceramic", color = "#c8262c", role = "primary", names = {"hat", "cap"}},
    {"coat", "ceramic", color = "#2e5aa8", role = "secondary", names = {"coat", "jacket", "shirt", "tunic"}},
    {"beard", "ceramic", color = "#f4f2ec", role = "detail", names = {"beard", "hair", "moustache"}},
    {"trousers", "ceramic", color = "#3a7a3a", role = "detail", names = {"trousers", "pants"}},
    {"boots", "ceramic", color = "#5a3a22", role = "detail", names = {"boots", "belt", "shoes"}},
    {"skin", "ceramic", color = "#f0c0a0", role = "detail", names = {"skin", "face", "nose"}},
    {"buckle", "ceramic", color = "#e0b838", role = "detail", names = {"buckle"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"sitting"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "stocky", head_scale = 1.25, proportions = {legs = 0.36, belly = 0.05, head = 0.1},
      hair = "none", beard = "long", beard_part = "beard", arms = "lap", boots = true,
      map = {torso = "coat", upper_arm = "coat", forearm = "coat", thigh = "trousers", shin = "boots", foot = "boots", hair = "beard"},
      face = {nose_size = 0.26, ears = true}, belt = "boots", buckle = "buckle", hat_lift = 3.0,
    }
    spec.skirt = {to = 0.75, flare = 1.3, part = "coat"}
    if k.pose ~= "sitting" then spec.arms = "down" end
    spec.extras = function(kk, f)
      local c, hr = f.head_c, f.head_r
      local secs = {}
      for i = 0, 7 do
        local t = i / 7
        local r = hr * (1.08 * (1 - t) ^ 1.1 + 0.05)
        secs[#secs + 1] = {y = c[2] + hr * 0.2 + hr * 2.6 * t, rx = r, rz = r, x = c[1] - hr * 0.1 - hr * 0.6 * t ^ 2.5}
      end
      return loft(secs):part("hat")
    end
    return H.build(k, spec)
  end,
}
