-- A fish: an oval side-flattened body, a forked tail fin, dorsal, pectoral
-- and belly fins, round eyes and a little mouth; silver-blue by default.
local F = use and use("fish")

local species = {
  length = 120, height = 30, width = 13, peak = 0.58, nose_blunt = 0.45,
  tail = "forked", tail_len = 28, tail_h = 30,
  dorsal = "long", dorsal_len = 36, dorsal_h = 16, dorsal_x = 0.02,
  pec_len = 18, pec_w = 9,
  eye_r = 0.14, eye_x = 0.13, eye_y = 0.18, mouth = true,
  marks = {{"belly", part = "light", up = 0.35}},
}

local parts = {
  {"body", "scales", color = "#5a86a8", role = "primary", names = {"body", "scales"}},
  {"light", "scales", color = "#e8ecee", role = "secondary", names = {"belly"}},
  {"fins", "skin", color = "#7a9ab4", role = "detail", names = {"fins", "fin", "tail"}},
  {"marks", "skin", color = "#3a2a2a", role = "detail", names = {"mouth", "stripes"}},
  {"iris", "gloss", color = "#f0e8c8", role = "fixed"},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "fish",
  names = {"fish", "bass", "cod", "sardine", "herring", "minnow", "tropical fish", "fishy", "tetra"},
  lvis = {"fish"},
  family = "sea_life",
  size_mm = 70,
  description = "A fish",
  parts = parts,
  variants = {
    clownfish = {names = {"clownfish", "clown fish", "nemo", "anemonefish"}, size_mm = 50, colors = {body = "#f26a12", light = "#f8f6f2", fins = "#f07a20"}},
    salmon = {names = {"salmon", "trout", "rainbow trout"}, size_mm = 120, colors = {body = "#8a8e6a", light = "#f0d8c8", marks = "#e07a70", fins = "#2a2a24"}},
    tuna = {names = {"tuna", "mackerel"}, size_mm = 140, colors = {body = "#2a3a5a", fins = "#e8c030"}},
    angelfish = {names = {"angelfish", "angel fish"}, size_mm = 120, colors = {body = "#e8e0a8", marks = "#2a2420", fins = "#e0d8a0"}},
    koi = {names = {"koi", "koi fish", "carp"}, size_mm = 90, colors = {body = "#f4f2ee", light = "#e8501a", fins = "#f6f2ec"}},
    piranha = {names = {"piranha"}, size_mm = 70, colors = {body = "#7a8088", marks = "#d0402a"}},
  },
  points = {"head", "back", "face"},
  attach_to = {"head", "back"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    local v = k.variant
    if v == "clownfish" then
      sp.length = 100; sp.height = 28; sp.width = 14; sp.tail = "round"; sp.dorsal_h = 12; sp.dorsal_len = 50; sp.nose_blunt = 0.3
      sp.marks = {{"bands", part = "light", at = {0.3, 0.03, -0.3}, w = 0.08}}
      sp.colors = true
    elseif v == "salmon" then
      sp.length = 150; sp.height = 26; sp.width = 14
      sp.marks = {{"belly", part = "light", up = 0.25}, {"hstripes", part = "marks", at = {0.05}, w = 0.22}, {"spots", part = "fins", n = 18, r = 0.05}}
    elseif v == "tuna" then
      sp.length = 150; sp.height = 32; sp.width = 20; sp.tail = "crescent"; sp.tail_pinch = 0.06; sp.dorsal = "sail"; sp.dorsal_h = 14; sp.dorsal_len = 20
      sp.dorsal2 = true
    elseif v == "angelfish" then
      sp.length = 80; sp.height = 42; sp.width = 8; sp.peak = 0.55; sp.dorsal = "sail"; sp.dorsal_h = 50; sp.dorsal_len = 30; sp.dorsal_x = -0.1
      sp.marks = {{"vstripes", part = "marks", n = 4, w = 0.05}}
    elseif v == "koi" then
      sp.length = 140; sp.height = 28; sp.width = 18; sp.tail = "veil"
      sp.marks = {{"spots", part = "light", n = 8, r = 0.35}}
    elseif v == "piranha" then
      sp.length = 100; sp.height = 40; sp.width = 14; sp.nose_blunt = 0.15; sp.peak = 0.55
      sp.marks = {{"belly", part = "marks", up = 0.4}}
    end
    return F.build(k, sp, parts)
  end,
}
