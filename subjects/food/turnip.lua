-- A turnip: a round, slightly flattened root, purple round its top fading
-- through a pinkish band to creamy white below, tapering to a thin curling
-- taproot, with a tuft of green leaf stalks and broad leaves on top.
local F -- the food library, loaded when building

return {
  id = "turnip",
  names = {"turnip", "white turnip", "purple top turnip", "purple turnip", "turnip root", "turnup",
           "turnipe", "navet"},
  lvis = {"turnip"},
  family = "food",
  size_mm = 200,
  description = "A purple-topped white turnip with leaves",
  params = {lean = {-6, 6}, turn = {0, 360}},
  parts = {
    {"top", "food", color = "#7a2a78", role = "primary", names = {"top", "purple top", "purple"}},
    {"root", "food", color = "#f4eedc", role = "secondary", names = {"root", "bulb", "white", "turnip"}},
    {"blush", "food", color = "#c078b0", role = "fixed"},
    {"leaves", "plant", color = "#4a8a34", role = "detail", names = {"leaves", "greens", "leaf", "stalks", "tops"}},
    {"tail", "food", color = "#e6dcc4", role = "detail", names = {"tail", "taproot", "rootlet"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local R = 44
    local cy = 52
    local root = smooth(10, ellipsoid(R, R * 0.86, R):move(0, cy, 0), cone(24, 3, 40):flip("y"):move(0, cy - R * 0.5, 0),
                        cylinder(13, 10):move(0, cy + R * 0.75, 0))
    -- the colour bands, with a wavy edge so the fade looks natural
    local edge1 = box(300, 200, 300):move(0, 100, 0):noise(3, 18, 2):move(0, cy + 14, 0)
    local edge2 = box(300, 200, 300):move(0, 100, 0):noise(3, 14, 2):move(0, cy + 3, 0)
    local top = intersect(root, edge1)
    local blush = intersect(root, edge2)
    -- the taproot, curling a little
    local tail = tube({{0, cy - R * 0.9, 0}, {1, 4, 1}, {6, -14, 3}, {14, -26, 0}}, 3.4, 1)
    -- the leaves: stalks from the crown, each with a broad leaf
    local leaves = {}
    local crown = {0, cy + R * 0.78 + 8, 0}
    for i = 0, 5 do
      local az = 60 * i + 20 + (i % 2) * 12
      local el = 62 + (i % 3) * 8
      local d = F.dir(az, el)
      local mid = F.add(crown, F.mul(d, 40))
      local tip = F.add(crown, F.mul(F.dir(az, el - 10), 78))
      leaves[#leaves + 1] = tube({F.add(crown, {0, -6, 0}), mid, tip}, 3.4, 2.4)
      leaves[#leaves + 1] = F.leaf_at(F.add(tip, F.mul(F.dir(az, el - 15), -12)), 88, 50, 3.6, az, el - 22, 0.45)
    end
    leaves[#leaves + 1] = cylinder(14, 12):move(0, cy + R * 0.75, 0)
    local shape = union(top:part("top"), blush:part("blush"), root:part("root"), tail:part("tail"), union(leaves):part("leaves"))
    return shape:rotz(k.p.lean):roty(k.p.turn):move(0, 30, 0)
  end,
}
