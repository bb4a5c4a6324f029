-- A horse: a deep barrel on long slender legs with hooves, a long arched neck
-- with a mane, a long head angled down, pointed ears and a flowing tail.
local Q = use and use("quadruped")

local species = {
  body_len = 78, body_h = 31, body_w = 23, chest = 1.08, hips = 1.0, leg_len = 92, leg_r = 7, leg_taper = 0.62,
  feet = "hoof", knee = 0.12,
  neck_len = 56, neck_angle = 56, neck_r = 19, neck_r2 = 11, neck_y = 0.35,
  head_r = 13, head_lx = 1.15, head_lz = 0.78, head_tilt = 0.6,
  snout_len = 38, snout_r = 9.5, snout_taper = 0.95, snout_drop = 62, nose = "none",
  ears = "cone", ear_len = 12, ear_r = 4.2, ear_spread = 0.4, ear_out = 8, ear_flat = 0.55,
  eye_r = 0.16, eye_fwd = 0.3, eye_side = 0.9, eye_up = 0.35,
  tail = "horse", tail_len = 75, tail_r = 7, tail_y = 0.45,
  mane = "horse",
  marks = {},
}

local parts = {
  {"coat", "fur", color = "#7e4b28", role = "primary", names = {"coat", "body", "hide"}},
  {"mane", "fur", color = "#221a16", role = "secondary", names = {"mane", "tail", "hair"}},
  {"hooves", "bone", color = "#2a2420", role = "detail", names = {"hooves", "hoofs", "feet"}},
  {"light", "fur", color = "#f2eee8", role = "detail", names = {"socks", "blaze", "stockings"}},
  {"eyes", "gloss", color = "#120e0c", role = "fixed"},
}

local function variant(k)
  local sp = {}
  for key, v in pairs(species) do sp[key] = v end
  if k.variant == "pony" then
    sp.leg_len, sp.body_h, sp.neck_len, sp.head_r = 62, 33, 40, 14
  end
  if k.variant == "foal" then
    sp.leg_len, sp.body_len, sp.body_h, sp.neck_len, sp.head_r, sp.tail_len = 96, 56, 24, 42, 14, 40
  end
  sp.marks = {{"socks", part = "light", h = k.rand(12, 20)}}
  return sp
end

return {
  id = "horse",
  names = {"horse", "stallion", "mare", "steed", "stead", "mustang", "thoroughbred", "racehorse", "bronco", "horseback"},
  lvis = {"horse", "pony"},
  family = "animals",
  size_mm = 1650,
  description = "A horse",
  parts = parts,
  variants = {
    pony = {names = {"pony", "shetland pony"}, size_mm = 1000},
    foal = {names = {"foal", "colt", "filly"}, size_mm = 1000},
    white = {names = {"white horse", "grey horse", "gray horse"}, colors = {coat = "#eeeae4", mane = "#d8d4cc"}},
    black = {names = {"black horse", "black stallion"}, colors = {coat = "#1e1a18", mane = "#111010"}},
    palomino = {names = {"palomino"}, colors = {coat = "#d9ae62", mane = "#f4ecd8"}},
  },
  poses = {"lying", "running", "rearing"},
  attach_to = {"back", "head", "neck"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, variant(k), parts) end,
}
