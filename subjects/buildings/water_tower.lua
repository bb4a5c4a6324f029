-- A water tower: a round tank with a conical cap up on four tall braced
-- legs, a ladder up one side.
return {
  id = "water_tower",
  names = {"water tower", "water tank tower", "elevated water tank", "watertower", "water tank on legs"},
  lvis = {"water_tower"},
  family = "buildings",
  size_mm = 30000,
  description = "A water tower: a tank on four legs",
  params = {r = {80, 90}, h = {220, 250}},
  parts = {
    {"tank", "paint", color = "#c8ccd2", role = "primary", names = {"tank", "body"}},
    {"legs", "steel", color = "#6a6e74", role = "secondary", names = {"legs", "frame", "ladder", "supports"}},
    {"roof", "paint", color = "#8a9098", role = "detail", names = {"roof", "cap"}},
  },
  points = {"top"},
  build = function(k)
    local r, h = k.p.r, k.p.h
    local th = r * 1.3
    local tank = cylinder(r, th, 4):move(0, h, 0) + lathe({{r * 0.3, 0}, {r, r * 0.35}}):move(0, h - r * 0.35 + 1, 0)
    local roof = cone(r + 8, 4, r * 0.55):move(0, h + th - 2, 0) + sphere(7):move(0, h + th + r * 0.55, 0)
    local legs = {}
    local s = r * 0.72
    local b = r * 1.05
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        legs[#legs + 1] = capsule({sx * b, 0, sz * b}, {sx * s, h + 10, sz * s}, 6)
      end
    end
    for _, y in ipairs({h * 0.33, h * 0.66}) do
      local f = b + (s - b) * y / (h + 10)
      for _, sg in ipairs({-1, 1}) do
        legs[#legs + 1] = capsule({-f, y, sg * f}, {f, y, sg * f}, 3.5)
        legs[#legs + 1] = capsule({sg * f, y, -f}, {sg * f, y, f}, 3.5)
      end
    end
    -- X bracing on each face between the rings
    for _, seg in ipairs({{0, h * 0.33}, {h * 0.33, h * 0.66}, {h * 0.66, h}}) do
      local f0 = b + (s - b) * seg[1] / (h + 10)
      local f1 = b + (s - b) * seg[2] / (h + 10)
      for _, sg in ipairs({-1, 1}) do
        legs[#legs + 1] = capsule({-f0, seg[1], sg * f0}, {f1, seg[2], sg * f1}, 2.5)
        legs[#legs + 1] = capsule({sg * f0, seg[1], -f0}, {sg * f1, seg[2], f1}, 2.5)
      end
    end
    local ladder = capsule({-8, 0, b + 6}, {-8, h + th, r + 4}, 2.5) + capsule({8, 0, b + 6}, {8, h + th, r + 4}, 2.5)
    local shape = tank:part("tank") + roof:part("roof") + (union(legs) + ladder):part("legs")
    k.attach("top", {0, h + th + r * 0.55, 0}, r * 0.5)
    return shape
  end,
}
