-- A platypus: a flat furry brown body low on short webbed legs, a broad flat
-- duck-like bill, and a wide flat beaver tail.
local Q = use and use("quadruped")

local species = {
  body_len = 38, body_h = 13, body_w = 16, chest = 1.0, hips = 1.05, leg_len = 6, leg_r = 4, leg_taper = 0.9, stance = 1.4,
  feet = "hand",
  neck_len = 6, neck_angle = 10, neck_r = 12, neck_r2 = 10, neck_y = 0.0,
  head_r = 10, head_lx = 1.1, head_lz = 1.0,
  snout_len = 14, snout_r = 7.5, snout_taper = 1.1, snout_drop = 6, nose = "none", muzzle = "bill", muzzle_r = 3,
  ears = "none", bill_flat = true,
  eye_r = 0.12, eye_fwd = 0.5, eye_side = 0.8, eye_up = 0.45,
  tail = "paddle", tail_len = 30, tail_r = 12, tail_y = -0.1,
}

local parts = {
  {"coat", "fur", color = "#6a4a32", role = "primary", names = {"fur", "coat", "body", "tail"}},
  {"bill", "leather", color = "#2e2a28", role = "secondary", names = {"bill", "beak", "duck bill"}},
  {"eyes", "plastic", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "platypus",
  names = {"platypus", "duck-billed platypus", "duckbill platypus", "platipus", "perry the platypus"},
  lvis = {},
  family = "animals",
  size_mm = 120,
  description = "A platypus",
  parts = parts,
  poses = {"lying"},
  attach_to = {"head", "back", "neck"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    return Q.build(k, species, parts)
  end,
}
