-- A leopard or cheetah: a lithe long-legged cat, golden with black spots all
-- over, a pale belly and muzzle, small round ears and a long spotted tail.
local Q = use and use("quadruped")

local species = {
  body_len = 62, body_h = 21, body_w = 16, chest = 1.06, hips = 0.95, leg_len = 50, leg_r = 6.5, leg_taper = 0.75,
  neck_len = 18, neck_angle = 35, neck_r = 14, neck_r2 = 12, neck_y = 0.3,
  head_r = 15, head_lx = 1.0, head_lz = 0.95,
  snout_len = 9, snout_r = 8, snout_taper = 0.9, snout_drop = 16, nose_r = 0.42, cheeks = 0.5,
  ears = "round", ear_r = 5.5, ear_spread = 0.6,
  eye_r = 0.12, eye_fwd = 0.85, eye_side = 0.5, eye_up = 0.4,
  tail = "whip", tail_len = 66, tail_r = 3.6, tail_lift = 0.35, tail_taper = 0.85,
  marks = {{"spots", part = "marks", n = 70, r = 3.0, low = 0.5}, {"jaw", part = "light"}, {"belly", part = "light", h = 0.4}},
  sit_angle = 48,
}

local parts = {
  {"coat", "fur", color = "#e0a848", role = "primary", names = {"coat", "fur", "body"}},
  {"marks", "fur", color = "#1c1612", role = "secondary", names = {"spots", "rosettes"}},
  {"light", "fur", color = "#f6ecd8", role = "detail", names = {"belly", "muzzle"}},
  {"nose", "skin", color = "#7a4a40", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#9a7a18", role = "fixed"},
}

return {
  id = "leopard",
  names = {"leopard"},
  lvis = {},
  family = "animals",
  size_mm = 750,
  description = "A spotted leopard",
  parts = parts,
  variants = {
    cheetah = {names = {"cheetah"}, colors = {coat = "#e6b45a"}},
    snow = {names = {"snow leopard"}, colors = {coat = "#e8e4dc", marks = "#4a4640"}},
    panther = {names = {"panther", "black panther"}, colors = {coat = "#1a1818", marks = "#121010", light = "#1a1818"}},
    puma = {names = {"puma", "cougar", "mountain lion"}, colors = {coat = "#c09060", marks = "#c09060"}},
  },
  poses = {"sitting", "lying", "running"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = species
    if k.variant == "cheetah" then
      sp = {}
      for key, v in pairs(species) do sp[key] = v end
      sp.leg_len = 58; sp.body_h = 19; sp.head_r = 13; sp.marks = {{"spots", part = "marks", n = 110, r = 2.2, low = 0.5}, {"jaw", part = "light"}, {"belly", part = "light", h = 0.4}}
    end
    return Q.build(k, sp, parts)
  end,
}
