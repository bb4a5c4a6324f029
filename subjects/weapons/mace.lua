-- A mace: a short metal-banded handle topped by a heavy ball studded with
-- pyramid spikes (a morning star); a flanged variant has radiating blades.
-- Origin at the handle's end, head up.
local function dirs()
  local out = {}
  local ga = math.pi * (3 - math.sqrt(5))
  for i = 0, 17 do
    local y = 1 - 2 * (i + 0.5) / 18
    local r = math.sqrt(1 - y * y)
    out[#out + 1] = {math.cos(ga * i) * r, y, math.sin(ga * i) * r}
  end
  return out
end

return {
  id = "mace",
  names = {"mace", "morning star", "morningstar", "spiked mace"},
  lvis = {},
  family = "weapons",
  size_mm = 650,
  description = "A spiked mace",
  params = {len = {460, 520}},
  parts = {
    {"head", "iron", color = "#5a5e66", role = "primary", names = {"head", "ball", "spikes", "metal"}},
    {"handle", "wood", color = "#6a4428", role = "secondary", names = {"handle", "shaft", "haft"}},
    {"grip", "leather", color = "#3a2418", role = "detail", names = {"grip", "wrap"}},
    {"studs", "iron", color = "#4a4e56", role = "detail", names = {"studs", "nails"}},
  },
  variants = {
    flanged = {names = {"flanged mace"}},
    club = {names = {"war club", "spiked club", "club weapon", "cudgel"}, colors = {head = "#8a5a32"}},
  },
  build = function(k)
    local L = k.p.len
    local handle = cylinder(17, L, 4)
    local grip = cylinder(19, L * 0.32, 5):move(0, 20, 0)
    local pommel = sphere(24):stretch(1, 0.7, 1):move(0, 8, 0)
    local R = 62
    local c = {0, L + R * 0.6, 0}
    local head
    if k.variant == "flanged" then
      local fl = extrude({{0, -60}, {50, -40}, {64, 0}, {50, 40}, {0, 70}}, 10, 2)
      head = union(radial(fl, 7), cylinder(26, 140, 6):move(0, -70, 0)):move(c)
    elseif k.variant == "club" then
      head = lathe({{18, -200}, {36, -60}, {52, 40}, {40, 90}, {1, 100}}):move(c)
      local sp = {}
      for _, d in ipairs(dirs()) do
        if d[2] > -0.6 then sp[#sp + 1] = cone(7, 0.5, 24):aim(d, {c[1] + d[1] * 44, c[2] + d[2] * 70 - 20, c[3] + d[3] * 44}) end
      end
      return union(handle:part("handle"), grip:part("grip"), head:part("head"), union(sp):part("studs"))
    else
      local spikes = {}
      for _, d in ipairs(dirs()) do
        spikes[#spikes + 1] = cone(16, 1, 48):aim(d, {c[1] + d[1] * (R - 12), c[2] + d[2] * (R - 12), c[3] + d[3] * (R - 12)})
      end
      head = union(sphere(R):move(c), union(spikes), cylinder(26, 50, 6):move(0, c[2] - R - 30, 0))
    end
    return union(union(handle, pommel):part("handle"), grip:part("grip"), head:part("head"))
  end,
}
