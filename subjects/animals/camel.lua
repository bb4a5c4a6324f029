-- A camel: long knobbly legs with broad padded feet, a hump (one for a
-- dromedary, two for a bactrian), a long neck bowed forward, a long head.
local Q = use and use("quadruped")

local species = {
  body_len = 62, body_h = 27, body_w = 21, chest = 1.05, hips = 0.95, leg_len = 96, leg_r = 6, leg_taper = 0.65,
  feet = "hand", knee = 0.12,
  humps = {0.0}, hump_h = 1.25,
  neck_len = 62, neck_angle = 30, neck_r = 14, neck_r2 = 9, neck_y = 0.05, neck_x = 0.82,
  head_r = 12, head_lx = 1.25, head_lz = 0.8, head_tilt = 0.2,
  snout_len = 22, snout_r = 8, snout_taper = 0.9, snout_drop = 8, nose = "none",
  ears = "small", ear_r = 4,
  eye_r = 0.16, eye_fwd = 0.45, eye_side = 0.8, eye_up = 0.45,
  tail = "tuft", tail_len = 44, tail_r = 2.4, tail_y = 0.4,
}

local parts = {
  {"coat", "fur", color = "#c9a06a", role = "primary", names = {"coat", "fur", "body"}},
  {"mane", "fur", color = "#7a5a36", role = "secondary", names = {"tail tuft"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "camel",
  names = {"camel", "dromedary", "arabian camel", "dromedary camel"},
  lvis = {"camel"},
  family = "animals",
  size_mm = 2000,
  description = "A camel with a hump",
  parts = parts,
  variants = {
    bactrian = {names = {"bactrian camel", "bactrian", "two-humped camel", "two humped camel"}, colors = {coat = "#9a7248"}},
    llama = {names = {"llama", "alpaca"}, size_mm = 1700, colors = {coat = "#f0ebe0"}},
  },
  poses = {"lying", "running"},
  attach_to = {"back", "head", "neck"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    if k.variant == "bactrian" then sp.humps = {0.45, -0.4}; sp.hump_h = 0.8 end
    if k.variant == "llama" then
      sp.humps = {}; sp.fluffy = 2.2; sp.neck_angle = 80; sp.neck_len = 56; sp.neck_r = 12; sp.neck_r2 = 9
      sp.ears = "long"; sp.ear_len = 16; sp.ear_r = 4; sp.snout_len = 12; sp.head_lx = 1.1; sp.tail = "stub"; sp.tail_r = 7
      sp.leg_len = 68; sp.body_h = 27
    end
    return Q.build(k, sp, parts)
  end,
}
