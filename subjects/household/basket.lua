-- A basket: a woven round basket (rows of bumps in alternating courses,
-- vertical stakes) with a thick rim and an arched handle over the top.
local V = use("vessel")

return {
  id = "basket",
  names = {"basket", "wicker basket", "woven basket", "easter basket", "fruit basket",
           "handbasket", "shopping basket", "bread basket", "straw basket", "baskit", "basked"},
  lvis = {"basket", "hamper"},
  family = "household",
  size_mm = 280,
  hangs = true,
  attach_to = {"front", "hand", "top"},
  description = "A woven wicker basket with a handle",
  params = {top_r = {130, 150}, depth = {120, 150}, handle = {0, 1}},
  parts = {
    {"wicker", "wood", color = "#c8a064", role = "primary", names = {"wicker", "weave", "body", "straw"}},
    {"rim", "wood", color = "#a47a44", role = "secondary", names = {"rim", "handle", "band"}},
    {"cloth", "fabric", color = "#c83c3c", role = "detail", names = {"cloth", "napkin", "lining", "gingham"}},
  },
  variants = {
    laundry = {names = {"laundry basket", "clothes basket", "hamper", "laundry hamper"}, size_mm = 450},
    picnic = {names = {"picnic basket", "picnic hamper", "lidded basket"}, size_mm = 300},
  },
  points = {"inside", "top"},
  build = function(k)
    local R = k.p.top_r
    local h = k.p.depth
    local laundry = k.variant == "laundry"
    if k.variant == "picnic" then
      -- A rectangular woven box with a flat lid and two bail handles.
      local w, d, bh = 420, 280, 200
      local body = box(d, bh, w, 14):move(0, bh / 2, 0)
      local weave = {}
      for i = 0, 5 do
        local y = 18 + i * (bh - 30) / 5
        for j = 0, 13 do
          local z = -w / 2 + 20 + j * (w - 40) / 13 + (i % 2) * 14
          if z < w / 2 - 14 then
            weave[#weave + 1] = ellipsoid(8, 14, 12):move(d / 2, y, z)
            weave[#weave + 1] = ellipsoid(8, 14, 12):move(-d / 2, y, z)
          end
        end
        for j = 0, 8 do
          local x = -d / 2 + 20 + j * (d - 40) / 8 + (i % 2) * 14
          if x < d / 2 - 14 then
            weave[#weave + 1] = ellipsoid(12, 14, 8):move(x, y, w / 2)
            weave[#weave + 1] = ellipsoid(12, 14, 8):move(x, y, -w / 2)
          end
        end
      end
      local lid = box(d + 16, 24, w + 16, 8):move(0, bh + 10, 0)
      local rims = box(d + 10, 16, w + 10, 6):move(0, 8, 0)
      local handles = {}
      for _, s in ipairs({-1, 1}) do
        local pts = {}
        for i = 0, 10 do
          local a = math.pi * i / 10
          pts[#pts + 1] = {d * 0.42 * math.cos(a), bh + 22 + 110 * math.sin(a), s * w * 0.22}
        end
        handles[#handles + 1] = tube(pts, 9)
      end
      k.attach("inside", {0, 14, 0}, d * 0.8)
      k.attach("top", {0, bh + 22, 0}, d * 0.8)
      return smooth(3, body, union(weave)):part("wicker") + (lid + rims + union(handles)):part("rim")
    end
    if laundry then R, h = 200, 420 end
    local rb = R * 0.8
    local prof = {{rb - 4, 0}, {rb, 6}, {R, h}}
    local body = vessel(prof, 6, 10)
    -- Weave: courses of small bumps, offset every other row.
    local rows = laundry and 16 or 8
    local weave = {}
    for i = 0, rows - 1 do
      local y = 12 + (h - 26) * (i + 0.5) / rows
      local r = V.radius_at(prof, y)
      local n = math.floor(2 * math.pi * r / 26)
      local bump = ellipsoid(8, (h - 26) / rows * 0.5, 13):move(r - 3, y, 0)
      weave[#weave + 1] = radial(bump, n, (i % 2) * 180 / n)
    end
    local shape = smooth(2, body, union(weave)):part("wicker")
    local rim = torus(R, 7):move(0, h, 0) + torus(rb + 2, 6):move(0, 6, 0)
    if laundry then
      -- Hand holes as side grips.
      shape = subtract(shape, box(40, 30, 90, 12):move(R - 10, h - 45, 0):mirror("x"))
    elseif k.p.handle > 0.3 then
      local pts = {}
      for i = 0, 12 do
        local a = math.pi * i / 12
        pts[#pts + 1] = {0, h + R * 1.0 * math.sin(a), (R - 4) * math.cos(a)}
      end
      rim = rim + tube(pts, 8)
    end
    shape = shape + rim:part("rim")
    if not laundry and k.chance(0.4) then
      -- A cloth draped over one side.
      local cloth = intersect(sphere(R * 0.95):stretch(1, 0.35, 1):move(0, h - 6, 0), box(2 * R, 200, R):move(0, h, R * 0.5))
      shape = shape + cloth:noise(4, 40):part("cloth")
    end
    k.attach("inside", {0, h * 0.35, 0}, 2 * (V.radius_at(prof, h * 0.35) - 6))
    k.attach("top", {0, h, 0}, 2 * R * 0.9)
    return shape
  end,
}
