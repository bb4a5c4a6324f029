-- A sandcastle: bucket-shaped towers with crenellated tops round a central
-- keep on a mound of sand, a little flag on top, a moat ring round it.
local B = use and use("building")

return {
  id = "sandcastle",
  names = {"sandcastle", "sand castle", "beach castle", "sand fort"},
  lvis = {},
  family = "buildings",
  size_mm = 350,
  description = "A sandcastle with bucket towers and a flag",
  params = {r = {130, 150}},
  parts = {
    {"sand", "clay", color = "#e0c488", role = "primary", names = {"sand", "castle", "towers"}},
    {"flag", "fabric", color = "#d82a2a", role = "secondary", names = {"flag"}},
    {"shells", "ceramic", color = "#f4e8e0", role = "detail", names = {"shells", "shell", "stick"}},
  },
  points = {"top"},
  build = function(k)
    local R = k.p.r
    local mound = intersect(sphere(R * 1.5):stretch(1, 0.25, 1), box(4 * R, R, 4 * R):move(0, R / 2, 0))
    local parts = {mound}
    local function bucket(x, z, rb, h, y)
      local t = cone(rb, rb * 0.78, h):move(x, y, z)
      local top = cylinder(rb * 0.78, 12):move(x, y + h, z) - radial(box(rb * 0.4, 14, rb * 2):move(0, 8, 0), 3):move(x, y + h + 4, z)
      return t + top
    end
    for i = 0, 3 do
      local a = math.pi / 4 + math.pi / 2 * i
      parts[#parts + 1] = bucket(R * 0.8 * math.cos(a), R * 0.8 * math.sin(a), R * 0.3, R * 0.55, R * 0.12)
    end
    parts[#parts + 1] = bucket(0, 0, R * 0.45, R * 0.75, R * 0.15)
    parts[#parts + 1] = bucket(0, 0, R * 0.26, R * 0.4, R * 0.9 + 10)
    -- walls between towers
    for i = 0, 3 do
      local a0, a1 = math.pi / 4 + math.pi / 2 * i, math.pi / 4 + math.pi / 2 * (i + 1)
      parts[#parts + 1] = capsule({R * 0.8 * math.cos(a0), R * 0.35, R * 0.8 * math.sin(a0)}, {R * 0.8 * math.cos(a1), R * 0.35, R * 0.8 * math.sin(a1)}, R * 0.1):stretch(1, 1.3, 1)
    end
    local sand = union(parts):noise(1.2, 10)
    local moat = torus(R * 1.25, R * 0.08):move(0, R * 0.1, 0)
    sand = sand - moat
    local fy = R * 1.3 + 22
    local stick = cylinder(2, R * 0.4):move(0, fy - 10, 0)
    local flag = extrude({{0, 0}, {34, -10}, {0, -20}}, 4, 1):move(2, fy + R * 0.4 - 12, 0)
    local shells = sphere(7):stretch(1, 0.5, 1):move(R * 0.55, R * 0.28, R * 0.9) + sphere(6):stretch(1, 0.5, 1):move(-R * 0.7, R * 0.2, R * 0.85)
    local shape = sand:part("sand") + flag:part("flag") + (stick + shells):part("shells")
    k.attach("top", {0, fy + R * 0.4, 0}, 20)
    return shape
  end,
}
