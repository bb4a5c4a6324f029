-- A wheelbarrow: a deep steel tray on a frame with one wheel in front, two
-- long handles and two legs at the back.
local V = use and use("vehicle")
local S = use and use("shapes")

return {
  id = "wheelbarrow",
  names = {"wheelbarrow", "wheel barrow", "barrow", "garden cart", "wheelbarrel", "garden barrow"},
  lvis = {"barrow"},
  family = "vehicles",
  size_mm = 650,
  description = "A wheelbarrow with one wheel and two handles",
  params = {len = {560, 620}},
  parts = {
    {"tray", "paint", color = "#2e7a3a", role = "primary", names = {"tray", "bucket", "bin", "body"}},
    {"frame", "wood", color = "#8a6040", role = "secondary", names = {"frame", "handles", "legs"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheel", "wheels", "tire", "tyre"}},
    {"hubs", "steel", color = "#c8c8cc", role = "detail", names = {"hub", "rim"}},
  },
  points = {"inside", "top"},
  build = function(k)
    local L = k.p.len
    local R = 70
    local wx = L * 0.42
    local ty = 150
    -- tray: a lofted box, wide at the top, sloping forward
    local tray_outer = loft({{y = 0, rx = 90, rz = 70, x = -20}, {y = 60, rx = 150, rz = 120, x = 0}, {y = 110, rx = 180, rz = 150, x = 20}})
    tray_outer = intersect(tray_outer, box(1000, 110, 1000):move(0, 55, 0))
    local tray_inner = loft({{y = 0, rx = 84, rz = 64, x = -20}, {y = 60, rx = 144, rz = 114, x = 0}, {y = 110, rx = 174, rz = 144, x = 20},
                             {y = 160, rx = 190, rz = 160, x = 30}}):move(0, 8, 0)
    local tray = (tray_outer - tray_inner):move(0, ty, 0)
    local handles = {}
    for _, sz in ipairs({-1, 1}) do
      handles[#handles + 1] = capsule({wx, R, sz * 20}, {-L * 0.62, ty + 40, sz * 90}, 8)
      handles[#handles + 1] = capsule({-L * 0.2, ty + 14, sz * 70}, {-L * 0.28, 8, sz * 80}, 7)
      local t = 0.45
      handles[#handles + 1] = capsule({wx + t * (-L * 0.62 - wx), R + t * (ty + 40 - R), sz * (20 + 70 * t)}, {-10, ty + 4, sz * 40}, 7)
      handles[#handles + 1] = capsule({-L * 0.2, ty + 14, sz * 70}, {-L * 0.12, ty + 4, sz * 45}, 7)
      handles[#handles + 1] = capsule({-L * 0.28, 4, sz * 80}, {-L * 0.2, 4, sz * 80}, 6)
    end
    local grips = capsule({-L * 0.5, ty + 32, 78}, {-L * 0.64, ty + 42, 92}, 11) + capsule({-L * 0.5, ty + 32, -78}, {-L * 0.64, ty + 42, -92}, 11)
    local shape = tray:part("tray") + union(handles):part("frame") + grips:part("wheels")
    shape = shape + V.wheel({wx, R, 0}, R, 30, 1, {hub = 0.5}) + capsule({wx, R, -24}, {wx, R, 24}, 6):part("hubs")
    k.attach("inside", {0, ty + 10, 0}, 160)
    k.attach("top", {0, ty + 110, 0}, 260)
    return shape
  end,
}
