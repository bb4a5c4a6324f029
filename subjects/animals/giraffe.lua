-- A giraffe: a sloping body on very long legs, an immensely long neck, a
-- small head with two ossicones, and big tan patches on a cream coat.
local Q = use and use("quadruped")

local species = {
  body_len = 48, body_h = 26, body_w = 18, chest = 1.12, hips = 0.9, pitch = 14, leg_len = 108, leg_r = 4.8, leg_taper = 0.6,
  feet = "hoof", knee = 0.1, hind_x = -0.55,
  neck_len = 128, neck_angle = 68, neck_r = 14, neck_r2 = 7, neck_y = 0.4, neck_x = 0.75,
  head_r = 10, head_lx = 1.2, head_lz = 0.8, head_tilt = 0.5,
  snout_len = 16, snout_r = 6.5, snout_taper = 0.85, snout_drop = 40, nose = "none",
  ears = "side", ear_len = 11, ear_r = 5, ear_droop = -5,
  horns = "ossicones", horn_len = 9, horn_r = 2,
  eye_r = 0.18, eye_fwd = 0.35, eye_side = 0.85, eye_up = 0.35,
  tail = "tuft", tail_len = 44, tail_r = 2, tail_y = 0.4,
  mane = "crest",
  marks = {{"spots", part = "marks", n = 46, r = 7.5, sx = 1.2, neck = true, low = 0.9}, {"socks", part = "coat", h = 30}},
}

local parts = {
  {"coat", "fur", color = "#f1dfb8", role = "primary", names = {"coat", "body"}},
  {"marks", "fur", color = "#b8692c", role = "secondary", names = {"spots", "patches"}},
  {"mane", "fur", color = "#8a4e22", role = "detail", names = {"mane", "tail tuft"}},
  {"horns", "fur", color = "#6a4428", role = "detail", names = {"horns", "ossicones"}},
  {"hooves", "bone", color = "#2a2420", role = "detail", names = {"hooves"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "giraffe",
  names = {"giraffe", "giraff", "girafe", "baby giraffe", "camelopard"},
  lvis = {"giraffe"},
  family = "animals",
  size_mm = 5000,
  description = "A giraffe",
  parts = parts,
  poses = {"lying", "running"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
