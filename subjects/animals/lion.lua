-- A lion: a tawny big cat with a great shaggy mane around the head, a broad
-- muzzle, small round ears, and a long tail ending in a dark tuft.
local Q = use and use("quadruped")

local species = {
  body_len = 64, body_h = 25, body_w = 20, chest = 1.08, hips = 0.95, leg_len = 50, leg_r = 8.5, leg_taper = 0.8, paw = 1.1,
  neck_len = 18, neck_angle = 38, neck_r = 17, neck_r2 = 15, neck_y = 0.3,
  head_r = 19, head_lx = 1.05, head_lz = 0.95,
  snout_len = 13, snout_r = 10, snout_taper = 0.9, snout_drop = 16, nose_r = 0.45, cheeks = 0.5,
  ears = "round", ear_r = 6, ear_spread = 0.55,
  eye_r = 0.11, eye_fwd = 0.85, eye_side = 0.5, eye_up = 0.4,
  tail = "whip", tail_len = 62, tail_r = 3.4, tail_lift = 0.05, tail_taper = 0.9,
  mane = "lion", mane_r = 1.75,
  marks = {{"jaw", part = "light"}, {"belly", part = "light", h = 0.4}},
  sit_angle = 50,
}

local parts = {
  {"coat", "fur", color = "#cf9d55", role = "primary", names = {"coat", "fur", "body"}},
  {"mane", "fur", color = "#7a4a22", role = "secondary", names = {"mane"}},
  {"light", "fur", color = "#efdcb8", role = "detail", names = {"muzzle", "belly", "chin"}},
  {"nose", "skin", color = "#6a3c34", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#8a5a12", role = "fixed"},
}

-- Garments it can be dressed in ("a raccoon in a trench coat").
parts = Q.dressable(parts)

return {
  id = "lion",
  names = {"lion", "male lion", "lion king", "king of the jungle", "big cat"},
  lvis = {"lion", "cub_(animal)"},
  family = "animals",
  size_mm = 1100,
  description = "A lion with a mane",
  parts = parts,
  variants = {
    lioness = {names = {"lioness"}, size_mm = 950},
    cub = {names = {"lion cub"}, size_mm = 350},
  },
  poses = {"sitting", "lying", "running"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    sp.tail = "tuft"; sp.tail_len = 55; sp.tail_r = 3
    if k.variant == "lioness" or k.variant == "cub" then sp.mane = nil end
    if k.variant == "cub" then sp.head_r = 23; sp.leg_len = 38; sp.body_len = 50; sp.ear_r = 8 end
    return Q.build(k, sp, parts)
  end,
}
