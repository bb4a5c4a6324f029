-- A hippopotamus: a huge barrel body on stumpy legs, an enormous broad
-- muzzle, little ears and eyes perched on top of the head, a tiny tail.
local Q = use and use("quadruped")

local species = {
  body_len = 84, body_h = 40, body_w = 37, chest = 1.0, hips = 1.02, belly = 0.7, leg_len = 22, leg_r = 13, leg_taper = 1.0,
  feet = "pad", knee = 0.02,
  neck_len = 14, neck_angle = 18, neck_r = 34, neck_r2 = 28, neck_y = 0.15, neck_x = 0.72,
  head_r = 30, head_lx = 1.1, head_lz = 0.9, head_tilt = 0.2,
  snout_len = 30, snout_r = 27, snout_taper = 1.12, snout_drop = 8, nose = "none",
  ears = "small", ear_r = 6, ear_spread = 0.5, ear_x = -6,
  eye_r = 0.15, eye_fwd = 0.25, eye_side = 0.5, eye_up = 0.75,
  tail = "whip", tail_len = 14, tail_r = 3, tail_lift = -0.5, tail_y = 0.3,
  marks = {{"jaw", part = "light"}},
  cheeks = 0.55,
}

local parts = {
  {"coat", "skin", color = "#8a7580", role = "primary", names = {"skin", "hide", "body"}},
  {"light", "skin", color = "#d8a4a4", role = "secondary", names = {"mouth", "muzzle", "jaw"}},
  {"nails", "bone", color = "#5a4e50", role = "detail", names = {"toenails"}},
  {"eyes", "plastic", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "hippo",
  names = {"hippopotamus", "hippo", "river horse", "pygmy hippo", "hippopotamous", "hipo", "baby hippo"},
  lvis = {"hippopotamus"},
  family = "animals",
  size_mm = 1500,
  description = "A hippopotamus",
  parts = parts,
  poses = {"lying", "running"},
  attach_to = {"head", "back", "neck"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
