-- A castle tower: a round stone tower with arrow slits, a door and
-- battlements, or a pointed cone roof (the fairy-tale turret).
local B = use and use("building")

return {
  id = "tower",
  names = {"tower", "castle tower", "stone tower", "watchtower", "watch tower", "keep", "rook tower", "bell tower",
           "medieval tower", "round tower", "fort tower", "tower house"},
  lvis = {},
  family = "buildings",
  size_mm = 20000,
  description = "A round stone castle tower with battlements",
  params = {h = {340, 400}, r = {80, 95}},
  parts = {
    {"walls", "stone", color = "#a8a298", role = "primary", names = {"walls", "stone", "tower"}},
    {"roof", "clay", color = "#3c5a9a", role = "secondary", names = {"roof", "spire", "cone"}},
    {"door", "wood", color = "#5a3a22", role = "detail", names = {"door"}},
    {"windows", "gloss", color = "#1e1e24", role = "detail", names = {"windows", "slits", "arrow slits"}},
    {"flag", "fabric", color = "#d02a2a", role = "detail", names = {"flag", "banner", "pennant"}},
  },
  variants = {
    turret = {names = {"turret", "fairy tale tower", "princess tower", "rapunzel tower", "wizard tower", "spire tower"},
              size_mm = 22000},
    leaning = {names = {"leaning tower", "leaning tower of pisa", "tower of pisa", "pisa tower", "bell tower of pisa"},
               size_mm = 56000, colors = {walls = "#f2eee4", roof = "#c8c2b4"}},
  },
  points = {"top"},
  build = function(k)
    local h, r = k.p.h, k.p.r
    local turret = k.variant == "turret"
    if k.variant == "leaning" then
      -- white marble drum of stacked arcades, a belfry on top, leaning over
      local tiers = 8
      local th = h * 1.1 / tiers
      local parts, cols = {}, {}
      for i = 0, tiers - 1 do
        local rr = (i == tiers - 1) and r * 0.8 or r
        parts[#parts + 1] = cylinder(rr - 8, th):move(0, i * th, 0)
        parts[#parts + 1] = cylinder(rr + 3, 6, 1.5):move(0, i * th + th - 6, 0)
        local n = (i == 0) and 12 or 18
        cols[#cols + 1] = radial(cylinder(4, th + 1):move(rr - 6, math.max(i * th - 3, 0), 0), n)
      end
      local body = union(parts) + union(cols)
      local shape = body:part("walls")
      shape = shape:rotz(-7):move(h * 0.08, 0, 0)
      k.attach("top", {h * 0.1, h * 1.1, 0}, r)
      return shape
    end
    local walls, roof = B.round_tower(r, h, {flare = turret and 12 or 14, roof_h = turret and r * 1.9 or 0})
    walls = walls + cylinder(r + 10, 26, 4)
    walls = walls:noise(1.2, 18)
    local shape = walls:part("walls")
    local top = h + (turret and r * 1.9 or 40)
    if roof then
      shape = shape + roof:part("roof")
    end
    -- flag on a pole
    local pole_y = turret and top - 10 or h + 20
    local pole_base = turret and pole_y or h - 10
    local pole = cylinder(4, pole_y + 70 - pole_base):move(0, pole_base, 0)
    local flag = extrude({{0, 0}, {46, -12}, {0, -24}}, 5, 1):move(2, pole_y + 66, 0)
    shape = shape + pole:part("door") + flag:part("flag")
    -- door and slits
    local cut, fill = B.door(0, 42, 76, r + 2, 1, {arched = true, depth = 14})
    local cuts = {cut}
    shape = subtract(shape, union(cuts)) + fill
    local slits = {}
    for i, ang in ipairs({-40, 30, 100, -110}) do
      local y = h * (0.42 + 0.18 * (i % 2))
      slits[#slits + 1] = B.arch_cut(0, y, 14, 40, r - 2, 8):roty(ang)
    end
    shape = shape + union(slits):part("windows")
    k.attach("top", {0, turret and top or h + 20, 0}, r)
    return shape
  end,
}
