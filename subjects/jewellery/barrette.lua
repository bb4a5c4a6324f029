-- A hair barrette: a long, gently arched metal bar with rounded ends lying
-- flat, a row of set rhinestones along its top, and the spring clasp bar
-- underneath; a bow barrette has a fabric bow on the bar instead.
local R = 105   -- radius of the arch along the bar

return {
  id = "barrette",
  names = {"barrette", "hair clip", "hair barrette", "hairclip", "hair slide", "rhinestone barrette", "hair clasp",
           "french barrette", "jewelled hair clip", "bejewelled hair clip", "hairslide"},
  lvis = {"barrette"},
  family = "jewellery",
  size_mm = 13,
  description = "A hair barrette with a row of rhinestones",
  params = {len = {74, 80}},
  parts = {
    {"clip", "gold", color = "#d9b45c", role = "primary", names = {"clip", "bar", "barrette", "clasp", "setting"}},
    {"gems", "gloss", color = "#eef4ff", role = "detail", names = {"gems", "rhinestones", "crystals", "jewels", "diamonds", "bow", "ribbon"}},
  },
  variants = {
    bow = {names = {"bow barrette", "hair bow", "hair bow clip", "bow hair clip", "ribbon barrette"}, colors = {gems = "#e0487a"}},
  },
  build = function(k)
    local L = k.p.len
    local Wd = L * 0.27
    local t = 1.3
    local cy = -R + 6                      -- arch centre: top of the bar at y = 6 + t
    local function top(x) return cy + math.sqrt(R * R - x * x) + t / 2 end
    -- plan: a long lozenge with rounded ends, wider in the middle
    local o = {}
    local n = 24
    for i = 0, n do
      local a = math.pi * 2 * i / n
      local x, z = math.cos(a), math.sin(a)
      o[#o + 1] = {L / 2 * x, Wd / 2 * z * (0.75 + 0.25 * (1 - x * x))}
    end
    local plan = extrude(o, 80, 0):rotx(90)
    local arch = cylinder(R + t / 2, 200):move(0, -100, 0):rotx(90) - cylinder(R - t / 2, 210):move(0, -105, 0):rotx(90)
    local bar = intersect(plan, arch:move(0, cy, 0)):round(0.4)
    -- the clasp underneath: a thin bar hinged at one end, caught at the other
    local cl = {}
    for i = 0, 8 do
      local x = -L * 0.42 + L * 0.84 * i / 8
      cl[#cl + 1] = {x, top(x) - t - 2.2, 0}
    end
    local clasp = polyline(cl, 1.1) + box(5, 3.4, Wd * 0.3, 1):move(-L * 0.42, top(-L * 0.42) - t - 1.4, 0)
      + box(4, 3.4, Wd * 0.28, 1):move(L * 0.42, top(L * 0.42) - t - 1.4, 0)
    local shape = (bar + clasp):part("clip")
    if k.variant == "bow" then
      -- a fabric bow: two loops, two tails and a knot in the middle
      local h = top(0)
      local loops = (ellipsoid(L * 0.2, 5, Wd * 0.75):rotz(-12):move(L * 0.2, h + 5, 0))
      loops = loops + loops:flip("x")
      local tails = (box(L * 0.14, 2.4, Wd * 0.45, 1):roty(40):move(L * 0.1, h + 2, Wd * 0.5))
      tails = tails + tails:flip("x")
      local knot = ellipsoid(L * 0.07, 6, Wd * 0.55):move(0, h + 5, 0)
      shape = shape + (loops + tails + knot):part("gems")
    else
      -- rhinestones in cup settings: a row of larger stones down the middle
      -- and a row of small ones along each edge
      local gems, cups = {}, {}
      local function stone(x, z, r)
        local y = top(x)
        local a = -math.deg(math.asin(x / R))
        cups[#cups + 1] = cylinder(r * 1.2, 2, 0.4):rotz(a):move(x, y - 0.8, z)
        gems[#gems + 1] = (cone(r * 0.25, r, r * 0.6) + cone(r, r * 0.55, r * 0.5):move(0, r * 0.6, 0)):rotz(a):move(x, y + 0.4, z)
      end
      local m = 9
      for i = 0, m - 1 do
        local f = (i - (m - 1) / 2) / ((m - 1) / 2)
        stone(f * L * 0.4, 0, Wd * (0.17 - 0.04 * f * f))
      end
      for i = 0, m - 2 do
        local f = (i + 0.5 - (m - 1) / 2) / ((m - 1) / 2)
        local hw = Wd / 2 * (0.75 + 0.25 * (1 - (f * 0.8) ^ 2)) - Wd * 0.13
        for _, sz in ipairs({-1, 1}) do stone(f * L * 0.36, sz * hw, Wd * 0.085) end
      end
      shape = shape + union(table.unpack(cups)):part("clip") + union(table.unpack(gems)):part("gems")
    end
    local b = shape:bounds()
    return shape:move(0, -b.min[2], 0):roty(28)
  end,
}
