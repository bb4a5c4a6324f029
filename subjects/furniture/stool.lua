-- A stool: a round seat on three or four splayed legs joined by stretchers.
return {
  id = "stool",
  names = {"stool", "wooden stool", "milking stool", "footstool", "foot stool", "piano stool", "music stool"},
  lvis = {"stool", "music_stool"},
  family = "furniture",
  size_mm = 450,
  description = "A stool: a round seat on splayed legs with stretchers",
  params = {seat_r = {150, 185}, seat_t = {30, 40}},
  parts = {
    {"seat", "wood", color = "#b07a44", role = "primary", names = {"seat", "top"}},
    {"legs", "wood", color = "#8a5a34", role = "secondary", names = {"legs", "leg", "frame"}},
  },
  points = {"top", "seat"},
  build = function(k)
    local h = 450
    local r = k.p.seat_r
    local t = k.p.seat_t
    local n = k.chance(0.5) and 3 or 4
    local seat = cylinder(r, t, 8 * k.soft):move(0, h - t, 0)
    local legs = {}
    local tops, feet = {}, {}
    for i = 0, n - 1 do
      local a = 2 * math.pi * i / n + math.pi / 4
      tops[i + 1] = {math.cos(a) * r * 0.6, h - t + 4, math.sin(a) * r * 0.6}
      feet[i + 1] = {math.cos(a) * r * 1.0, 12, math.sin(a) * r * 1.0}
      legs[#legs + 1] = limb(tops[i + 1], feet[i + 1], 17, 13)
    end
    for i = 1, n do
      local j = i % n + 1
      local p = {tops[i][1] + (feet[i][1] - tops[i][1]) * 0.65, h * 0.35, tops[i][3] + (feet[i][3] - tops[i][3]) * 0.65}
      local q = {tops[j][1] + (feet[j][1] - tops[j][1]) * 0.65, h * 0.35, tops[j][3] + (feet[j][3] - tops[j][3]) * 0.65}
      legs[#legs + 1] = capsule(p, q, 8)
    end
    k.attach("top", {0, h, 0}, r * 1.6)
    k.attach("seat", {0, h, 0}, r * 1.6)
    return smooth(5 * k.soft, seat:part("seat"), union(legs):part("legs"))
  end,
}
