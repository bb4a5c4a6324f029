-- A fly: a stout bristly dark body, huge red compound eyes, two clear wings
-- swept back over the abdomen, six thin legs.
local I = use and use("insect")

local species = {
  height = 9, abdomen = {10, 7, 7.5}, thorax = {7, 7, 7}, head_r = 5.5, waist = 0.7, neck = 0.6,
  abdomen_tilt = 6,
  leg_r = 0.8, leg_span = 1.8, knee_h = 0.5,
  eye_r = 0.6, eye_fwd = 0.35, eye_up = 0.25,
  wings = "membrane", wing_len = 18, wing_w = 8,
  fuzzy = 0.3,
}

local parts = {
  {"body", "plastic", color = "#2a2c30", role = "primary", names = {"body"}},
  {"abdomen", "plastic", color = "#3a3e44", role = "secondary", names = {"abdomen"}},
  {"head", "plastic", color = "#2a2c30", role = "detail", names = {"head"}},
  {"legs", "plastic", color = "#141414", role = "detail", names = {"legs"}},
  {"wings", "gloss", color = "#dfe8ee", role = "detail", names = {"wings", "wing"}},
  {"eyes", "gloss", color = "#a8241c", role = "fixed"},
}

return {
  id = "fly",
  names = {"fly", "housefly", "house fly", "bluebottle", "blowfly", "fruit fly", "horsefly"},
  lvis = {},
  family = "insects",
  size_mm = 8,
  description = "A housefly",
  parts = parts,
  poses = {"flying"},
  attach_to = {"head", "back"},
  points = {"head", "back", "face"},
  build = function(k) return I.build(k, species, parts) end,
}
