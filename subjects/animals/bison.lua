-- A bison (buffalo): a massive shaggy hump over the shoulders, a huge low
-- head with a woolly dark mane and beard, short curved horns, slim hind
-- quarters and a tufted tail.
local Q = use and use("quadruped")

local species = {
  body_len = 78, body_h = 34, body_w = 27, chest = 1.3, hips = 0.85, leg_len = 46, leg_r = 8, leg_taper = 0.7,
  feet = "hoof", knee = 0.08,
  humps = {0.45}, hump_h = 0.85,
  neck_len = 12, neck_angle = -10, neck_r = 30, neck_r2 = 24, neck_y = 0.0, neck_x = 0.85,
  head_r = 22, head_lx = 1.0, head_lz = 0.85, head_tilt = 0.5,
  snout_len = 16, snout_r = 12, snout_taper = 1.0, snout_drop = 55, nose = "none",
  ears = "side", ear_len = 10, ear_r = 5, ear_droop = 20,
  horns = "cow", horn_len = 13, horn_r = 3.6,
  beard = 18,
  eye_r = 0.12, eye_fwd = 0.5, eye_side = 0.8,
  tail = "tuft", tail_len = 40, tail_r = 2.4, tail_y = 0.5,
  marks = {{"band", part = "mane", x = 0.75, w = 0.9}, {"head", part = "mane"}},
}

local parts = {
  {"coat", "fur", color = "#6e4a2c", role = "primary", names = {"coat", "fur", "body"}},
  {"mane", "fur", color = "#3a2616", role = "secondary", names = {"mane", "hump", "head", "beard"}},
  {"horns", "bone", color = "#2a2420", role = "detail", names = {"horns"}},
  {"hooves", "bone", color = "#1e1a18", role = "detail", names = {"hooves"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "bison",
  names = {"bison", "buffalo", "american bison", "american buffalo"},
  lvis = {},
  family = "animals",
  size_mm = 1800,
  description = "A bison",
  parts = parts,
  poses = {"lying", "running"},
  attach_to = {"back", "head", "neck"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    sp.fluffy = nil
    local shape = Q.build(k, sp, parts)
    return shape
  end,
}
