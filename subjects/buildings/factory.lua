-- A factory: a long brick hall with a saw-tooth roof of north lights, tall
-- round chimneys, a loading door and rows of windows.
local B = use and use("building")

return {
  id = "factory",
  names = {"factory", "mill building", "plant building", "industrial building", "warehouse", "power plant", "power station",
           "manufacturing plant", "workshop building"},
  lvis = {},
  family = "buildings",
  size_mm = 15000,
  description = "A brick factory with a saw-tooth roof and chimneys",
  params = {w = {420, 460}, d = {220, 250}},
  parts = {
    {"walls", "stone", color = "#a84e36", role = "primary", names = {"walls", "bricks", "brick"}},
    {"roof", "steel", color = "#5a5e66", role = "secondary", names = {"roof"}},
    {"chimneys", "stone", color = "#8a3e2a", role = "detail", names = {"chimneys", "chimney", "smokestacks", "stacks"}},
    {"windows", "gloss", color = "#7ea4c0", role = "detail", names = {"windows", "window", "skylights"}},
    {"trim", "paint", color = "#e8e2d4", role = "detail", names = {"trim", "frames"}},
    {"door", "steel", color = "#3a5a7a", role = "detail", names = {"door", "doors", "loading door"}},
  },
  points = {"top"},
  build = function(k)
    local w, d = k.p.w, k.p.d
    local hw, hd = w / 2, d / 2
    local wh = 120
    local walls = B.block(-hw, 0, -hd, hw, wh, hd)
    -- saw-tooth roof: teeth along X, glass on the steep faces
    local n = 5
    local tw = w / n
    local roofs, skylights = {}, {}
    for i = 0, n - 1 do
      local x0 = -hw + i * tw
      local tooth = extrude({{x0, 0}, {x0 + tw, 0}, {x0 + tw, 56}}, d, 0):move(0, wh - 1, 0)
      roofs[#roofs + 1] = tooth
      skylights[#skylights + 1] = intersect(tooth:round(1.5), B.block(x0 + tw - 2, wh + 4, -hd + 6, x0 + tw + 3, wh + 52, hd - 6))
    end
    local chim = {}
    for i, x in ipairs({-hw * 0.55, hw * 0.2}) do
      local ch = 200 + 50 * i
      chim[#chim + 1] = cone(20, 14, ch):move(x, 0, -hd - 10) + cylinder(17, 12, 2):move(x, ch - 6, -hd - 10)
    end
    local shape = walls:part("walls") + union(roofs):part("roof") + union(skylights):part("windows") + union(chim):part("chimneys")
    local cuts, fills = {}, {}
    for i = 0, 5 do
      local x = -hw + 36 + i * (w - 72) / 5
      if math.abs(x) > 40 then
        local c, f = B.window({x, wh * 0.6, hd}, 42, 50, "z", 1, {frame = 3})
        cuts[#cuts + 1] = c
        fills[#fills + 1] = f
      end
    end
    shape = subtract(shape, union(cuts)) + union(fills)
    shape = shape - B.block(-34, 0, hd - 6, 34, 84, hd + 10)
    local door = B.block(-34, 0, hd - 8, 34, 84, hd - 4)
    for i = 1, 6 do door = door - B.block(-35, i * 12 - 1, hd - 5, 35, i * 12 + 1, hd) end
    shape = shape + door:part("door")
    k.attach("top", {0, wh + 56, 0}, w * 0.3)
    return shape
  end,
}
