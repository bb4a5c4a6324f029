-- A chihuahua: a tiny fine-boned dog with an apple-round head, huge upright
-- ears flaring out, big eyes, a short pointed muzzle and thin legs.
local Q = use and use("quadruped")

local species = {
  body_len = 34, body_h = 13, body_w = 11, chest = 1.1, hips = 0.95, leg_len = 26, leg_r = 3.4, leg_taper = 0.75,
  neck_len = 12, neck_angle = 55, neck_r = 8, neck_y = 0.3,
  head_r = 15, head_lx = 0.95, head_lz = 1.0,
  snout_len = 8, snout_r = 5, snout_taper = 0.65, snout_drop = 15, nose_r = 0.6,
  ears = "cone", ear_len = 24, ear_r = 12, ear_spread = 0.65, ear_out = 48, ear_flat = 0.3,
  eye_r = 0.2, eye_fwd = 0.8, eye_side = 0.6, eye_up = 0.3,
  tail = "whip", tail_len = 22, tail_r = 2.2, tail_lift = 0.6,
  marks = {{"chest", part = "light"}},
}

local parts = Q.dressable({
  {"coat", "fur", color = "#d8b07a", role = "primary", names = {"coat", "fur", "body"}},
  {"light", "fur", color = "#f2e6d2", role = "secondary", names = {"chest"}},
  {"nose", "plastic", color = "#1a1616", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#141010", role = "fixed"},
})

return {
  id = "chihuahua",
  names = {"chihuahua", "chiuaua", "chihuaha", "chiwawa", "teacup dog", "toy dog", "small dog", "little dog"},
  lvis = {"dog"},
  family = "animals",
  size_mm = 200,
  description = "A chihuahua",
  parts = parts,
  poses = {"sitting", "lying", "running"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
