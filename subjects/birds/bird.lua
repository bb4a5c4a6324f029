-- A small songbird: a plump round body, a round head, a short pointed beak,
-- folded wings, a fan tail, thin legs with toes; robin colours by default.
local B = use and use("bird")

local species = {
  body_len = 26, body_h = 18, body_w = 16, pitch = 28, leg_len = 12, leg_r = 1.2,
  neck_len = 4, neck_angle = 75, head_r = 12, head_lx = 1.05,
  beak = "cone", beak_len = 9, beak_r = 3, beak_drop = 5,
  wing_len = 30, wing_w = 14, wing_droop = 18,
  tail = "fan", tail_len = 22, tail_w = 14, tail_angle = -10,
  eye_r = 0.14, eye_fwd = 0.45, eye_side = 0.85, eye_up = 0.25,
  marks = {{"breast", part = "light"}},
}

local parts = {
  {"plumage", "feather", color = "#7a5c44", role = "primary", names = {"feathers", "plumage", "body"}},
  {"light", "feather", color = "#e2662e", role = "secondary", names = {"breast", "chest", "red breast", "belly"}},
  {"wings", "feather", color = "#6a4e3a", role = "detail", names = {"wings", "wing", "tail"}},
  {"beak", "bone", color = "#2e2620", role = "detail", names = {"beak", "bill", "legs", "feet"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "bird",
  names = {"bird", "songbird", "robin", "little bird", "small bird", "tweety", "chickadee", "birb"},
  lvis = {"bird", "gull", "seabird", "pigeon", "crow", "parakeet"},
  family = "birds",
  size_mm = 120,
  description = "A small songbird",
  parts = parts,
  variants = {
    bluebird = {names = {"bluebird", "blue tit", "blue jay"}, colors = {plumage = "#3a68b8", wings = "#2c4e98", light = "#f2d8a8"}},
    cardinal = {names = {"cardinal", "red bird"}, colors = {plumage = "#c42020", wings = "#a01818", light = "#c42020", beak = "#f08030"}},
    canary = {names = {"canary", "yellow bird"}, colors = {plumage = "#f4d22a", wings = "#e8c020", light = "#f8e060", beak = "#f0a860"}},
    sparrow = {names = {"sparrow", "wren", "finch", "house sparrow"}, colors = {plumage = "#8a6a4a", wings = "#6a4e36", light = "#d8ccb8"}},
    budgie = {names = {"budgie", "budgerigar", "parakeet"}, colors = {plumage = "#6cc43a", wings = "#3a7a2a", light = "#b8e04a", beak = "#e8c890"}},
    crow = {names = {"crow", "raven", "blackbird", "black bird", "rook", "jackdaw", "magpie"}, size_mm = 200, colors = {plumage = "#18181c", wings = "#121216", light = "#1c1c22", beak = "#141414"}},
    pigeon = {names = {"pigeon", "dove", "rock dove", "city pigeon", "white dove"}, size_mm = 160, colors = {plumage = "#8a8e98", wings = "#7a7e88", light = "#6a7a8a", beak = "#3a3434"}},
    seagull = {names = {"seagull", "gull", "sea gull", "herring gull"}, size_mm = 220, colors = {plumage = "#f4f4f2", wings = "#9aa0a8", light = "#f4f4f2", beak = "#f0c020"}},
  },
  poses = {"flying", "sitting"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = species
    if k.variant == "crow" or k.variant == "pigeon" or k.variant == "seagull" then
      sp = {}
      for key, v in pairs(species) do sp[key] = v end
      sp.body_len = 32; sp.body_h = 16; sp.pitch = 18; sp.head_r = 10; sp.neck_len = 7; sp.leg_len = 14
      sp.wing_len = 42; sp.wing_w = 16; sp.tail_len = 26; sp.tail = "long"; sp.tail_w = 16
      sp.marks = {}
      if k.variant == "crow" then sp.beak_len = 15; sp.beak_r = 4.2 end
      if k.variant == "pigeon" then sp.beak_len = 6; sp.beak_r = 2.2; sp.head_r = 8.5; sp.marks = {{"neck", part = "light"}}; sp.neck_len = 9 end
      if k.variant == "seagull" then sp.beak_len = 13; sp.beak_r = 3.2; sp.wing_len = 52; sp.legs_col = true end
    end
    if k.variant == "cardinal" then
      sp = {}
      for key, v in pairs(species) do sp[key] = v end
      sp.crest = 1.0; sp.marks = {{"mask", part = "marks", r = 0.4}}
    end
    return B.build(k, sp, parts)
  end,
}
