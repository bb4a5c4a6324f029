-- A bear: a massive body with a shoulder hump on thick legs with big paws, a
-- broad head with small round ears and a blunt muzzle, a stub tail.
local Q = use and use("quadruped")

local species = {
  rear_angle = 62,  -- a bear stands up on its hind legs
  body_len = 78, body_h = 40, body_w = 34, chest = 1.1, hips = 0.95, leg_len = 42, leg_r = 13, leg_taper = 0.85, paw = 1.15,
  neck_len = 16, neck_angle = 25, neck_r = 28, neck_r2 = 22, neck_y = 0.25,
  head_r = 25, head_lx = 1.05, head_lz = 1.0,
  snout_len = 16, snout_r = 11, snout_taper = 0.8, snout_drop = 14, nose_r = 0.6,
  ears = "round", ear_r = 8, ear_spread = 0.6,
  eye_r = 0.09, eye_fwd = 0.8, eye_side = 0.55, eye_up = 0.35,
  tail = "stub", tail_r = 6, tail_y = 0.45,
  humps = {0.35}, hump_h = 0.5,
  muzzle = true, muzzle_r = 1.5,
  sit_angle = 55,
}

local parts = {
  {"coat", "fur", color = "#6a4428", role = "primary", names = {"fur", "coat", "body"}},
  {"light", "fur", color = "#a07a56", role = "secondary", names = {"muzzle", "snout"}},
  {"nose", "plastic", color = "#141212", role = "detail", names = {"nose"}},
  {"nails", "bone", color = "#3a3028", role = "detail", names = {"claws"}},
  {"eyes", "plastic", color = "#0e0c0c", role = "fixed"},
}

-- Garments it can be dressed in ("a raccoon in a trench coat").
parts = Q.dressable(parts)

return {
  id = "bear",
  names = {"bear", "brown bear", "grizzly", "grizzly bear", "kodiak bear", "kodiak"},
  lvis = {"bear", "polar_bear", "cub_(animal)", "grizzly"},
  family = "animals",
  size_mm = 1100,
  description = "A bear",
  parts = parts,
  variants = {
    polar = {names = {"polar bear", "ice bear", "white bear"}, colors = {coat = "#f2efe6", light = "#ebe6d8"}},
    black = {names = {"black bear"}, colors = {coat = "#1e1b1a", light = "#8a6a4e"}},
    cub = {names = {"bear cub"}, size_mm = 450},
  },
  poses = {"sitting", "lying", "running", "rearing"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    if k.variant == "polar" then sp.neck_len = 30; sp.head_r = 21; sp.head_lx = 1.25; sp.snout_len = 20; sp.humps = {}; sp.muzzle = nil; sp.ear_r = 6 end
    if k.variant == "cub" then sp.head_r = 28; sp.leg_len = 34; sp.body_len = 60 end
    return Q.build(k, sp, parts)
  end,
}
