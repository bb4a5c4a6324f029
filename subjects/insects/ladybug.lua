-- A ladybird: a glossy red domed shell split down the middle with round black
-- spots, a small black head with white cheek spots, short black legs and antennae.
local I = use and use("insect")

local species = {
  height = 9, abdomen = {13, 8, 12}, thorax = {6, 6, 9}, head_r = 5.2, waist = 0.6, neck = 0.4, head_y = -1,
  leg_r = 0.9, leg_span = 1.8, knee_h = 0.2,
  antennae = 5, antenna_club = 1.4,
  eye_r = 0.25, eye_fwd = 0.6, eye_up = 0.3,
  shell = {18, 13, 16}, shell_x = 4, shell_y = -1,
  spots = {{0.45, 0.4, 3.2}, {0.45, -0.4, 3.2}, {-0.05, 0.62, 3.4}, {-0.05, -0.62, 3.4}, {-0.5, 0.38, 3.0}, {-0.5, -0.38, 3.0}, {0.95, 0, 3.4}},
}

local parts = {
  {"shell", "glazed", color = "#d81c14", role = "primary", names = {"shell", "wings", "back", "body"}},
  {"marks", "plastic", color = "#141212", role = "secondary", names = {"spots", "dots"}},
  {"body", "plastic", color = "#141212", role = "detail", names = {"underside", "thorax"}},
  {"head", "plastic", color = "#141212", role = "detail", names = {"head"}},
  {"legs", "plastic", color = "#141212", role = "detail", names = {"legs", "antennae"}},
  {"eyes", "gloss", color = "#f4f2ee", role = "fixed"},
}

return {
  id = "ladybug",
  names = {"ladybug", "ladybird", "lady bug", "lady bird", "ladybeetle", "ladybird beetle", "lady beetle", "ladybugs"},
  lvis = {"ladybug"},
  family = "insects",
  size_mm = 8,
  description = "A red ladybird with black spots",
  parts = parts,
  variants = {
    yellow = {names = {"yellow ladybird", "yellow ladybug"}, colors = {shell = "#f2c418"}},
  },
  attach_to = {"head", "back"},
  points = {"head", "back", "face"},
  build = function(k) return I.build(k, species, parts) end,
}
