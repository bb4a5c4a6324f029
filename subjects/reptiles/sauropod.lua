-- A long-necked dinosaur (brontosaurus, brachiosaurus, diplodocus): a huge
-- body on four pillar legs, an immensely long neck with a tiny head, and a
-- long tail tapering to a whip.
local Q = use and use("quadruped")

local species = {
  body_len = 80, body_h = 42, body_w = 34, chest = 1.08, hips = 1.0, belly = 0.3, leg_len = 64, leg_r = 14, leg_taper = 1.0,
  feet = "pad", knee = 0.03,
  neck_len = 150, neck_angle = 48, neck_r = 26, neck_r2 = 9, neck_y = 0.35, neck_x = 0.8,
  head_r = 11, head_lx = 1.3, head_lz = 0.8, head_tilt = 0.3,
  snout_len = 8, snout_r = 7, snout_taper = 0.9, snout_drop = 18, nose = "none",
  ears = "none",
  eye_r = 0.14, eye_fwd = 0.4, eye_side = 0.85, eye_up = 0.4,
  tail = "thick", tail_len = 190, tail_r = 22, tail_y = 0.25,
  marks = {{"belly", part = "light", h = 0.45}},
}

local parts = {
  {"coat", "scales", color = "#6a8a5a", role = "primary", names = {"skin", "scales", "body"}},
  {"light", "scales", color = "#c8c8a0", role = "secondary", names = {"belly"}},
  {"nails", "bone", color = "#4a4a3a", role = "detail", names = {"toenails"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "sauropod",
  names = {"brontosaurus", "brachiosaurus", "diplodocus", "apatosaurus", "sauropod", "long neck dinosaur", "long-necked dinosaur", "longneck", "littlefoot"},
  lvis = {},
  family = "reptiles",
  size_mm = 800,
  description = "A long-necked dinosaur",
  parts = parts,
  poses = {"lying"},
  attach_to = {"head", "back", "neck"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
