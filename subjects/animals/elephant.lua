-- An elephant: a huge body on pillar legs with toenails, a big head with
-- broad flapping ears, a long trunk reaching the ground, ivory tusks.
local Q = use and use("quadruped")

local species = {
  body_len = 90, body_h = 56, body_w = 46, chest = 1.05, hips = 1.0, belly = 0.3, leg_len = 66, leg_r = 17, leg_taper = 1.0,
  feet = "pad", knee = 0.03,
  neck_len = 30, neck_angle = 18, neck_r = 38, neck_r2 = 32, neck_y = 0.3, neck_x = 0.72,
  head_r = 38, head_lx = 0.9, head_lz = 0.8, head_tilt = 0.2,
  snout_len = 10, snout_r = 16, snout_taper = 0.9, snout_drop = 65, nose = "none",
  trunk = 105,
  ears = "disc", ear_r = 36,
  tusks = 38, tusk_r = 4.5,
  eye_r = 0.07, eye_fwd = 0.75, eye_side = 0.6, eye_up = 0.1,
  tail = "tuft", tail_len = 46, tail_r = 2.5, tail_y = 0.4,
}

local parts = {
  {"coat", "skin", color = "#8e8c8c", role = "primary", names = {"skin", "body", "hide"}},
  {"horns", "bone", color = "#f0e8d4", role = "secondary", names = {"tusks", "tusk", "ivory"}},
  {"nails", "bone", color = "#d8d0c0", role = "detail", names = {"toenails", "nails"}},
  {"mane", "fur", color = "#3a3432", role = "detail", names = {"tail tuft"}},
  {"eyes", "plastic", color = "#100e0e", role = "fixed"},
}

return {
  id = "elephant",
  names = {"elephant", "african elephant", "asian elephant", "indian elephant", "jumbo", "pachyderm"},
  lvis = {"elephant"},
  family = "animals",
  size_mm = 3200,
  description = "An elephant",
  parts = parts,
  variants = {
    baby = {names = {"baby elephant", "calf elephant", "dumbo"}, size_mm = 1000},
    mammoth = {names = {"mammoth", "woolly mammoth"}, size_mm = 3600, colors = {coat = "#6a4a32"}},
  },
  poses = {"sitting", "lying", "running", "raised"},
  attach_to = {"back", "head", "neck"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    if k.variant == "baby" then sp.tusks = nil; sp.head_r = 44; sp.leg_len = 52; sp.trunk = 80 end
    if k.variant == "mammoth" then sp.tusks = 75; sp.tusk_r = 6; sp.fluffy = 4; sp.ear_r = 24; sp.humps = {0.4}; sp.hump_h = 0.6 end
    return Q.build(k, sp, parts)
  end,
}
