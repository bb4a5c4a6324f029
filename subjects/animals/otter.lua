-- An otter: a long sleek low body, short legs with webbed paws, a small
-- flat head with tiny round ears, whiskered pale face and chest, and a
-- thick tapering tail.
local Q = use and use("quadruped")

local species = {
  body_len = 52, body_h = 15, body_w = 14, chest = 1.0, hips = 1.0, leg_len = 10, leg_r = 4.5, leg_taper = 0.85,
  neck_len = 14, neck_angle = 38, neck_r = 12, neck_r2 = 11, neck_y = 0.2,
  head_r = 12, head_lx = 1.1, head_lz = 1.0,
  snout_len = 6, snout_r = 7, snout_taper = 0.9, snout_drop = 12, nose_r = 0.55, cheeks = 0.55,
  ears = "round", ear_r = 3, ear_spread = 0.7,
  eye_r = 0.13, eye_fwd = 0.7, eye_side = 0.65, eye_up = 0.4,
  tail = "thick", tail_len = 50, tail_r = 8, tail_y = 0.0,
  marks = {{"chest", part = "light"}, {"jaw", part = "light"}},
  sit_angle = 60,
}

local parts = {
  {"coat", "fur", color = "#5e4230", role = "primary", names = {"fur", "coat", "body"}},
  {"light", "fur", color = "#c8b096", role = "secondary", names = {"chest", "face", "muzzle"}},
  {"nose", "plastic", color = "#141212", role = "detail", names = {"nose"}},
  {"eyes", "plastic", color = "#0e0c0c", role = "fixed"},
}

-- Garments it can be dressed in ("a raccoon in a trench coat").
parts = Q.dressable(parts)

return {
  id = "otter",
  names = {"otter", "sea otter", "river otter"},
  lvis = {},
  family = "animals",
  size_mm = 300,
  description = "An otter",
  parts = parts,
  variants = {
    ferret = {names = {"ferret", "weasel", "stoat", "mink"}, size_mm = 150, colors = {coat = "#e8dcc8", light = "#f6f0e6"}},
  },
  poses = {"sitting", "lying", "running"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
