-- A stegosaurus: a high-arched four-legged dinosaur with a tiny low head, a
-- double row of big diamond plates along its back and tail, and four long
-- spikes at the end of the tail.
local Q = use and use("quadruped")

local species = {
  body_len = 74, body_h = 34, body_w = 26, chest = 0.85, hips = 1.15, leg_len = 40, leg_r = 10, leg_taper = 0.95,
  feet = "pad", knee = 0.04, hind_leg = 1.2,
  neck_len = 26, neck_angle = -15, neck_r = 16, neck_r2 = 9, neck_y = -0.1, neck_x = 0.85,
  head_r = 10, head_lx = 1.4, head_lz = 0.75, head_tilt = 0.2,
  snout_len = 10, snout_r = 6, snout_taper = 0.7, snout_drop = 10, nose = "none",
  ears = "none", plates = 13, plate_h = 1.1,
  eye_r = 0.16, eye_fwd = 0.4, eye_side = 0.85, eye_up = 0.35,
  tail = "thick", tail_len = 110, tail_r = 15, tail_y = 0.3, tail_spikes = 2.6,
  marks = {{"belly", part = "light", h = 0.45}},
}

local parts = {
  {"coat", "scales", color = "#6a8a5a", role = "primary", names = {"skin", "scales", "body"}},
  {"crest", "scales", color = "#c0603a", role = "secondary", names = {"plates", "back plates"}},
  {"light", "scales", color = "#c8c8a0", role = "detail", names = {"belly"}},
  {"horns", "bone", color = "#ece4cc", role = "detail", names = {"spikes", "tail spikes"}},
  {"nails", "bone", color = "#4a4a3a", role = "detail", names = {"toenails"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "stegosaurus",
  names = {"stegosaurus", "stegasaurus", "stegosaur", "stegosauros"},
  lvis = {},
  family = "reptiles",
  size_mm = 600,
  description = "A stegosaurus",
  parts = parts,
  poses = {"lying", "running"},
  attach_to = {"head", "back", "neck"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
