-- A sheep: a big woolly barrel on thin dark legs, a small dark face poking
-- out of the fleece, ears out sideways, a short tail.
local Q = use and use("quadruped")

local species = {
  body_len = 60, body_h = 38, body_w = 34, chest = 1.0, hips = 1.0, leg_len = 34, leg_r = 4.6, leg_taper = 0.8,
  feet = "hoof", fluffy = 3.2,
  neck_len = 26, neck_angle = 38, neck_r = 17, neck_r2 = 12, neck_y = 0.3,
  head_r = 13, head_lx = 1.2, head_lz = 0.8, head_tilt = 0.5,
  snout_len = 12, snout_r = 8, snout_taper = 0.85, snout_drop = 40, nose = "none",
  ears = "side", ear_len = 14, ear_r = 7, ear_droop = 20,
  eye_r = 0.14, eye_fwd = 0.45, eye_side = 0.8,
  tail = "stub", tail_r = 9, tail_y = 0.35,
  marks = {{"face", part = "accent"}, {"legs", part = "accent", up = -0.5}, {"ears", part = "accent"}},
}

local parts = {
  {"coat", "fur", color = "#f1ede2", role = "primary", names = {"wool", "fleece", "body", "coat"}},
  {"accent", "skin", color = "#2b2624", role = "secondary", names = {"face", "legs", "head"}},
  {"hooves", "bone", color = "#1c1816", role = "detail", names = {"hooves"}},
  {"horns", "bone", color = "#cbb998", role = "detail", names = {"horns", "horn"}},
  {"eyes", "plastic", color = "#0e0c0c", role = "fixed"},
}

-- Garments it can be dressed in ("a raccoon in a trench coat").
parts = Q.dressable(parts)

return {
  id = "sheep",
  names = {"sheep", "ewe", "woolly sheep", "baa lamb"},
  lvis = {"sheep", "lamb_(animal)", "black_sheep"},
  family = "animals",
  size_mm = 900,
  description = "A woolly sheep",
  parts = parts,
  variants = {
    lamb = {names = {"lamb", "lambkin"}, size_mm = 500},
    ram = {names = {"ram"}, size_mm = 1000},
    black = {names = {"black sheep"}, colors = {coat = "#2c2826", accent = "#1a1616"}},
  },
  poses = {"lying", "running"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    if k.variant == "ram" then sp.horns = "ram"; sp.horn_len = 22; sp.horn_r = 5 end
    if k.variant == "lamb" then sp.head_r = 15; sp.leg_len = 40; sp.body_len = 48; sp.fluffy = 2.2 end
    return Q.build(k, sp, parts)
  end,
}
