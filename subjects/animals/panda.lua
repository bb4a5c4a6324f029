-- A giant panda: a chunky white bear with black legs, a black band over the
-- shoulders, black round ears and black patches around the eyes.
local Q = use and use("quadruped")

local species = {
  body_len = 66, body_h = 38, body_w = 33, chest = 1.05, hips = 1.0, leg_len = 34, leg_r = 13, leg_taper = 0.9, paw = 1.1,
  neck_len = 12, neck_angle = 25, neck_r = 28, neck_r2 = 24, neck_y = 0.25,
  head_r = 26, head_lx = 1.0, head_lz = 1.05,
  snout_len = 10, snout_r = 11, snout_taper = 0.85, snout_drop = 18, nose_r = 0.55,
  ears = "round", ear_r = 9, ear_spread = 0.65, ear_part = "marks",
  eye_r = 0.08, eye_fwd = 0.8, eye_side = 0.55, eye_up = 0.3,
  tail = "stub", tail_r = 5, tail_y = 0.45,
  sit_angle = 60, default_pose = "sitting",
  marks = {{"legs", part = "marks", up = 0.25}, {"band", part = "marks", x = 0.55, w = 0.4}, {"eye_patches", part = "marks"}},
}

local parts = {
  {"coat", "fur", color = "#f4f2ec", role = "primary", names = {"fur", "coat", "body", "white fur"}},
  {"marks", "fur", color = "#161414", role = "secondary", names = {"patches", "black patches", "legs", "ears"}},
  {"nose", "plastic", color = "#161414", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#3a2a20", role = "fixed"},
}

-- Garments it can be dressed in ("a raccoon in a trench coat").
parts = Q.dressable(parts)

return {
  id = "panda",
  names = {"panda", "giant panda", "panda bear", "baby panda", "panda cub"},
  lvis = {"giant_panda"},
  family = "animals",
  size_mm = 800,
  description = "A giant panda",
  parts = parts,
  poses = {"sitting", "lying", "standing"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    if k.pose == "standing" then
      local sp = {}
      for key, v in pairs(species) do sp[key] = v end
      sp.default_pose = nil
      return Q.build(k, sp, parts)
    end
    return Q.build(k, species, parts)
  end,
}
