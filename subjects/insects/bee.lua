-- A bee: a fuzzy round thorax, a plump abdomen striped yellow and black with a
-- stinger, a black head with big eyes and antennae, clear wings, six legs.
local I = use and use("insect")

local species = {
  height = 14, abdomen = {17, 12, 12}, thorax = {9, 9.5, 9.5}, head_r = 7.5, waist = 0.75, neck = 0.75,
  abdomen_tilt = 12, abdomen_y = -1, head_y = 0,
  leg_r = 1.1, leg_span = 1.6, knee_h = 0.1,
  antennae = 11, antenna_style = "elbow",
  eye_r = 0.42, eye_fwd = 0.3, eye_up = 0.2,
  wings = "membrane", wing_len = 22, wing_w = 10,
  stripes = 3, stinger = true, fuzzy = 0.6,
}

local parts = {
  {"abdomen", "fur", color = "#f2c21e", role = "primary", names = {"body", "fur", "yellow stripes"}},
  {"marks", "fur", color = "#1c1816", role = "secondary", names = {"stripes", "black stripes"}},
  {"body", "fur", color = "#e8b21a", role = "detail", names = {"thorax"}},
  {"head", "fur", color = "#1c1816", role = "detail", names = {"head"}},
  {"legs", "plastic", color = "#1c1816", role = "detail", names = {"legs", "antennae"}},
  {"wings", "gloss", color = "#e8f2f8", role = "detail", names = {"wings", "wing"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "bee",
  names = {"bee", "honeybee", "honey bee", "bumblebee", "bumble bee", "queen bee", "worker bee", "bumbelbee"},
  lvis = {},
  family = "insects",
  size_mm = 20,
  description = "A striped bee",
  parts = parts,
  variants = {
    wasp = {names = {"wasp", "hornet", "yellowjacket", "yellow jacket"}, colors = {abdomen = "#f4d018", body = "#1c1816"}},
  },
  poses = {"flying"},
  attach_to = {"head", "back"},
  points = {"head", "back", "face"},
  build = function(k)
    if k.variant == "wasp" then
      local sp = {}
      for key, v in pairs(species) do sp[key] = v end
      sp.abdomen = {17, 8, 8}; sp.thorax = {8, 7, 7}; sp.fuzzy = nil; sp.waist_r = 1.5; sp.waist = 1.25; sp.stripes = 4
      return I.build(k, sp, parts)
    end
    return I.build(k, species, parts)
  end,
}
