-- A cat: lithe body, round head with short muzzle, upright triangular ears,
-- a long tail curling up; orange tabby stripes with a white chest by default.
local Q = use and use("quadruped")

local species = {
  body_len = 44, body_h = 18, body_w = 15, chest = 1.0, hips = 1.05, leg_len = 36, leg_r = 5,
  neck_len = 12, neck_angle = 55, neck_r = 11, head_r = 19, head_lx = 0.95, head_lz = 1.0,
  snout_len = 3, snout_r = 7, snout_taper = 0.9, snout_drop = 25, nose_r = 0.32, cheeks = 0.55,
  ears = "cone", ear_len = 17, ear_r = 8.5, ear_spread = 0.55, ear_out = 14,
  eye_r = 0.21, eye_fwd = 0.75, eye_side = 0.55,
  tail = "whip", tail_len = 52, tail_r = 3.6, tail_lift = 0.55, tail_taper = 0.85, sit_angle = 48,
  marks = {{"stripes", part = "marks", n = 7, w = 1.7, legs = true}, {"chest", part = "light"}, {"jaw", part = "light"}},
}

local parts = Q.dressable({
  {"coat", "fur", color = "#e0893a", role = "primary", names = {"coat", "fur", "body"}},
  {"marks", "fur", color = "#a8521c", role = "secondary", names = {"stripes", "tabby stripes", "markings"}},
  {"light", "fur", color = "#f6efe4", role = "detail", names = {"chest", "belly", "muzzle", "paws"}},
  {"nose", "plastic", color = "#e58a96", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#3c6e28", role = "fixed"},
})

return {
  id = "cat",
  names = {"cat", "kitty cat", "pussycat", "tomcat", "tabby", "tabby cat", "house cat", "moggy", "feline", "ginger cat"},
  lvis = {"cat", "kitten"},
  family = "animals",
  size_mm = 230,
  description = "A cat",
  parts = parts,
  variants = {
    kitten = {names = {"kitten", "kitty"}, size_mm = 120},
    black_cat = {names = {"black cat"}, colors = {coat = "#1c1a1c", marks = "#1c1a1c", light = "#1c1a1c"}},
  },
  poses = {"sitting", "lying", "running"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    if k.variant == "kitten" then
      local sp = {}
      for key, v in pairs(species) do sp[key] = v end
      sp.head_r, sp.leg_len, sp.body_len, sp.tail_len = 19, 28, 42, 40
      return Q.build(k, sp, parts)
    end
    return Q.build(k, species, parts)
  end,
}
