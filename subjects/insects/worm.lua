-- An earthworm: a long soft pink ringed body wriggling along the ground,
-- with a paler saddle band near the front.
return {
  id = "worm",
  names = {"worm", "earthworm", "earth worm", "wriggler", "night crawler", "nightcrawler"},
  lvis = {},
  family = "insects",
  size_mm = 12,
  description = "An earthworm",
  params = {wave = {0.8, 1.2}},
  parts = {
    {"body", "skin", color = "#d88a8a", role = "primary", names = {"body", "skin"}},
    {"band", "skin", color = "#e8a8a0", role = "secondary", names = {"band", "saddle", "clitellum"}},
    {"rings", "skin", color = "#c07474", role = "detail", names = {"rings", "stripes"}},
  },
  points = {"head", "top"},
  attach_to = {"head"},
  build = function(k)
    local r = 6
    local pts = {}
    local n = 12
    for i = 0, n do
      local t = i / n
      local x = (t - 0.5) * 180
      local z = math.sin(t * 2.2 * math.pi) * 26 * k.p.wave
      local y = r + (i == n and r * 1.2 or 0) + (i == n - 1 and r * 0.4 or 0)
      pts[#pts + 1] = {x, y, z}
    end
    local path = spline(pts, 4)
    local list = {}
    for i, p in ipairs(path) do
      local t = (i - 1) / (#path - 1)
      local rr = r * (0.55 + 0.45 * math.sin(math.min(1, t * 1.15) * math.pi) ^ 0.4)
      list[#list + 1] = sphere(rr):move(p[1], p[2], p[3])
    end
    local body = smooth(2, table.unpack(list))
    local shape = body:part("body")
    local rings, band = {}, {}
    for i = 3, #path - 2, 2 do
      local p = path[i]
      local q = path[i + 1]
      local dx, dz = q[1] - p[1], q[3] - p[3]
      local l = math.sqrt(dx * dx + dz * dz) + 1e-6
      local slab = box(0.9, r * 4, r * 4):roty(-math.deg(math.atan(dz, dx))):move(p[1], p[2], p[3])
      if i > #path * 0.62 and i < #path * 0.74 then band[#band + 1] = box(l * 2.2, r * 4, r * 4):roty(-math.deg(math.atan(dz, dx))):move(p[1], p[2], p[3])
      else rings[#rings + 1] = slab end
    end
    shape = shape + intersect(body:round(0.3), union(table.unpack(rings))):part("rings")
    if #band > 0 then shape = shape + intersect(body:round(0.5), union(table.unpack(band))):part("band") end
    local h = path[#path]
    k.attach("head", {h[1], h[2] + r, h[3]}, r * 2.5)
    return shape
  end,
}
