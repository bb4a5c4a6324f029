-- A butterfly: a slim dark body, clubbed antennae, and four big wings — broad
-- fore wings and rounded hind wings — raised in a V, bright orange with black
-- margins (a monarch) by default.
local I = use and use("insect")

local species = {
  height = 10, abdomen = {14, 3, 3}, thorax = {5, 3.8, 3.8}, head_r = 3.2, waist = 0.9, neck = 0.8,
  abdomen_tilt = 8,
  leg_r = 0.6, leg_span = 1.4, knee_h = 0.3,
  antennae = 14, antenna_club = 1.8,
  eye_r = 0.4, eye_fwd = 0.5, eye_up = 0.2,
  wings = "butterfly", wing_len = 34, wing_w = 26, wing_open = 30,
}

local parts = {
  {"wings", "paper", color = "#f08a18", role = "primary", names = {"wings", "wing", "fore wings"}},
  {"wings2", "paper", color = "#f29a24", role = "secondary", names = {"hind wings", "back wings"}},
  {"wingmarks", "paper", color = "#1a1414", role = "detail", names = {"wing edges", "pattern", "margins"}},
  {"body", "fur", color = "#2a2220", role = "detail", names = {"body"}},
  {"legs", "plastic", color = "#1a1414", role = "detail", names = {"legs", "antennae"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "butterfly",
  names = {"butterfly", "monarch butterfly", "monarch", "butterflie", "butterfy", "painted lady"},
  lvis = {"butterfly"},
  family = "insects",
  size_mm = 60,
  description = "A butterfly",
  parts = parts,
  variants = {
    blue = {names = {"blue morpho", "morpho", "blue butterfly"}, colors = {wings = "#2a7ae0", wings2 = "#2a6ad0"}},
    yellow = {names = {"yellow butterfly", "brimstone"}, colors = {wings = "#f4d830", wings2 = "#f2d02a"}},
    moth = {names = {"moth"}, colors = {wings = "#a8987e", wings2 = "#988a72", wingmarks = "#6e604e"}},
    white = {names = {"white butterfly", "cabbage white"}, colors = {wings = "#f6f4ee", wings2 = "#f2f0ea"}},
  },
  poses = {"flying"},
  attach_to = {"head", "back"},
  points = {"head", "back", "face"},
  build = function(k) return I.build(k, species, parts) end,
}
