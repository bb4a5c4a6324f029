-- A duck: a boat-shaped body riding level, a short neck, a round head with a
-- broad flat orange bill, an upturned tail, orange webbed feet; a mallard
-- drake's green head and white collar by default.
local B = use and use("bird")

local species = {
  body_len = 40, body_h = 21, body_w = 20, pitch = 8, leg_len = 8, leg_r = 2.4, feet = "webbed", toe_len = 10,
  neck_len = 16, neck_angle = 78, neck_r = 9, head_r = 13, head_lx = 1.15, head_lz = 0.9, neck_x = 0.75, neck_y = 0.4,
  beak = "flat", beak_len = 15, beak_r = 6, beak_drop = 12, beak_y = 0.15,
  wing_len = 44, wing_w = 18, wing_droop = 2, wing_tip = 0.6,
  tail = "up", tail_len = 12, tail_w = 12, tail_y = 0.3,
  eye_r = 0.12, eye_fwd = 0.25, eye_side = 0.9, eye_up = 0.35,
  marks = {{"head", part = "marks", neck_f = 0.7}, {"ring", part = "light", t = 0.35}, {"breast", part = "accent"}},
  default_pose = "",
}

local parts = {
  {"plumage", "feather", color = "#a8a49c", role = "primary", names = {"feathers", "plumage", "body"}},
  {"marks", "feather", color = "#1e6a38", role = "secondary", names = {"head", "green head"}},
  {"accent", "feather", color = "#6e3e28", role = "detail", names = {"breast", "chest"}},
  {"light", "feather", color = "#f4f4f0", role = "detail", names = {"collar", "neck ring"}},
  {"wings", "feather", color = "#8a7a6a", role = "detail", names = {"wings", "wing"}},
  {"beak", "plastic", color = "#f0a020", role = "detail", names = {"bill", "beak", "feet"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "duck",
  names = {"duck", "mallard", "ducky", "wild duck", "quack", "duck decoy", "decoy duck", "wooden duck decoy", "decoy"},
  lvis = {"duck", "duckling", "goose", "mallard"},
  family = "birds",
  size_mm = 350,
  description = "A mallard duck",
  parts = parts,
  variants = {
    white = {names = {"white duck", "pekin duck", "farm duck", "donald duck"}, colors = {plumage = "#f6f4ee", marks = "#f6f4ee", accent = "#f6f4ee", light = "#f6f4ee", wings = "#eeeae2"}},
    duckling = {names = {"duckling", "ducklings", "baby duck"}, size_mm = 120, colors = {plumage = "#f6d640", marks = "#f6d640", accent = "#f6d640", light = "#f6d640", wings = "#eec830"}},
    hen = {names = {"female duck", "hen mallard"}, colors = {plumage = "#9a7a56", marks = "#8a6a48", accent = "#9a7a56", light = "#9a7a56", wings = "#7a5e42"}},
    goose = {names = {"goose", "gander", "canada goose"}, size_mm = 800, colors = {plumage = "#8a8278", marks = "#1a1818", accent = "#d8d2c6", light = "#f4f4f0", wings = "#6a6258", beak = "#1a1818"}},
  },
  poses = {"swimming", "sitting", "flying"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    if k.variant == "duckling" then sp.head_r = 17; sp.neck_len = 8; sp.fluffy = 1.0; sp.wing_len = 26; sp.beak_len = 10 end
    if k.variant == "goose" then
      sp.neck_len = 38; sp.neck_r = 7.5; sp.head_r = 11; sp.leg_len = 18; sp.beak_len = 14; sp.beak_r = 5
      sp.marks = {{"neck", part = "marks"}, {"head", part = "marks"}, {"cheeks", part = "light", r = 0.4, dx = -0.2, dy = 0.55}, {"breast", part = "accent"}}
    end
    return B.build(k, sp, parts)
  end,
}
