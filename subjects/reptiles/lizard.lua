-- A lizard: a long low slender body on four sprawling legs with splayed
-- toes, a pointed head, and a long tapering tail; green with a pale belly.
local R = use and use("serpent")

local species = {
  body_len = 34, body_h = 9, body_w = 10, leg_len = 20, leg_r = 3, height = 10,
  tail_len = 80, tail_r = 6.5, wave = 0.1,
  head_r = 9, head_lx = 1.25, head_ly = 0.7, head_lz = 0.8, neck_len = 5, head_up = 2,
  snout_len = 6, snout_r = 0.55, snout_taper = 0.6,
  eye_r = 0.2, eye_x = 0.35, eye_y = 0.35, eye_z = 0.62,
  belly_h = 0.2,
}

local parts = {
  {"skin", "scales", color = "#5aa038", role = "primary", names = {"skin", "scales", "body"}},
  {"light", "scales", color = "#d8e0a0", role = "secondary", names = {"belly"}},
  {"marks", "scales", color = "#2a5a1e", role = "detail", names = {"stripes", "bands", "spots"}},
  {"crest", "scales", color = "#4a8a2a", role = "detail", names = {"crest", "spikes", "spines"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "lizard",
  names = {"lizard", "skink", "lizzard", "anole", "reptile"},
  lvis = {"lizard"},
  family = "reptiles",
  size_mm = 35,
  description = "A lizard",
  parts = parts,
  variants = {
    iguana = {names = {"iguana", "green iguana"}, size_mm = 120},
    gecko = {names = {"gecko", "leopard gecko"}, colors = {skin = "#e8c050", marks = "#4a3a20", light = "#f4ecd0"}},
    komodo = {names = {"komodo dragon", "monitor lizard"}, size_mm = 300, colors = {skin = "#6e6a52", light = "#8a8468"}},
    bearded = {names = {"bearded dragon"}, colors = {skin = "#c8a060", light = "#e4ca90", crest = "#b08a50"}},
    salamander = {names = {"newt", "salamander"}, colors = {skin = "#242020", marks = "#f4c020", light = "#f4a020"}},
  },
  attach_to = {"head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    local v = k.variant
    if v == "iguana" then sp.ridges = 16; sp.ridge_h = 2.4; sp.body_h = 11; sp.tail_len = 100; sp.head_r = 10
    elseif v == "gecko" then sp.head_r = 11; sp.bands = 5; sp.tail_r = 7.5; sp.eye_r = 0.3
    elseif v == "komodo" then sp.body_h = 12; sp.body_w = 14; sp.head_r = 10; sp.head_lx = 1.4; sp.leg_r = 4.5; sp.tail_len = 75
    elseif v == "bearded" then sp.body_w = 15; sp.ridges = 10; sp.ridge_rows = {-1, 1}; sp.ridge_h = 1.2; sp.head_lz = 1.05
    elseif v == "salamander" then sp.bands = 6; sp.head_lx = 1.1; sp.snout_len = 2; sp.leg_len = 14
    end
    return R.lizard(k, sp, parts)
  end,
}
