-- A barn: red board walls with white trim, a gambrel roof, big crossed
-- double doors and a hayloft door above.
local B = use and use("building")

return {
  id = "barn",
  names = {"barn", "red barn", "farm barn", "stable", "cowshed", "hay barn", "farm building", "toy barn"},
  lvis = {},
  family = "buildings",
  size_mm = 9000,
  description = "A red barn with a gambrel roof and big doors",
  params = {w = {300, 340}, d = {380, 440}, wall_h = {170, 200}},
  parts = {
    {"walls", "wood", color = "#a82a22", role = "primary", names = {"walls", "boards", "body"}},
    {"roof", "steel", color = "#4a4a50", role = "secondary", names = {"roof"}},
    {"trim", "paint", color = "#f4f2ec", role = "detail", names = {"trim", "doors", "door", "frames", "x bracing"}},
    {"windows", "gloss", color = "#2a3440", role = "detail", names = {"windows", "window", "hayloft"}},
  },
  points = {"top"},
  build = function(k)
    -- the gable end (front) faces +Z: the roof ridge runs along Z
    local w, d, wh = k.p.w, k.p.d, k.p.wall_h
    local hw = w / 2
    local over = 14
    local knee = wh + w * 0.28
    local ridge = knee + w * 0.2
    local prof = {{-hw, 0}, {hw, 0}, {hw, wh}, {hw * 0.62, knee}, {0, ridge}, {-hw * 0.62, knee}, {-hw, wh}}
    local walls = extrude(prof, d)
    local roof_prof = {{-hw - over, wh - 10}, {-hw, wh - 10}, {-hw * 0.62 + 2, knee - 10}, {0, ridge - 10},
                       {hw * 0.62 - 2, knee - 10}, {hw, wh - 10}, {hw + over, wh - 10}, {hw * 0.62 + 6, knee + 8},
                       {0, ridge + 8}, {-hw * 0.62 - 6, knee + 8}}
    local roof = extrude(roof_prof, d + 2 * over, 2)
    local shape = walls:part("walls") + roof:part("roof")
    -- front doors with white X bracing and frame
    local z = d / 2
    local dw, dh = w * 0.46, wh * 0.75
    shape = shape - B.block(-dw / 2, 0, z - 4, dw / 2, dh, z + 10)
    local doors = B.block(-dw / 2, 0, z - 6, dw / 2, dh, z - 2):part("walls")
    local trim = {}
    local t = 7
    trim[#trim + 1] = B.block(-dw / 2 - t, 0, z - 4, -dw / 2, dh + t, z + 2)
    trim[#trim + 1] = B.block(dw / 2, 0, z - 4, dw / 2 + t, dh + t, z + 2)
    trim[#trim + 1] = B.block(-dw / 2 - t, dh, z - 4, dw / 2 + t, dh + t, z + 2)
    trim[#trim + 1] = B.block(-2.5, 0, z - 4, 2.5, dh, z)
    for _, sx in ipairs({-1, 1}) do
      local x0, x1 = sx > 0 and 0 or -dw / 2, sx > 0 and dw / 2 or 0
      trim[#trim + 1] = polyline({{x0 + 4, 4, z - 3}, {x1 - 4, dh - 4, z - 3}}, 3)
      trim[#trim + 1] = polyline({{x0 + 4, dh - 4, z - 3}, {x1 - 4, 4, z - 3}}, 3)
      trim[#trim + 1] = B.block(x0, dh / 2 - 3, z - 4, x1, dh / 2 + 3, z)
    end
    -- corner boards
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        trim[#trim + 1] = B.block(sx * hw - 5, 0, sz * d / 2 - 5, sx * hw + 5, wh, sz * d / 2 + 5)
      end
    end
    -- hayloft door
    local ly = wh + (knee - wh) * 0.4
    local loft_cut, loft_fill = B.window({0, ly, z}, w * 0.2, w * 0.2, "z", 1, {frame = 4, glass_part = "windows", frame_part = "trim"})
    shape = subtract(shape, loft_cut) + loft_fill + doors + union(trim):part("trim")
    -- side windows
    for _, zz in ipairs({-d * 0.25, d * 0.25}) do
      local c, f = B.window({hw, wh * 0.6, zz}, 34, 34, "x", 1, {frame = 4})
      shape = subtract(shape, c) + f
    end
    k.attach("top", {0, ridge + 8, 0}, w * 0.3)
    return shape
  end,
}
