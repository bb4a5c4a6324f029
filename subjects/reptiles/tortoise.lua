-- A tortoise: a high domed shell of raised plates, stumpy elephant-like legs,
-- a wrinkly head stretched out on its neck, a small tail.
local R = use and use("serpent")

local parts = {
  {"shell", "glazed", color = "#4e3a22", role = "primary", names = {"shell", "carapace"}},
  {"marks", "glazed", color = "#a8823e", role = "secondary", names = {"scutes", "pattern", "plates"}},
  {"skin", "scales", color = "#8a7a5e", role = "detail", names = {"skin", "legs", "head", "body"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "tortoise",
  names = {"tortoise", "land turtle", "box turtle", "giant tortoise", "galapagos tortoise", "tortise", "terrapin", "pet turtle"},
  lvis = {},
  family = "reptiles",
  size_mm = 200,
  description = "A tortoise",
  parts = parts,
  attach_to = {"head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    return R.chelonian(k, {shell_len = 48, shell_h = 40, shell_w = 40, legs = "stump", leg_r = 8, head_r = 9,
                           neck_len = 18, head_up = 0.45, height = 14, scute_r = 0.24}, parts)
  end,
}
