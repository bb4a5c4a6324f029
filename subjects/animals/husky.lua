-- A husky: a wolf-like sled dog with a grey back and white face, legs and
-- belly, a dark facial mask, upright ears, and a fluffy tail curled over
-- its back.
local Q = use and use("quadruped")

local species = {
  body_len = 56, body_h = 22, body_w = 17, chest = 1.1, hips = 0.95, leg_len = 46, leg_r = 6, leg_taper = 0.8, fluffy = 0.8,
  neck_len = 22, neck_angle = 48, neck_r = 14, neck_y = 0.3,
  head_r = 15, head_lx = 1.05, head_lz = 1.0,
  snout_len = 16, snout_r = 7.5, snout_taper = 0.7, snout_drop = 8, nose_r = 0.55, cheeks = 0.6,
  ears = "cone", ear_len = 13, ear_r = 7, ear_spread = 0.5, ear_out = 12,
  eye_r = 0.13, eye_fwd = 0.8, eye_side = 0.6, eye_up = 0.3,
  tail = "squirrel", tail_len = 34, tail_r = 7,
  marks = {{"face", part = "light"}, {"chest", part = "light"}, {"belly", part = "light", h = 0.6}, {"legs", part = "light", up = -0.3},
           {"mask", part = "coat"}},
}

local parts = Q.dressable({
  {"coat", "fur", color = "#6e7078", role = "primary", names = {"coat", "fur", "back"}},
  {"light", "fur", color = "#f4f4f2", role = "secondary", names = {"face", "chest", "belly", "legs"}},
  {"nose", "plastic", color = "#1a1616", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#4a8ad8", role = "fixed"},
})

return {
  id = "husky",
  names = {"husky", "siberian husky", "alaskan malamute", "malamute", "sled dog", "huskie"},
  lvis = {"dog"},
  family = "animals",
  size_mm = 560,
  description = "A husky",
  parts = parts,
  variants = {
    samoyed = {names = {"samoyed", "white husky"}, colors = {coat = "#f6f4f0"}},
  },
  poses = {"sitting", "lying", "running"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
