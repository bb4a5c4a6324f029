-- A chicken: a plump body tilted up at the breast, a small head with a red
-- comb and wattle, a short beak, a cocked tail, yellow legs with toes.
local B = use and use("bird")

local species = {
  body_len = 34, body_h = 24, body_w = 20, pitch = 18, leg_len = 22, leg_r = 2.6, toe_len = 11, thigh = true,
  neck_len = 16, neck_angle = 75, neck_r = 10, head_r = 11, head_lx = 1.05, head_lz = 0.9, neck_x = 0.75, neck_y = 0.5,
  beak = "cone", beak_len = 8, beak_r = 3.4, beak_drop = 15,
  comb = 0.32,
  wing_len = 36, wing_w = 22, wing_droop = 0, wing_tip = 0.5,
  tail = "plume", tail_len = 30, tail_w = 16, tail_y = 0.4,
  eye_r = 0.13, eye_fwd = 0.3, eye_side = 0.9, eye_up = 0.3,
  fluffy = 0.8,
}

local parts = {
  {"plumage", "feather", color = "#f4f0e6", role = "primary", names = {"feathers", "plumage", "body"}},
  {"wings", "feather", color = "#ebe4d6", role = "secondary", names = {"wings", "wing"}},
  {"tail", "feather", color = "#ece6da", role = "detail", names = {"tail", "tail feathers"}},
  {"comb", "skin", color = "#d62020", role = "detail", names = {"comb", "wattle", "crest"}},
  {"beak", "bone", color = "#f0b030", role = "detail", names = {"beak", "legs", "feet"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "chicken",
  names = {"chicken", "hen", "chook", "poultry", "fowl", "bantam", "pullet"},
  lvis = {"chicken_(animal)", "cock"},
  family = "birds",
  size_mm = 400,
  description = "A chicken",
  parts = parts,
  variants = {
    brown = {names = {"brown hen", "brown chicken", "red hen"}, colors = {plumage = "#a0522a", wings = "#8a4422", tail = "#5a2e18"}},
    rooster = {names = {"rooster", "cockerel", "cock"}, size_mm = 550, colors = {plumage = "#c06424", wings = "#8a3a1a", tail = "#1e3a2a"}},
    chick = {names = {"chick", "baby chicken", "baby chick"}, size_mm = 80, colors = {plumage = "#f8dc4a", wings = "#f2d040", tail = "#f2d040"}},
  },
  poses = {"sitting", "flying"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    if k.variant == "rooster" then sp.comb = 0.45; sp.tail_len = 46; sp.pitch = 25; sp.leg_len = 26 end
    if k.variant == "chick" then
      sp.comb = nil; sp.head_r = 16; sp.neck_len = 3; sp.tail = "stub"; sp.tail_len = 6; sp.fluffy = 1.2; sp.leg_len = 12; sp.thigh = nil
      sp.body_len = 26; sp.pitch = 30; sp.wing_len = 22; sp.wing_w = 14
    end
    return B.build(k, sp, parts)
  end,
}
