-- A sea turtle: a broad flat streamlined shell patterned with scutes, long
-- paddle flippers in front, short ones behind, a rounded head on a short neck.
local R = use and use("serpent")

local parts = {
  {"shell", "glazed", color = "#6a5a30", role = "primary", names = {"shell", "carapace"}},
  {"marks", "glazed", color = "#9a8a4a", role = "secondary", names = {"scutes", "pattern", "plates"}},
  {"skin", "scales", color = "#7a8a5a", role = "detail", names = {"skin", "flippers", "head", "body"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "turtle",
  names = {"turtle", "sea turtle", "green turtle", "loggerhead", "loggerhead turtle", "leatherback", "turtel", "baby turtle", "hawksbill"},
  lvis = {"turtle"},
  family = "reptiles",
  size_mm = 250,
  description = "A sea turtle",
  parts = parts,
  attach_to = {"head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    return R.chelonian(k, {shell_len = 60, shell_h = 26, shell_w = 48, legs = "flipper", leg_r = 10, head_r = 12,
                           neck_len = 14, head_up = 0.2, height = 12, scute_r = 0.26}, parts)
  end,
}
