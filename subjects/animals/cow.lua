-- A cow: a big boxy barrel on sturdy legs with hooves, a short thick neck, a
-- broad head with a pink muzzle, ears out sideways, short horns, an udder, a
-- tufted tail, and black-and-white patches.
local Q = use and use("quadruped")

local species = {
  body_len = 86, body_h = 36, body_w = 29, chest = 1.0, hips = 1.02, belly = 0.6, leg_len = 56, leg_r = 8.5, leg_taper = 0.7,
  feet = "hoof", knee = 0.08,
  neck_len = 24, neck_angle = 22, neck_r = 25, neck_r2 = 17, neck_y = 0.2,
  head_r = 18, head_lx = 1.1, head_lz = 0.8, head_tilt = 0.5,
  snout_len = 24, snout_r = 13, snout_taper = 1.0, snout_drop = 50, nose = "none", muzzle = "nose", muzzle_r = 1.2,
  ears = "side", ear_len = 18, ear_r = 9, ear_droop = 12, ear_part = "coat",
  horns = "cow", horn_len = 16, horn_r = 3.4,
  eye_r = 0.15, eye_fwd = 0.35, eye_side = 0.85,
  tail = "tuft", tail_len = 62, tail_r = 2.4, tail_y = 0.6,
  udder = true,
  marks = {{"patches", part = "marks", n = 6, r = 0.6}, {"ears", part = "marks"}},
}

local parts = {
  {"coat", "fur", color = "#f4f2ec", role = "primary", names = {"coat", "hide", "body"}},
  {"marks", "fur", color = "#1e1b1a", role = "secondary", names = {"spots", "patches", "markings"}},
  {"nose", "skin", color = "#e8a0a0", role = "detail", names = {"muzzle", "nose", "udder"}},
  {"horns", "bone", color = "#e8dcc0", role = "detail", names = {"horns", "horn"}},
  {"hooves", "bone", color = "#2a2420", role = "detail", names = {"hooves", "hoofs"}},
  {"mane", "fur", color = "#1e1b1a", role = "detail", names = {"tail tuft"}},
  {"eyes", "gloss", color = "#120e0c", role = "fixed"},
}

return {
  id = "cow",
  names = {"cow", "cattle", "dairy cow", "heifer", "holstein", "holstein cow", "moo cow", "milk cow", "cattle beast"},
  lvis = {"cow", "calf", "bull"},
  family = "animals",
  size_mm = 1450,
  description = "A black-and-white dairy cow",
  parts = parts,
  variants = {
    brown = {names = {"brown cow", "jersey cow"}, colors = {coat = "#8a5a36", marks = "#8a5a36"}},
    -- shaggy ginger coat and long horns sweeping out and up
    highland = {names = {"highland cow", "highland cattle", "hairy cow", "scottish cow", "shaggy cow", "hairy coo"},
                colors = {coat = "#b8622a", marks = "#b8622a", nose = "#8a6a58"}},
    calf = {names = {"calf"}, size_mm = 800},
    bull = {names = {"bull", "ox", "steer"}, size_mm = 1600},
  },
  poses = {"lying", "running"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    if k.variant == "bull" then sp.udder = false; sp.horns = "bull"; sp.horn_len = 26; sp.horn_r = 4.5; sp.chest = 1.15; sp.neck_r = 30 end
    if k.variant == "highland" then
      sp.udder = false; sp.horns = "bull"; sp.horn_len = 64; sp.horn_r = 5.2; sp.fluffy = 3.2
      sp.leg_len = 46; sp.body_h = 40; sp.neck_r = 28; sp.tail = "tuft"
    end
    if k.variant == "calf" then sp.udder = false; sp.horns = nil; sp.leg_len = 60; sp.body_len = 62; sp.head_r = 19 end
    return Q.build(k, sp, parts)
  end,
}
