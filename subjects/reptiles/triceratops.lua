-- A triceratops: a bulky four-legged dinosaur with a huge bony frill behind
-- the head, two long brow horns, a short nose horn and a beaked face.
local Q = use and use("quadruped")

local species = {
  body_len = 80, body_h = 36, body_w = 32, chest = 1.0, hips = 1.08, belly = 0.3, leg_len = 38, leg_r = 12, leg_taper = 0.95,
  feet = "pad", knee = 0.04,
  neck_len = 14, neck_angle = 5, neck_r = 26, neck_r2 = 22, neck_y = 0.1, neck_x = 0.78,
  head_r = 22, head_lx = 1.25, head_lz = 0.8, head_tilt = 0.3,
  snout_len = 22, snout_r = 11, snout_taper = 0.6, snout_drop = 22, nose = "none",
  ears = "none", frill = 1.55, face_horns = {58, 18},
  eye_r = 0.1, eye_fwd = 0.5, eye_side = 0.8, eye_up = 0.35,
  tail = "thick", tail_len = 90, tail_r = 14, tail_y = 0.2,
  marks = {{"belly", part = "light", h = 0.45}},
}

local parts = {
  {"coat", "scales", color = "#7a8a52", role = "primary", names = {"skin", "scales", "body"}},
  {"crest", "scales", color = "#b86a3a", role = "secondary", names = {"frill", "crest"}},
  {"light", "scales", color = "#c8c4a0", role = "detail", names = {"belly"}},
  {"horns", "bone", color = "#ece4cc", role = "detail", names = {"horns", "horn"}},
  {"nails", "bone", color = "#4a4a3a", role = "detail", names = {"toenails"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "triceratops",
  names = {"triceratops", "tricerotops", "triceritops", "three horned dinosaur", "horned dinosaur"},
  lvis = {},
  family = "reptiles",
  size_mm = 600,
  description = "A triceratops",
  parts = parts,
  poses = {"lying", "running"},
  attach_to = {"head", "back", "neck"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
