-- An owl: an upright stout body, a big round head with forward-facing eyes
-- set in pale facial discs, ear tufts, a small hooked beak, talons.
local B = use and use("bird")

local species = {
  body_len = 30, body_h = 19, body_w = 22, pitch = 75, leg_len = 6, leg_r = 2.6, toe_len = 7,
  neck_len = 14, neck_angle = 85, neck_r = 17, head_r = 21, head_lx = 0.85, head_lz = 1.05, neck_x = 0.75, neck_y = 0.1,
  beak = "hook", beak_len = 7, beak_r = 2.8, beak_y = 0.2,
  wing_len = 40, wing_w = 22, wing_droop = 0, wing_tip = 0.5,
  tail = "stub", tail_len = 10, tail_w = 16, tail_y = 0.0,
  eye_r = 0.17, eye_fwd = 1.0, eye_side = 0.55, eye_up = 0.15,
  face_disc = 0.5, tufts = 0.6,
  marks = {{"belly", part = "light", x = 0.2, y = 0.3}},
}

local parts = {
  {"plumage", "feather", color = "#8a6440", role = "primary", names = {"feathers", "plumage", "body"}},
  {"light", "feather", color = "#e8d6b4", role = "secondary", names = {"face", "belly", "chest"}},
  {"wings", "feather", color = "#6e4c30", role = "detail", names = {"wings", "wing"}},
  {"beak", "bone", color = "#3a3028", role = "detail", names = {"beak", "talons"}},
  {"iris", "gloss", color = "#f0b420", role = "fixed"},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "owl",
  names = {"owl", "horned owl", "great horned owl", "hoot owl", "tawny owl", "eagle owl", "night owl"},
  lvis = {"owl"},
  family = "birds",
  size_mm = 350,
  description = "An owl",
  parts = parts,
  variants = {
    snowy = {names = {"snowy owl", "white owl", "hedwig"}, colors = {plumage = "#f4f2ee", light = "#ffffff", wings = "#e6e2dc"}},
    barn = {names = {"barn owl"}, colors = {plumage = "#c89a5e", light = "#faf6ee", wings = "#b08454"}},
    owlet = {names = {"owlet", "baby owl"}, size_mm = 150},
  },
  poses = {"flying"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    if k.variant == "barn" or k.variant == "snowy" then sp.tufts = nil end
    if k.variant == "owlet" then sp.head_r = 25; sp.fluffy = 1.2; sp.tufts = 0.4 end
    return B.build(k, sp, parts)
  end,
}
