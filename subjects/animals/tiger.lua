-- A tiger: a long powerful orange cat with bold black stripes, a white
-- belly, chest and muzzle, round ears and a long striped tail.
local Q = use and use("quadruped")

local species = {
  body_len = 70, body_h = 25, body_w = 20, chest = 1.06, hips = 0.98, leg_len = 48, leg_r = 8.5, leg_taper = 0.8, paw = 1.15,
  neck_len = 18, neck_angle = 32, neck_r = 17, neck_r2 = 15, neck_y = 0.3,
  head_r = 19, head_lx = 1.05, head_lz = 1.0,
  snout_len = 12, snout_r = 10, snout_taper = 0.9, snout_drop = 16, nose_r = 0.45, cheeks = 0.6,
  ears = "round", ear_r = 6.5, ear_spread = 0.6,
  eye_r = 0.11, eye_fwd = 0.85, eye_side = 0.5, eye_up = 0.4,
  tail = "whip", tail_len = 70, tail_r = 4, tail_lift = 0.25, tail_taper = 0.8,
  marks = {{"stripes", part = "marks", n = 14, w = 3.2, legs = true, face = true}, {"jaw", part = "light"},
           {"belly", part = "light", h = 0.45}, {"chest", part = "light"}},
  sit_angle = 48,
}

local parts = {
  {"coat", "fur", color = "#e2761e", role = "primary", names = {"coat", "fur", "body"}},
  {"marks", "fur", color = "#161210", role = "secondary", names = {"stripes"}},
  {"light", "fur", color = "#f6f0e6", role = "detail", names = {"belly", "chest", "muzzle"}},
  {"nose", "skin", color = "#c97a74", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#9a7a18", role = "fixed"},
}

-- Garments it can be dressed in ("a raccoon in a trench coat").
parts = Q.dressable(parts)

return {
  id = "tiger",
  names = {"tiger", "bengal tiger", "siberian tiger", "tigress"},
  lvis = {"tiger"},
  family = "animals",
  size_mm = 1000,
  description = "A striped tiger",
  parts = parts,
  variants = {
    white = {names = {"white tiger"}, colors = {coat = "#f2efe8", marks = "#2a2624"}},
    cub = {names = {"tiger cub"}, size_mm = 350},
  },
  poses = {"sitting", "lying", "running"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    if k.variant == "cub" then
      local sp = {}
      for key, v in pairs(species) do sp[key] = v end
      sp.head_r = 23; sp.leg_len = 38; sp.body_len = 54
      return Q.build(k, sp, parts)
    end
    return Q.build(k, species, parts)
  end,
}
