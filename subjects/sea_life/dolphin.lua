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

local rad, sin, cos = math.rad, math.sin, math.cos
local BIG = 4000
local turn, bent_point, crown = F.turn, F.bent_point, F.splash_crown
local function bend_chain(s, cuts, side, h) return F.bend_chain(s, cuts, side, h, BIG) end

-- A leap: the rig body arched and tilted nose-up, the flukes dipping into a
-- flat round patch of water with a crown of splash where the tail goes in.
local function leap(k, sp)
  local s = {}
  for key, v in pairs(sp) do s[key] = v end
  s.tilt = 0
  s.marks = {{"belly", part = "light", up = 0.1}}
  s.pec_out = -45; s.pec_sweep = 55 -- flippers spread out from the sides
  local body = F.build(k, s, parts)
  local len, h = sp.length, sp.height
  local rear = {{-0.18 * len, 20}, {-0.36 * len, 18}}
  local front = {{0.24 * len, -18}}
  local rise = 46
  local shape = body * box(0.42 * len, BIG, BIG):move(0.03 * len, 0, 0)
  shape = shape + bend_chain(body, rear, -1, h * 1.2) + bend_chain(body, front, 1, h * 1.2)
  shape = shape:rotz(rise)
  -- The water line crosses the tail stock just ahead of the flukes.
  local wl = turn(bent_point({-0.44 * len, 0}, rear, -1), 0, rise)
  local cx, cy = wl[1], wl[2]
  local R = len * 0.34
  local th = h * 0.2
  local bottom = cy - th * 1.6
  local water = cylinder(R, th * 1.6, th * 0.6):stretch(1.15, 1, 1):move(cx + len * 0.05, bottom, 0)
  -- ripples spreading from the splash
  for i, f in ipairs({0.55, 0.85}) do
    water = water + torus(R * f, th * (0.6 - i * 0.1)):stretch(1.15, 0.6, 1):move(cx + len * 0.05 * f, cy, 0)
  end
  -- Splash: a crown of spray round the tail where it leaves the water.
  local splash = crown(h * 0.8, h, 12, k.style == "low_poly"):stretch(1.15, 1, 1):move(cx, cy, 0)
  shape = shape * box(BIG, BIG, BIG):move(0, bottom + BIG / 2, 0)
  -- Move the rig's points onto the bent, risen body.
  local function at(p, cuts, side)
    local q = turn(bent_point(p, cuts, side), 0, rise)
    return {q[1], q[2], p[3] or 0}
  end
  local function up(deg) return {-sin(rad(deg)), cos(rad(deg)), 0} end
  local hx = len * (0.5 - sp.eye_x)
  k.attach("head", at({hx, h * 0.64, 0}, front, 1), sp.width * 1.5, up(rise + front[1][2]))
  k.attach("back", at({0, h * 0.95, 0}, front, 1), sp.width * 1.6, up(rise))
  k.attach("face", at({len * 0.47, h * 0.2, 0}, front, 1), h * 0.8, {cos(rad(rise + front[1][2])), sin(rad(rise + front[1][2])), 0})
  k.attach("mouth", at({len * 0.48, -h * 0.25, 0}, front, 1), h * 0.6)
  return shape + water:part("water") + splash:part("splash")
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
