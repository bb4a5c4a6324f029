-- A mouse: a small pear-shaped body low to the ground, a pointed face with
-- whisker pad and pink nose, big round ears, a long thin bare tail.
local Q = use and use("quadruped")

local species = {
  body_len = 30, body_h = 14, body_w = 13, chest = 0.85, hips = 1.12, leg_len = 6, leg_r = 3, leg_taper = 0.8,
  feet = "hand",
  neck_len = 5, neck_angle = 25, neck_r = 10, neck_r2 = 9, neck_y = 0.2,
  head_r = 10, head_lx = 1.2, head_lz = 0.95,
  snout_len = 9, snout_r = 5.2, snout_taper = 0.45, snout_drop = 10, nose_r = 0.7,
  ears = "round", ear_r = 9, ear_spread = 0.6, ear_part = "ears",
  eye_r = 0.17, eye_fwd = 0.6, eye_side = 0.75, eye_up = 0.35,
  tail = "whip", tail_len = 55, tail_r = 1.6, tail_lift = 0.15, tail_taper = 0.5, tail_part = "ears", tail_y = 0.0,
  marks = {{"belly", part = "light", h = 0.4}},
}

local parts = {
  {"coat", "fur", color = "#9a9390", role = "primary", names = {"fur", "coat", "body"}},
  {"ears", "skin", color = "#e8a6ae", role = "secondary", names = {"ears", "tail"}},
  {"light", "fur", color = "#efebe6", role = "detail", names = {"belly"}},
  {"nose", "skin", color = "#e07888", role = "detail", names = {"nose"}},
  {"eyes", "plastic", color = "#0e0c0c", role = "fixed"},
}

-- Garments it can be dressed in ("a raccoon in a trench coat").
parts = Q.dressable(parts)

return {
  id = "mouse",
  names = {"mouse", "field mouse", "house mouse", "mice", "dormouse", "rodent", "mousey"},
  lvis = {"hamster"},
  family = "animals",
  size_mm = 60,
  description = "A mouse",
  parts = parts,
  variants = {
    rat = {names = {"rat"}, size_mm = 100, colors = {coat = "#6a5e56"}},
    hamster = {names = {"hamster", "gerbil"}, colors = {coat = "#d49a58", light = "#faf4ea"}},
    white = {names = {"white mouse", "lab mouse"}, colors = {coat = "#f4f2ee", light = "#ffffff"}},
  },
  poses = {"sitting"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    if k.variant == "rat" then sp.body_len = 40; sp.ear_r = 6; sp.tail_len = 65; sp.head_lx = 1.3 end
    if k.variant == "hamster" then
      sp.body_len = 26; sp.body_h = 17; sp.body_w = 16; sp.chest = 1.0; sp.hips = 1.05; sp.ear_r = 5; sp.tail = "stub"; sp.tail_r = 2
      sp.snout_len = 3; sp.snout_r = 6; sp.snout_taper = 0.8; sp.cheeks = 0.65; sp.head_r = 12; sp.neck_len = 2
      sp.marks = {{"belly", part = "light", h = 0.6}, {"jaw", part = "light"}}
    end
    return Q.build(k, sp, parts)
  end,
}
