-- A layer cake: round sponge tiers with cream between, smooth icing with a
-- piped border and drips, strawberries on top; a birthday cake has candles
-- with flames; a wedding cake is three white tiers.
local F -- the food library, loaded when building

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
