-- A hand saw: a long tapering steel blade with a toothed lower edge and a
-- wooden pistol-grip handle with a hand hole, standing on the handle.
return {
  id = "saw",
  names = {"saw", "hand saw", "handsaw", "wood saw", "carpenter's saw", "panel saw"},
  lvis = {"saw"},
  family = "tools",
  size_mm = 550,
  description = "A hand saw",
  params = {len = {480, 540}},
  parts = {
    {"blade", "steel", color = "#c0c6cc", role = "primary", names = {"blade", "metal", "teeth"}},
    {"handle", "wood", color = "#b06a34", role = "secondary", names = {"handle", "grip"}},
  },
  build = function(k)
    local L = k.p.len
    local blade = extrude({{0, 20}, {0, L}, {38, L}, {100, 60}, {100, 20}}, 1.6)
    local tooth_row = {}
    for i = 0, 42 do
      local y = 40 + (L - 45) * i / 42
      tooth_row[#tooth_row + 1] = extrude({{0, y}, {0, y + 10}, {-7, y + 2}}, 1.6)
    end
    local handle = extrude({{50, -20}, {150, -20}, {160, 60}, {140, 150}, {100, 150}, {60, 80}}, 24, 6)
    handle = subtract(handle, extrude({{80, 0}, {130, 0}, {135, 50}, {120, 110}, {100, 110}, {82, 60}}, 60, 8))
    local shape = union(union(blade, union(tooth_row)):part("blade"), handle:part("handle"))
    return shape:rotz(90):move(0, 0, 0)
  end,
}
