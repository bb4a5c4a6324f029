-- A crocodile: a long armoured body low on short sprawling legs, a very long
-- flat snout with a row of teeth, eyes on top of the head, rows of scutes
-- along the back and a long heavy tail.
local R = use and use("serpent")

local species = {
  body_len = 70, body_h = 18, body_w = 26, leg_len = 24, leg_r = 7, height = 17, sprawl = 0.8,
  tail_len = 150, tail_r = 15, wave = 0.06,
  head_r = 16, head_lx = 1.25, head_ly = 0.6, head_lz = 0.95, neck_len = 6, head_up = 0,
  snout_len = 58, snout_r = 0.8, snout_taper = 0.75, snout_flat = 0.5,
  eye_r = 0.2, eye_x = 0.1, eye_y = 0.55, eye_z = 0.45,
  ridges = 26, ridge_rows = {-1, 1}, ridge_r = 3, ridge_h = 1.2,
  teeth = 12, belly_h = 0.5,
}

local parts = {
  {"skin", "scales", color = "#4e5e32", role = "primary", names = {"skin", "scales", "body"}},
  {"light", "scales", color = "#c8c090", role = "secondary", names = {"belly"}},
  {"crest", "scales", color = "#3a4828", role = "detail", names = {"scutes", "ridges", "spikes"}},
  {"teeth", "bone", color = "#f4f0e0", role = "detail", names = {"teeth"}},
  {"eyes", "gloss", color = "#c8a820", role = "fixed"},
}

return {
  id = "crocodile",
  names = {"crocodile", "croc", "crocodil", "crocodille", "gharial"},
  lvis = {"alligator"},
  family = "reptiles",
  size_mm = 450,
  description = "A crocodile",
  parts = parts,
  variants = {
    alligator = {names = {"alligator", "gator", "aligator", "caiman"}, colors = {skin = "#343a2a"}},
  },
  attach_to = {"head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    if k.variant == "alligator" then
      local sp = {}
      for key, v in pairs(species) do sp[key] = v end
      sp.snout_len = 50; sp.snout_taper = 0.9
      return R.lizard(k, sp, parts)
    end
    return R.lizard(k, species, parts)
  end,
}
