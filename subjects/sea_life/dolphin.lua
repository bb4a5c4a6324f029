-- A dolphin: a sleek grey body arched as if leaping, a rounded melon
-- forehead with a short beak, a curved dorsal fin, flippers and horizontal
-- tail flukes, a pale belly. Jumping ("running" pose): the body arched and
-- rising nose-up out of a small round patch of sea, the flukes still in the
-- water inside a crown of splash.
local F = use and use("fish")

local species = {
  length = 220, height = 30, width = 26, peak = 0.6, nose_blunt = 0.05, tail_pinch = 0.06, rear_fill = 1.6,
  tail = "flukes", tail_len = 36, tail_h = 38,
  dorsal = "curved", dorsal_len = 36, dorsal_h = 30, dorsal_x = 0.02,
  pec_len = 34, pec_w = 12, pec_sweep = 35, pec_out = 55, pec_x = 0.18, pec_y = 0.5, pec_tip = 0.7,
  pelvic = false, fins_blend = true, beak = 24,
  eye_r = 0.08, eye_x = 0.18, eye_y = 0.0, fin_t = 3,
  tilt = 12,
  marks = {{"belly", part = "light", up = 0.4}},
}

local parts = {
  {"body", "skin", color = "#7d8c9c", role = "primary", names = {"body", "skin"}},
  {"light", "skin", color = "#e8ecee", role = "secondary", names = {"belly", "underside"}},
  {"eyes", "gloss", color = "#0a0a0a", role = "fixed"},
  {"water", "gloss", color = "#2f7fb6", role = "detail", names = {"water", "sea", "waves", "ocean"}},
  {"splash", "gloss", color = "#d6eef8", role = "detail", names = {"splash", "spray", "foam"}},
}

local BIG = 4000

-- A leap: the rig body arched and tilted nose-up, the flukes dipping into a
-- flat round patch of water with a crown of splash where the tail goes in.
local function leap(k, sp)
  local s = {}
  for key, v in pairs(sp) do s[key] = v end
  s.tilt = 0
  s.marks = {{"belly", part = "light", up = 0.1}}
  s.pec_out = -45; s.pec_sweep = 55 -- flippers spread out from the sides
  local body = F.build(k, s, parts)
  return F.leap(k, body, sp, {
    rear = {{-0.18 * sp.length, 20}, {-0.36 * sp.length, 18}}, front = {{0.24 * sp.length, -18}}, rise = 46,
    mid = 0.42, mid_x = 0.03, sea_r = 0.34, sea_t = 0.2, sea_x = 0.05, ripples = {0.55, 0.85},
    crown = {0.8, 1, 12}, head_y = 0.64, big = BIG, sea_part = "water", splash_part = "splash"})
end

return {
  id = "dolphin",
  names = {"dolphin", "bottlenose dolphin", "porpoise", "flipper", "baby dolphin", "dolfin", "dolphine"},
  lvis = {"dolphin"},
  family = "sea_life",
  size_mm = 700,
  description = "A dolphin",
  parts = parts,
  variants = {
    pink = {names = {"pink dolphin", "river dolphin"}, colors = {body = "#e8a0b0", light = "#f4d0d8"}},
  },
  poses = {"running"},
  points = {"head", "back", "face"},
  attach_to = {"head", "back"},
  build = function(k)
    if k.pose == "running" then return leap(k, species) end
    return F.build(k, species, parts)
  end,
}
