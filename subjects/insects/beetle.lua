-- A beetle: a glossy oval shell of wing cases split down the back, a small
-- head with a big forward horn (rhinoceros/stag beetle) or short antennae,
-- and six sturdy legs.
local I = use and use("insect")

local species = {
  height = 9, abdomen = {15, 8, 11}, thorax = {7, 6, 9}, head_r = 5.5, waist = 0.6, neck = 0.6, head_y = -0.5,
  leg_r = 1.2, leg_span = 2.2, knee_h = 0.35,
  antennae = 7, antenna_club = 1.3,
  eye_r = 0.2, eye_fwd = 0.6, eye_up = 0.3,
  shell = {19, 11, 13}, shell_x = 2, shell_y = -1,
}

local parts = {
  {"shell", "glazed", color = "#1e5a3a", role = "primary", names = {"shell", "wing cases", "back", "body"}},
  {"body", "glazed", color = "#141814", role = "secondary", names = {"thorax", "underside"}},
  {"head", "glazed", color = "#141814", role = "detail", names = {"head", "horn"}},
  {"legs", "plastic", color = "#141412", role = "detail", names = {"legs", "antennae"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "beetle",
  names = {"beetle", "scarab", "scarab beetle", "june bug", "dung beetle", "bug", "beatle"},
  lvis = {"beetle"},
  family = "insects",
  size_mm = 12,
  description = "A beetle",
  parts = parts,
  variants = {
    rhino = {names = {"rhinoceros beetle", "rhino beetle", "hercules beetle"}, size_mm = 30, colors = {shell = "#3a2418", head = "#2a1a12"}},
    stag = {names = {"stag beetle"}, size_mm = 30, colors = {shell = "#4a2414", head = "#2a160c"}},
  },
  attach_to = {"head", "back"},
  points = {"head", "back", "face"},
  build = function(k)
    local shape = I.build(k, species, parts)
    local hx = 7 + 5.5 * 0.6
    if k.variant == "rhino" then
      shape = shape + tube({{hx + 2, 10, 0}, {hx + 9, 14, 0}, {hx + 13, 22, 0}, {hx + 11, 27, 0}}, 2.6, 0.8):part("head")
    elseif k.variant == "stag" then
      for _, sz in ipairs({-1, 1}) do
        shape = shape + tube({{hx + 3, 8, sz * 2.5}, {hx + 10, 10, sz * 5}, {hx + 16, 10, sz * 3}, {hx + 18, 10, sz * 0.8}}, 1.6, 0.7):part("head")
      end
    end
    return shape
  end,
}
