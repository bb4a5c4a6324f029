-- A sewing thimble standing on its open rim: a short, slightly tapered
-- cylinder with a rounded top, covered in staggered rows of small dimples
-- (and rings of them over the crown), above a plain band and a rolled rim.
return {
  id = "thimble",
  names = {"thimble", "sewing thimble", "thimbel", "metal thimble", "finger thimble"},
  lvis = {"thimble"},
  family = "household",
  size_mm = 26,
  description = "A dimpled metal sewing thimble with a rolled rim",
  params = {taper = {0.84, 0.9}, height = {25, 28}},
  parts = {
    {"body", "silver", color = "#c8ccd2", role = "primary", names = {"body", "cap", "dimples", "top", "crown"}},
    {"rim", "silver", color = "#b4b8c0", role = "secondary", names = {"rim", "band", "rolled rim", "edge"}},
  },
  points = {"top"},
  build = function(k)
    local H = k.p.height
    local R0 = 9.6                      -- radius at the open rim
    local R1 = R0 * k.p.taper           -- radius where the sides meet the dome
    local D = R1 * 0.75                 -- dome height
    local yS = H - D                    -- top of the straight sides
    local function rad(y)               -- outer radius at height y
      if y <= yS then return R0 + (R1 - R0) * y / yS end
      local t = (y - yS) / D
      return R1 * math.sqrt(math.max(0, 1 - t * t))
    end
    -- the outer shape as a lathe, the cavity as a smaller lathe open below
    local prof = {}
    for i = 0, 8 do local y = yS * i / 8; prof[#prof + 1] = {rad(y), y} end
    for i = 1, 10 do
      local a = math.pi / 2 * i / 10
      prof[#prof + 1] = {math.max(R1 * math.cos(a), 0.3), yS + D * math.sin(a)}
    end
    local outer = lathe(prof)
    local w = 1.3
    local inner = {}
    for i = 0, 8 do local y = yS * i / 8; inner[#inner + 1] = {rad(y) - w, y} end
    for i = 1, 10 do
      local a = math.pi / 2 * i / 10
      inner[#inner + 1] = {math.max((R1 - w) * math.cos(a), 0.3), yS + (D - w) * math.sin(a)}
    end
    inner[1] = {inner[1][1], -2}
    local body = subtract(outer, lathe(inner))
    -- dimples: staggered rings of small pits on the sides and over the crown
    local pits = {}
    local pr = 0.95
    local y0 = 6.2
    local rows = math.floor((yS - y0) / 1.95) + 1
    for j = 0, rows - 1 do
      local y = y0 + j * 1.95
      local r = rad(y)
      local n = math.floor(2 * math.pi * r / 2.3)
      pits[#pits + 1] = radial(sphere(pr):move(r + 0.35, y, 0), n, (j % 2) * 180 / n)
    end
    for j = 1, 4 do
      local a = math.pi / 2 * (1 - j / 5)          -- latitude over the dome
      local r = R1 * math.cos(a)
      local y = yS + D * math.sin(a)
      local n = math.floor(2 * math.pi * r / 2.3)
      local nx, ny = math.cos(a) / R1, math.sin(a) / D
      local l = math.sqrt(nx * nx + ny * ny)
      pits[#pits + 1] = radial(sphere(pr):move(r + 0.35 * nx / l, y + 0.35 * ny / l, 0), n, j * 11)
    end
    pits[#pits + 1] = sphere(pr):move(0, H + 0.3, 0)
    body = subtract(body, union(pits))
    -- the plain band: a shallow groove above it and a rolled bead at the rim
    body = subtract(body, torus(rad(4.8) + 0.45, 0.5):move(0, 4.8, 0))
    local rim = subtract(torus(R0 - 0.2, 1.1):move(0, 1.0, 0), cylinder(R0 - 1.3, 4):move(0, -1, 0))
    rim = rim + subtract(cylinder(rad(0) + 0.25, 3.2), cylinder(R0 - 1.2, 5):move(0, -1, 0))
    k.attach("top", {0, H, 0}, R1 * 1.4)
    return union(body:part("body"), rim:part("rim"))
  end,
}
