-- A monkey: sitting up with long arms and legs, a round head with a pale
-- flat face and muzzle, round ears on the sides of the head, and a long tail
-- curling up behind.
local Q = use and use("quadruped")

local species = {
  body_len = 30, body_h = 20, body_w = 17, chest = 1.0, hips = 1.0, leg_len = 34, leg_r = 4.5, leg_taper = 0.8, stance = 2.7,
  feet = "hand",
  neck_len = 6, neck_angle = 80, neck_r = 11, neck_r2 = 10, neck_y = 0.4, neck_x = 0.8,
  head_r = 18, head_lx = 0.95, head_lz = 1.0,
  snout_len = 3, snout_r = 9, snout_taper = 0.9, snout_drop = 25, nose = "none", muzzle = "light", muzzle_r = 2,
  ears = "round", ear_r = 8, ear_spread = 0.85, ear_y = 0.1, ear_part = "light",
  eye_r = 0.12, eye_fwd = 0.85, eye_side = 0.42, eye_up = 0.3,
  tail = "curly_up", tail_len = 60, tail_r = 3.2, tail_y = -0.3,
  sit_angle = 75, sit_neck = 0, default_pose = "sitting", hind_foot = 0.7,
  marks = {{"belly", part = "light", h = 0.3}, {"facemask", part = "light"}},
  muzzle_r = 2.4,
}

local parts = {
  {"coat", "fur", color = "#6e4a2e", role = "primary", names = {"fur", "coat", "body"}},
  {"light", "skin", color = "#e8c8a4", role = "secondary", names = {"face", "ears", "belly"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

-- Garments it can be dressed in ("a raccoon in a trench coat").
parts = Q.dressable(parts)

return {
  id = "monkey",
  names = {"monkey", "capuchin", "baby monkey", "primate", "monkee"},
  lvis = {"monkey"},
  family = "animals",
  size_mm = 450,
  description = "A monkey",
  parts = parts,
  variants = {
    orangutan = {names = {"orangutan"}, size_mm = 1000, colors = {coat = "#b0521e", light = "#8a5a3a"}},
  },
  poses = {"sitting", "standing"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    if k.variant == "orangutan" then sp.tail = nil; sp.fluffy = 1.5; sp.leg_len = 42 end
    if sp.tail == nil then sp.tail = "none" end
    return Q.build(k, sp, parts)
  end,
}
