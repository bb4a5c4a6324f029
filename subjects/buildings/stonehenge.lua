-- Stonehenge: a ring of great grey standing stones capped with lintels, and
-- taller trilithons inside, on a grassy mound.
return {
  id = "stonehenge",
  names = {"stonehenge", "stone circle", "standing stones", "megaliths", "henge", "druid circle"},
  lvis = {},
  family = "buildings",
  size_mm = 7000,
  description = "A ring of standing stones with lintels",
  params = {r = {190, 210}, stones = {14, 16}},
  parts = {
    {"stone", "stone", color = "#8a8a84", role = "primary", names = {"stone", "stones", "rocks"}},
    {"grass", "plant", color = "#5a8a3a", role = "secondary", names = {"grass", "ground", "base"}},
  },
  points = {"top"},
  build = function(k)
    local R = k.p.r
    local n = math.floor(k.p.stones + 0.5)
    local sh = 110
    local parts = {}
    for i = 0, n - 1 do
      local a = 360 * i / n
      local tilt = k.rand(-3, 3)
      if i ~= 3 and i ~= 9 then
        parts[#parts + 1] = box(38, sh, 22, 3):move(0, sh / 2, R):rotx(tilt):roty(a)
      end
      if i % 2 == 0 and i ~= 2 and i ~= 8 then
        -- a lintel spanning to the next stone
        local a2 = a + 360 / n
        local mid = (a + a2) / 2
        local chord = 2 * R * math.sin(math.rad(360 / n / 2))
        parts[#parts + 1] = box(chord + 30, 14, 20, 3):move(0, sh + 6, R * math.cos(math.rad(180 / n))):roty(mid - 90):roty(90)
      end
    end
    for _, a in ipairs({0, 72, 144, 216, 288}) do
      local tri = box(26, sh * 1.4, 20, 3):move(-22, sh * 0.7, 0) + box(26, sh * 1.4, 20, 3):move(22, sh * 0.7, 0) + box(76, 16, 22, 3):move(0, sh * 1.4 + 7, 0)
      parts[#parts + 1] = tri:move(0, 0, R * 0.5):roty(a)
    end
    local stones = union(parts):noise(2.5, 18)
    local ground = intersect(sphere(R * 1.3):stretch(1, 0.1, 1), box(8 * R, R, 8 * R):move(0, R / 2, 0)):move(0, -4, 0)
    local shape = stones:part("stone") + ground:part("grass")
    k.attach("top", {0, sh * 1.5, 0}, R)
    return shape
  end,
}
