-- A layer cake: round sponge tiers with cream between, smooth icing with a
-- piped border and drips, strawberries on top; a birthday cake has candles
-- with flames; a wedding cake is three white tiers.
local F -- the food library, loaded when building

-- The wedge between two vertical planes through the axis, `half` degrees
-- either side of the direction `az` (F.dir's convention), grown by `grow` mm.
local function wedge(az, half, grow)
  local big = 600
  local a = box(big, big, big):move(0, 0, big / 2 - grow):roty(az + half)
  local b = box(big, big, big):move(0, 0, -big / 2 + grow):roty(az - half)
  return intersect(a, b, box(big, big, big):move(big / 2 - grow, 0, 0):roty(az))
end

local function shortcake(k, r, h)
  local slice = k.variant == "shortcake_slice"
  -- the cut faces the usual three-quarter view: the cake's gap, or one cut
  -- side of the slice
  local az, half = 320, 30
  if slice then az, half = 210, 25 end
  local lh, ch = h * 0.25, h * 0.105
  local y = 6
  local sp, cr, bs = {}, {}, {}
  local slab = {9.5, 4.6, 9}
  for i = 1, 3 do
    sp[#sp + 1] = cylinder(r, lh + 0.6):move(0, y - 0.3, 0)
    y = y + lh
    if i < 3 then
      cr[#cr + 1] = cylinder(r, ch + 0.6):move(0, y - 0.3, 0)
      -- strawberry halves lying in the cream: two rings and a centre one
      local cy = y + ch * 0.5
      for ring, n in ipairs({6, 11}) do
        local rr = r * (ring == 1 and 0.38 or 0.74)
        for j = 0, n - 1 do
          local a = 360 * j / n + i * 11 + ring * 7
          local p = F.add(F.mul(F.dir(a, 0), rr), {0, cy, 0})
          bs[#bs + 1] = ellipsoid(slab[1] * 1.25, ch * 0.42, slab[3]):roty(a):move(p)
        end
      end
      bs[#bs + 1] = ellipsoid(slab[1] * 1.25, ch * 0.42, slab[3]):move(0, cy, 0)
      y = y + ch
    end
  end
  local top = y
  -- the whipped-cream coat: sides and a top layer, hollow where the layers sit
  local coat = cylinder(r + 4, top - 6 + 5, 3):move(0, 6, 0) - cylinder(r, top - 6):move(0, 6, 0)
  local top_y = top + 5
  local border = radial(sphere(4.5):move(r - 1, top_y, 0), 28)
  local foot = radial(sphere(4):move(r + 3.5, 9, 0), 30)
  local rosettes, berries, hulls = {}, {}, {}
  local berry = lathe({{7, 0}, {11, 4}, {11.5, 9}, {9, 16}, {5, 22}, {1, 26}})
  local hull = radial(leaf(10, 5, 1.6, 1):rotz(-80), 6)
  local n = 8
  for i = 0, n - 1 do
    local a = 360 * i / n + az + 360 / n / 2
    local off = math.abs(((a - az + 180) % 360) - 180)
    if not slice and off > half + 8 then
      local p = F.add(F.mul(F.dir(a, 0), r * 0.7), {0, top_y - 1, 0})
      rosettes[#rosettes + 1] = lathe({{11, 0}, {12.5, 3}, {10, 8}, {5, 12}, {0.5, 14}}):noise(0.8, 5):move(p)
      local q = F.add(p, {0, 7, 0})
      local tilt = k.rand(-10, 10)
      berries[#berries + 1] = berry:rotz(tilt):move(q)
      hulls[#hulls + 1] = hull:move(0, 1, 0):rotz(tilt):move(q)
    end
  end
  if slice then
    local p = F.add(F.mul(F.dir(az, 0), r * 0.68), {0, top_y - 1, 0})
    rosettes[#rosettes + 1] = lathe({{11, 0}, {12.5, 3}, {10, 8}, {5, 12}, {0.5, 14}}):noise(0.8, 5):move(p)
    berries[#berries + 1] = berry:scale(1.1):move(F.add(p, {0, 7, 0}))
    hulls[#hulls + 1] = hull:scale(1.1):move(F.add(p, {0, 8, 0}))
  else
    berries[#berries + 1] = berry:scale(1.15):move(0, top_y - 1, 0)
    hulls[#hulls + 1] = hull:scale(1.15):move(0, top_y, 0)
  end
  local cream = smooth(2, coat, border, foot, union(rosettes))
  local inner = union(union(sp):part("sponge"), union(cr):part("icing"))
  local fill = union(bs):part("berries")
  local topping = union(union(berries):part("berries"), union(hulls):part("hulls"))
  if slice then
    local w = wedge(az, half, 0)
    -- the strawberry halves stand a hair proud of the cut so they show red
    local cake = union(intersect(union(sp), w):part("sponge"), intersect(union(union(cr), cream), w):part("icing"),
                       intersect(union(bs), wedge(az, half, 0.6)):part("berries"), topping)
    -- lay the wedge's point at the middle of a small round plate
    local plate = cylinder(r * 0.62, 6, 2):move(F.mul(F.dir(az, 0), r * 0.5))
    return union(cake, plate:part("plate"))
  end
  local cut = wedge(az, half, 0)
  local cake = union(subtract(union(inner, cream:part("icing")), cut), subtract(fill, wedge(az, half, -0.6)), topping)
  return union(cake, cylinder(r * 1.2, 6, 2):part("plate"))
end

return {
  id = "cake",
  names = {"cake", "layer cake", "sponge cake", "cream cake", "gateau", "strawberry cake", "caek"},
  lvis = {"birthday_cake", "wedding_cake", "chocolate_cake"},
  family = "food",
  size_mm = 110,
  description = "A round layer cake",
  params = {r = {90, 100}, h = {80, 95}},
  parts = {
    {"icing", "food", color = "#f6d8e4", role = "primary", names = {"icing", "frosting", "cream", "glaze"}},
    {"sponge", "food", color = "#e8c080", role = "secondary", names = {"sponge", "cake", "layers"}},
    {"berries", "food", color = "#d41c2a", role = "detail", names = {"strawberries", "berries", "cherries", "fruit", "toppings"}},
    {"candles", "wax", color = "#6ab4f0", role = "detail", names = {"candles", "candle"}},
    {"hulls", "plant", color = "#3f8a2a", role = "detail", names = {"hulls", "leaves", "stalks"}},
    {"flames", "wax", color = "#ffb020", role = "fixed"},
    {"plate", "ceramic", color = "#f4f4f2", role = "detail", names = {"plate", "stand", "board"}},
  },
  variants = {
    birthday = {names = {"birthday cake"}},
    wedding = {names = {"wedding cake", "tiered cake"}, size_mm = 300, colors = {icing = "#fbf8f0"}},
    -- Strawberry shortcake: white whipped cream over pale sponge, a wedge cut
    -- out to show the cream-and-strawberry layers, whole strawberries on top.
    shortcake = {names = {"strawberry shortcake", "shortcake", "japanese strawberry cake", "strawberry cream cake",
                          "japanese shortcake", "strawberry short cake"},
                 colors = {icing = "#fbf9f3", sponge = "#f3dc9c"}},
    -- One wedge of it, standing on a small plate.
    shortcake_slice = {names = {"slice of strawberry shortcake", "strawberry shortcake slice", "slice of shortcake",
                                "shortcake slice", "piece of strawberry shortcake", "piece of shortcake"},
                       colors = {icing = "#fbf9f3", sponge = "#f3dc9c"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local r, h = k.p.r, k.p.h
    local plate = cylinder(r * 1.2, 6, 2)
    if k.variant == "wedding" then
      local tiers, trims = {}, {}
      local y = 6
      for i = 0, 2 do
        local rr = r * (1 - 0.28 * i)
        local hh = h * 0.95
        tiers[#tiers + 1] = cylinder(rr, hh, 5):move(0, y, 0)
        trims[#trims + 1] = radial(sphere(6):move(rr, y + 4, 0), math.floor(rr / 5.5))
        y = y + hh
      end
      local top = {}
      for i = 0, 4 do top[#top + 1] = sphere(9):move(F.mul(F.dir(72 * i, 0), 12)):move(0, y + 5, 0) end
      return union(smooth(2, union(tiers), union(trims)):part("icing"), union(top):part("berries"), plate:part("plate"))
    end
    if k.variant == "shortcake" or k.variant == "shortcake_slice" then return shortcake(k, r, h) end
    local layers = {}
    local lh = h * 0.36
    local sponge = union(cylinder(r - 1, lh):move(0, 6, 0), cylinder(r - 1, lh):move(0, 6 + lh + 7, 0))
    local filling = cylinder(r - 3, 8):move(0, 6 + lh - 0.5, 0)
    local top_y = 6 + 2 * lh + 7
    local icing_top = cylinder(r + 1, 10, 4):move(0, top_y - 4, 0)
    local drips = {}
    for i = 0, 17 do
      local a = 360 * i / 18 + k.rand(-4, 4)
      local d = F.dir(a, 0)
      local L = k.rand(10, 28)
      drips[#drips + 1] = capsule(F.add(F.mul(d, r + 0.6), {0, top_y, 0}), F.add(F.mul(d, r + 0.6), {0, top_y - L, 0}), 5)
    end
    local border = radial(sphere(6.5):move(r - 6, top_y + 6, 0), 22)
    local icing = smooth(2, icing_top, union(drips), border, filling)
    local shape = union(sponge:part("sponge"), icing:part("icing"), plate:part("plate"))
    if k.variant == "birthday" or k.asked.candles or k.asked.flames then
      local cs, fl = {}, {}
      local n = k.int(5, 7)
      -- "with three candles": as many as the prompt says (one in the middle)
      if k.counts and k.counts.candles then n = math.max(1, math.min(k.counts.candles, 24)) end
      for i = 0, n - 1 do
        local p = F.add(F.mul(F.dir(360 * i / n, 0), n == 1 and 0 or r * 0.55), {0, top_y + 5, 0})
        cs[#cs + 1] = cylinder(6, 40, 1):move(p)
        fl[#fl + 1] = lathe({{1.5, 0}, {5.5, 8}, {4.5, 14}, {0.5, 24}}):move(p[1], p[2] + 36, p[3])
      end
      shape = shape + union(cs):part("candles") + union(fl):part("flames")
    else
      -- Strawberries stand tip up on green hulls: the cone and the green
      -- star are what tell them from cherries.
      local bs, hs = {}, {}
      local berry = lathe({{7, 0}, {11, 4}, {11.5, 9}, {9, 16}, {5, 22}, {1, 26}})
      local hull = radial(leaf(10, 5, 1.6, 1):rotz(-80), 6)
      for i = 0, 6 do
        local p = F.add(F.mul(F.dir(360 * i / 7 + 10, 0), r * 0.55), {0, top_y + 3, 0})
        local tilt = k.rand(-12, 12)
        bs[#bs + 1] = berry:rotz(tilt):move(p)
        hs[#hs + 1] = hull:move(0, 1, 0):rotz(tilt):move(p)
      end
      bs[#bs + 1] = berry:scale(1.15):move(0, top_y + 3, 0)
      hs[#hs + 1] = hull:scale(1.15):move(0, top_y + 4, 0)
      shape = shape + union(bs):part("berries") + union(hs):part("hulls")
    end
    return shape
  end,
}
