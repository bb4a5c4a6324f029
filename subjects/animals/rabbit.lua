-- A rabbit: a round crouching body with big haunches, a round head with long
-- upright ears, a twitchy little nose and a white cotton-ball tail.
local Q = use and use("quadruped")

local species = {
  body_len = 34, body_h = 22, body_w = 19, chest = 0.85, hips = 1.18, leg_len = 9, leg_r = 4.5, leg_taper = 0.8, paw = 1.3,
  neck_len = 8, neck_angle = 50, neck_r = 14, neck_r2 = 12, neck_y = 0.35,
  head_r = 14, head_lx = 1.1, head_lz = 0.9,
  snout_len = 5, snout_r = 7.5, snout_taper = 0.85, snout_drop = 30, nose_r = 0.35, cheeks = 0.55,
  ears = "long", ear_len = 36, ear_r = 7.5, ear_out = 12, ear_back = 14, ear_spread = 0.35,
  eye_r = 0.16, eye_fwd = 0.45, eye_side = 0.8, eye_up = 0.35,
  tail = "stub", tail_r = 7, tail_y = 0.35, tail_part = "light",
  sit_angle = 30, sit_neck = 10,
  marks = {{"belly", part = "light", h = 0.4}},
}

local parts = Q.dressable({
  {"coat", "fur", color = "#a8836a", role = "primary", names = {"fur", "coat", "body"}},
  {"light", "fur", color = "#f6f2ec", role = "secondary", names = {"tail", "belly", "cottontail"}},
  {"nose", "skin", color = "#e48c98", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
})

return {
  id = "rabbit",
  names = {"rabbit", "bunny", "bunny rabbit", "easter bunny", "baby bunny", "wabbit", "kit rabbit"},
  lvis = {"rabbit"},
  family = "animals",
  size_mm = 300,
  description = "A rabbit with long ears",
  parts = parts,
  variants = {
    white = {names = {"white rabbit", "white bunny"}, colors = {coat = "#f6f4f0", light = "#ffffff", nose = "#f0a0aa"}},
    hare = {names = {"hare", "jackrabbit"}, size_mm = 450},
  },
  poses = {"sitting", "lying"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    if k.variant == "hare" then sp.leg_len = 22; sp.ear_len = 44; sp.body_len = 40 end
    return Q.build(k, sp, parts)
  end,
}
