-- A meerkat: standing bolt upright on its hind legs, a slim sandy body,
-- small front paws held in front, a narrow head with dark eye patches and
-- tiny ears, and a thin tail propping it up.
local Q = use and use("quadruped")

local species = {
  body_len = 34, body_h = 13, body_w = 12, chest = 0.9, hips = 1.1, leg_len = 16, leg_r = 3.8, leg_taper = 0.8,
  neck_len = 10, neck_angle = 85, neck_r = 8, neck_r2 = 7, neck_y = 0.1, neck_x = 0.85,
  head_r = 9.5, head_lx = 1.1, head_lz = 0.9,
  snout_len = 7, snout_r = 4.5, snout_taper = 0.6, snout_drop = 10, nose_r = 0.6,
  ears = "round", ear_r = 3, ear_spread = 0.8, ear_y = 0.3,
  eye_r = 0.17, eye_fwd = 0.7, eye_side = 0.65, eye_up = 0.3,
  tail = "thick", tail_len = 34, tail_r = 3.5, tail_y = -0.3,
  sit_angle = 82, sit_neck = 0, default_pose = "sitting", arms = 14, hind_foot = 0.5,
  marks = {{"eye_patches", part = "marks"}, {"belly", part = "light", h = 0.5}},
}

local parts = {
  {"coat", "fur", color = "#c8a878", role = "primary", names = {"fur", "coat", "body"}},
  {"light", "fur", color = "#e8d8bc", role = "secondary", names = {"belly", "chest"}},
  {"marks", "fur", color = "#3a2a20", role = "detail", names = {"eye patches", "mask"}},
  {"nose", "plastic", color = "#1a1414", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

-- Garments it can be dressed in ("a raccoon in a trench coat").
parts = Q.dressable(parts)

return {
  id = "meerkat",
  names = {"meerkat", "meercat", "suricate", "timon"},
  lvis = {},
  family = "animals",
  size_mm = 300,
  description = "A meerkat standing upright",
  parts = parts,
  poses = {"sitting"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
