-- A German shepherd: a big athletic dog, tan with a black saddle over the
-- back and a dark muzzle, tall upright ears, a long muzzle and a bushy tail
-- hanging low.
local Q = use and use("quadruped")

local species = {
  body_len = 60, body_h = 23, body_w = 17, chest = 1.12, hips = 0.92, leg_len = 48, leg_r = 6.5, leg_taper = 0.8, pitch = 4,
  neck_len = 24, neck_angle = 50, neck_r = 14, neck_y = 0.3,
  head_r = 15, head_lx = 1.1, head_lz = 0.95,
  snout_len = 19, snout_r = 7.5, snout_taper = 0.7, snout_drop = 8, nose_r = 0.55, cheeks = 0.5,
  ears = "cone", ear_len = 17, ear_r = 8, ear_spread = 0.5, ear_out = 10,
  eye_r = 0.12, eye_fwd = 0.8, eye_side = 0.6, eye_up = 0.3,
  tail = "bushy", tail_len = 46, tail_r = 7, tail_lift = 0.0,
  marks = {{"back", part = "marks"}, {"ears", part = "marks"}, {"tail", part = "marks"}},
  muzzle = "marks", muzzle_r = 1.6,
}

local parts = Q.dressable({
  {"coat", "fur", color = "#c08040", role = "primary", names = {"coat", "fur", "legs", "chest"}},
  {"marks", "fur", color = "#1e1a18", role = "secondary", names = {"saddle", "back", "muzzle", "ears"}},
  {"nose", "plastic", color = "#141212", role = "detail", names = {"nose"}},
  {"eyes", "plastic", color = "#2a1a10", role = "fixed"},
})

return {
  id = "german_shepherd",
  names = {"german shepherd", "alsatian", "german shepherd dog", "police dog", "shepherd dog", "german sheperd"},
  lvis = {"dog", "shepherd_dog"},
  family = "animals",
  size_mm = 620,
  description = "A German shepherd",
  parts = parts,
  poses = {"sitting", "lying", "running"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
