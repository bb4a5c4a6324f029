-- A parrot: a perched upright body, a big head with a strong hooked beak, a
-- pale face patch, long pointed tail feathers; scarlet macaw colours.
local B = use and use("bird")

local species = {
  body_len = 30, body_h = 19, body_w = 17, pitch = 55, leg_len = 7, leg_r = 2.2, toe_len = 6,
  neck_len = 6, neck_angle = 85, neck_r = 13, head_r = 15, head_lx = 1.05, head_lz = 0.9,
  beak = "hook", beak_len = 16, beak_r = 5.5, beak_y = 0.05,
  wing_len = 44, wing_w = 18, wing_droop = 10, wing_tip = 0.8,
  tail = "long", tail_len = 60, tail_w = 14, tail_angle = 10,
  eye_r = 0.11, eye_fwd = 0.4, eye_side = 0.85, eye_up = 0.25,
  marks = {{"cheeks", part = "light", r = 0.42, dx = 0.25, dy = 0.05}},
}

local parts = {
  {"plumage", "feather", color = "#d82420", role = "primary", names = {"feathers", "plumage", "body"}},
  {"wings", "feather", color = "#2a6ac8", role = "secondary", names = {"wings", "wing"}},
  {"tail", "feather", color = "#c82a22", role = "detail", names = {"tail", "tail feathers"}},
  {"light", "skin", color = "#f6f2ee", role = "detail", names = {"face", "cheeks"}},
  {"beak", "bone", color = "#e8dcc4", role = "detail", names = {"beak", "bill"}},
  {"legs", "skin", color = "#4a4040", role = "detail", names = {"feet", "legs", "claws"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "parrot",
  names = {"parrot", "macaw", "scarlet macaw", "parrott", "polly"},
  lvis = {"parrot"},
  family = "birds",
  size_mm = 500,
  description = "A parrot",
  parts = parts,
  variants = {
    blue = {names = {"blue macaw", "blue and yellow macaw", "hyacinth macaw"}, colors = {plumage = "#2a6ad0", wings = "#1e4ea8", tail = "#2a5ac0"}},
    green = {names = {"green parrot", "amazon parrot", "conure", "lovebird"}, colors = {plumage = "#3aa838", wings = "#2a7a2a", tail = "#2e8a30", beak = "#3a3430"}},
    cockatoo = {names = {"cockatoo", "cockatiel"}, colors = {plumage = "#f6f4ee", wings = "#eeeae0", tail = "#eeeae0", beak = "#2e2a28"}},
    grey = {names = {"african grey", "grey parrot", "gray parrot"}, colors = {plumage = "#8e9094", wings = "#707276", tail = "#c42424", beak = "#1e1c1c"}},
  },
  poses = {"flying"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = species
    if k.variant == "cockatoo" then
      sp = {}
      for key, v in pairs(species) do sp[key] = v end
      sp.crest = 1.6; sp.crest_part = "accent"; sp.tail = "fan"; sp.tail_len = 30; sp.marks = {}
    end
    return B.build(k, sp, parts)
  end,
}
