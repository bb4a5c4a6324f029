-- A goat: a lean body on slim legs with cloven hooves, swept-back horns, a
-- beard, ears out sideways, a short upturned tail.
local Q = use and use("quadruped")

local species = {
  body_len = 54, body_h = 25, body_w = 19, chest = 1.0, hips = 1.0, belly = 0.3, leg_len = 46, leg_r = 5, leg_taper = 0.7,
  feet = "hoof", knee = 0.1,
  neck_len = 26, neck_angle = 58, neck_r = 13, neck_r2 = 9, neck_y = 0.3,
  head_r = 12, head_lx = 1.2, head_lz = 0.8, head_tilt = 0.5,
  snout_len = 16, snout_r = 7.5, snout_taper = 0.85, snout_drop = 42, nose = "none",
  ears = "side", ear_len = 15, ear_r = 6, ear_droop = 20,
  horns = "goat", horn_len = 22, horn_r = 3.2,
  beard = 12,
  eye_r = 0.15, eye_fwd = 0.45, eye_side = 0.8,
  tail = "whip", tail_len = 10, tail_r = 3, tail_lift = 1.6, tail_y = 0.5,
}

local parts = {
  {"coat", "fur", color = "#ede8df", role = "primary", names = {"coat", "fur", "body"}},
  {"beard", "fur", color = "#d8d0c2", role = "secondary", names = {"beard", "goatee"}},
  {"horns", "bone", color = "#8a7a62", role = "detail", names = {"horns", "horn"}},
  {"hooves", "bone", color = "#2a2420", role = "detail", names = {"hooves"}},
  {"eyes", "gloss", color = "#6a5420", role = "fixed"},
}

-- Garments it can be dressed in ("a raccoon in a trench coat").
parts = Q.dressable(parts)

return {
  id = "goat",
  names = {"goat", "billy goat", "nanny goat", "kid goat", "mountain goat", "pygmy goat", "billygoat"},
  lvis = {"goat"},
  family = "animals",
  size_mm = 800,
  description = "A goat with horns and a beard",
  parts = parts,
  variants = {
    brown = {names = {"brown goat"}, colors = {coat = "#7a5236", beard = "#4a3020"}},
    black = {names = {"black goat"}, colors = {coat = "#1e1b1a", beard = "#1e1b1a"}},
  },
  poses = {"lying", "running"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
