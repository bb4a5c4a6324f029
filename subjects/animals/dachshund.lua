-- A dachshund: a very long low body on short stubby legs, a long narrow
-- muzzle, big floppy ears, a thin tail; glossy red-brown.
local Q = use and use("quadruped")

local species = {
  body_len = 64, body_h = 15, body_w = 13, chest = 1.12, hips = 0.92, leg_len = 13, leg_r = 5, leg_taper = 0.85, paw = 1.1,
  neck_len = 18, neck_angle = 45, neck_r = 10, neck_y = 0.3,
  head_r = 12, head_lx = 1.1, head_lz = 0.9,
  snout_len = 20, snout_r = 6, snout_taper = 0.7, snout_drop = 8, nose_r = 0.55,
  ears = "flop", ear_len = 20, ear_r = 7.5, ear_part = "ears",
  eye_r = 0.14, eye_fwd = 0.7, eye_side = 0.65, eye_up = 0.3,
  tail = "whip", tail_len = 34, tail_r = 3, tail_lift = 0.3, tail_taper = 0.4,
  front_x = 0.62, hind_x = -0.66,
}

local parts = Q.dressable({
  {"coat", "fur", color = "#8e3c1a", role = "primary", names = {"coat", "fur", "body"}},
  {"ears", "fur", color = "#6e2c12", role = "secondary", names = {"ears"}},
  {"nose", "plastic", color = "#141212", role = "detail", names = {"nose"}},
  {"eyes", "plastic", color = "#0e0c0c", role = "fixed"},
})

return {
  id = "dachshund",
  names = {"dachshund", "sausage dog", "wiener dog", "weiner dog", "doxie", "daxie", "dachshound", "dachsund", "hotdog dog"},
  lvis = {"dog"},
  family = "animals",
  size_mm = 230,
  description = "A long, low dachshund",
  parts = parts,
  variants = {
    black_tan = {names = {"black and tan dachshund"}, colors = {coat = "#1e1816", ears = "#1e1816"}},
  },
  poses = {"sitting", "lying", "running"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
