-- A lava lamp: a tall tapered glass bottle of coloured liquid standing in a
-- conical metal base and closed by a conical metal cap. Blobs of wax float in
-- the liquid: a pool melted on the bottom with a blob rising out of it, a drop
-- hanging from the top, and a blob or two drifting against the far side of
-- the glass.

-- the glass bottle's outside: narrow in the base, swelling a third of the way
-- up, then a long taper to the cap
local function bottle(y0, y1, r0, rmax, r1, at)
  local h = y1 - y0
  local pts = {}
  local n = 22
  for i = 0, n do
    local t = i / n
    local r
    if t < at then
      local s = t / at
      r = r0 + (rmax - r0) * math.sin(s * math.pi / 2)
    else
      local s = (t - at) / (1 - at)
      r = rmax + (r1 - rmax) * s ^ 1.15
    end
    pts[#pts + 1] = {r, y0 + t * h}
  end
  return pts
end

local function radius_at(p, y)
  for i = 2, #p do
    if y <= p[i][2] then
      local a, b = p[i - 1], p[i]
      return a[1] + (b[1] - a[1]) * (y - a[2]) / math.max(1e-6, b[2] - a[2])
    end
  end
  return p[#p][1]
end

local function offset(prof, dr, ya, yb)
  local out = {}
  for _, p in ipairs(prof) do
    if p[2] >= ya and p[2] <= yb then out[#out + 1] = {math.max(1, p[1] + dr), p[2]} end
  end
  return out
end

return {
  id = "lava_lamp",
  names = {"lava lamp", "lava light", "motion lamp", "lavalamp", "liquid motion lamp", "magma lamp"},
  lvis = {},
  family = "household",
  size_mm = 400,
  description = "A lava lamp: wax blobs in coloured liquid in a tapered glass bottle on a conical metal base",
  params = {belly = {46, 52}, rise = {0.0, 1.0}},
  parts = {
    {"liquid", "glass", color = "#b478f0", role = "primary", glows = true, names = {"liquid", "fluid", "water", "oil"}},
    {"blobs", "wax", color = "#ff8a1c", role = "secondary", glows = true, names = {"blobs", "blob", "lava", "bubbles", "wax blobs"}},
    {"base", "steel", color = "#a4a8b0", role = "detail", names = {"base", "cap", "stand", "lid", "top", "foot"}},
    {"vessel", "glass", color = "#eef4f8", role = "detail", names = {"bottle", "globe", "vessel", "flask"}},
  },
  points = {"top"},
  build = function(k)
    local base_h = 130
    local glass_y0, glass_y1 = base_h - 8, 356
    local prof = bottle(glass_y0, glass_y1, 34, k.p.belly, 24, 0.3)
    local wall = 3.5
    local outer = lathe(prof)
    local cav_prof = offset(prof, -wall, base_h + 6, glass_y1 - 10)
    local cavity = lathe(cav_prof)
    local glass = subtract(outer, cavity)
    -- the liquid shows through the glass: the bottle's skin below the fill
    -- line is tinted
    local fill_y = glass_y1 - 12
    local tint = subtract(intersect(outer:round(0.8), box(200, fill_y - base_h + 10, 200):move(0, (fill_y + base_h - 10) / 2, 0)), cavity)

    -- the base: a cone narrowing upwards, a rolled foot, a collar round the
    -- bottle's neck
    local base = lathe({{64, 0}, {66, 3}, {66, 9}, {62, 13}, {41, base_h - 6}, {39, base_h}, {1, base_h}})
    -- the collar the bottle stands in
    local rc = radius_at(prof, base_h + 15)
    base = base + subtract(lathe({{rc + 3, base_h - 6}, {rc + 3.5, base_h + 12}, {rc + 1.5, base_h + 15}, {1, base_h + 15}}),
      lathe(offset(prof, 0, base_h - 20, base_h + 30)))
    -- the cap: a cone over the bottle's top
    local cap_y = glass_y1 - 16
    local cr = radius_at(prof, cap_y) + 3
    local cap = lathe({{cr, cap_y}, {cr, cap_y + 5}, {17, cap_y + 58}, {15, cap_y + 61}, {1, cap_y + 62}}) + torus(cr - 0.5, 3):move(0, cap_y + 1.5, 0)

    -- the wax, all of it touching the glass or the other wax
    local rise = k.p.rise
    local floor_y = base_h + 6
    local pool = intersect(lathe(cav_prof):round(0.4), box(200, 14, 200):move(0, floor_y + 5, 0))
      + ellipsoid(26, 10, 26):move(0, floor_y + 12, 0)
    local by = 190 + rise * 25
    local br = k.rand(15, 19)
    local riser = smooth(10, ellipsoid(br, br * 1.25, br):move(4, by, -3),
      limb({2, floor_y + 14, 0}, {4, by - br * 0.9, -3}, 10, 5))
    -- the hanging drop, pulled down from the top of the bottle
    local ty = glass_y1 - 10
    local hy = ty - 48 - (1 - rise) * 16
    local hr = k.rand(11, 13)
    local drop = smooth(8, ellipsoid(hr, hr * 1.3, hr):move(-3, hy, 2),
      limb({-1, ty + 2, 0}, {-3, hy + hr * 0.9, 2}, 9, 5))
    -- floating blobs resting against the far side of the glass
    local blobs = {}
    local function against(y, r, az)
      local rin = radius_at(cav_prof, y)
      local d = rin - r * 0.75
      blobs[#blobs + 1] = ellipsoid(r, r * 1.2, r):move(d * math.cos(math.rad(az)), y, d * math.sin(math.rad(az)))
    end
    against(252 + k.rand(-10, 10), k.rand(12, 15), 200 + k.rand(-20, 20))
    against(226 + k.rand(-8, 8), k.rand(9, 11), 265 + k.rand(-15, 15))
    local wax = pool + riser + drop + union(table.unpack(blobs))

    -- a vent up through the base keeps the inside of the bottle open to the
    -- air below; it comes out of the wax pool behind the rising blob's neck
    local vent = cylinder(6, floor_y + 28):move(-11, -2, -11)
    local shape = glass:part("vessel") + tint:part("liquid") + (base + cap):part("base") + wax:part("blobs")
    shape = subtract(shape, vent)
    k.attach("top", {0, cap_y + 62, 0}, 30)
    return shape
  end,
}
