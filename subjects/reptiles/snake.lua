-- A snake: a long scaly body coiled on the ground with the neck raised and
-- the head forward, a forked red tongue, and a banded or diamond pattern.
local R = use and use("serpent")

local parts = {
  {"skin", "scales", color = "#4e8a2e", role = "primary", names = {"skin", "scales", "body"}},
  {"marks", "scales", color = "#2a4a18", role = "secondary", names = {"pattern", "bands", "stripes", "diamonds", "markings"}},
  {"light", "scales", color = "#e8e0b0", role = "detail", names = {"belly"}},
  {"tongue", "skin", color = "#d82030", role = "detail", names = {"tongue"}},
  {"eyes", "gloss", color = "#e8c020", role = "fixed"},
}

return {
  id = "snake",
  names = {"snake", "serpent", "garter snake", "grass snake", "sneak", "snek"},
  lvis = {"snake"},
  family = "reptiles",
  size_mm = 150,
  description = "A coiled snake",
  params = {rise = {4.5, 6.5}},
  parts = parts,
  variants = {
    python = {names = {"python", "boa", "boa constrictor", "anaconda"}, colors = {skin = "#a88a4e", marks = "#4a3620"}},
    coral = {names = {"coral snake", "king snake", "milk snake"}, colors = {skin = "#d83020", marks = "#141212"}},
    rattlesnake = {names = {"rattlesnake", "viper", "adder", "diamondback"}, colors = {skin = "#b09a70", marks = "#5a4430"}},
    mamba = {names = {"mamba", "green mamba", "tree snake"}, colors = {skin = "#3aaa3a", marks = "#3aaa3a"}},
  },
  poses = {"lying", "running", "swimming"},
  attach_to = {"head", "neck"},
  points = {"head", "neck", "face"},
  build = function(k)
    local sp = {radius = 9, length = 520, rise = k.p.rise, head_r = 1.55, belly = true}
    if k.variant == "python" or k.variant == "rattlesnake" then sp.pattern = "diamonds"; sp.pattern_every = 5; sp.radius = 11
    elseif k.variant == "coral" then sp.pattern = "bands"; sp.pattern_every = 4
    elseif k.variant == "mamba" then sp.pattern = nil
    else sp.pattern = k.chance(0.5) and "bands" or "diamonds"; sp.pattern_every = 5 end
    return R.snake(k, sp, parts)
  end,
}
