-- A poodle: a slender high-stepping dog clipped into curly pompoms — a big
-- fluffy chest and mane, a topknot, puffs at the ankles and the tip of the
-- tail — with a long narrow muzzle and long curly ears.
local Q = use and use("quadruped")

local species = {
  body_len = 44, body_h = 15, body_w = 12, chest = 1.0, hips = 0.9, leg_len = 44, leg_r = 3.8, leg_taper = 0.85,
  neck_len = 24, neck_angle = 65, neck_r = 9, neck_y = 0.35,
  head_r = 11, head_lx = 1.05, head_lz = 0.9,
  snout_len = 16, snout_r = 5, snout_taper = 0.75, snout_drop = 10, nose_r = 0.6,
  ears = "flop", ear_len = 22, ear_r = 7.5, ear_part = "coat",
  eye_r = 0.14, eye_fwd = 0.8, eye_side = 0.6, eye_up = 0.3,
  tail = "whip", tail_len = 22, tail_r = 2.5, tail_lift = 1.8,
  pompoms = true,
}

local parts = Q.dressable({
  {"coat", "fur", color = "#f4f0ea", role = "primary", names = {"coat", "fur", "body", "pompoms"}},
  {"nose", "plastic", color = "#1a1616", role = "detail", names = {"nose"}},
  {"eyes", "plastic", color = "#141210", role = "fixed"},
})

return {
  id = "poodle",
  names = {"poodle", "toy poodle", "standard poodle", "french poodle", "miniature poodle", "pudel"},
  lvis = {"dog"},
  family = "animals",
  size_mm = 500,
  description = "A poodle with pompoms",
  parts = parts,
  variants = {
    pink = {names = {"pink poodle"}, colors = {coat = "#f2b4c8"}},
    black = {names = {"black poodle"}, colors = {coat = "#1e1c1c"}},
  },
  poses = {"sitting", "lying", "running"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
