-- A flamingo: a pink body on very long thin legs, a long S-curved neck, a
-- thick bent bill with a black tip; often standing on one leg.
local B = use and use("bird")

local species = {
  body_len = 34, body_h = 17, body_w = 16, pitch = 8, leg_len = 110, leg_r = 2.2, toe_len = 12, feet = "webbed", knee = -0.06,
  neck_len = 80, neck_curve = "s", neck_r = 5.5, neck_r2 = 4.5, head_r = 8.5, head_lx = 1.1, head_lz = 0.85, neck_x = 0.8, neck_y = 0.4,
  beak = "bent", beak_len = 20, beak_r = 4, beak_tip_part = "marks",
  wing_len = 42, wing_w = 20, wing_droop = -4, wing_tip = 0.6,
  tail = "stub", tail_len = 10, tail_w = 12,
  eye_r = 0.13, eye_fwd = 0.3, eye_side = 0.9, eye_up = 0.3,
  one_leg = true,
}

local parts = {
  {"plumage", "feather", color = "#f48aa4", role = "primary", names = {"feathers", "plumage", "body"}},
  {"wings", "feather", color = "#ee6e8e", role = "secondary", names = {"wings", "wing"}},
  {"beak", "bone", color = "#f4e4dc", role = "detail", names = {"beak", "bill"}},
  {"marks", "bone", color = "#161414", role = "detail", names = {"beak tip"}},
  {"legs", "skin", color = "#e8809a", role = "detail", names = {"legs", "feet"}},
  {"eyes", "gloss", color = "#e8c020", role = "fixed"},
}

return {
  id = "flamingo",
  names = {"flamingo", "pink flamingo", "lawn flamingo", "flamingoe", "flamingos"},
  lvis = {"flamingo", "heron"},
  family = "birds",
  size_mm = 1200,
  description = "A pink flamingo",
  parts = parts,
  variants = {
    heron = {names = {"heron", "grey heron", "great blue heron", "egret", "great egret"}, colors = {plumage = "#a8acb0", wings = "#8a9096", beak = "#e8c040", marks = "#e8c040", legs = "#5a5448"}},
    stork = {names = {"stork", "white stork", "crane bird", "ibis"}, colors = {plumage = "#f4f2ee", wings = "#1c1c1e", beak = "#e0402a", marks = "#e0402a", legs = "#e0402a"}},
  },
  poses = {"flying", "sitting", "one_leg"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    if k.variant == "heron" or k.variant == "stork" then
      local sp = {}
      for key, v in pairs(species) do sp[key] = v end
      sp.beak = "long"; sp.beak_len = 28; sp.beak_r = 3.2; sp.beak_drop = 8; sp.leg_len = 80; sp.neck_len = 60
      sp.tail = "fan"; sp.tail_len = 16; sp.tail_w = 14; sp.wing_len = 50; sp.one_leg = false
      return B.build(k, sp, parts)
    end
    return B.build(k, species, parts)
  end,
}
