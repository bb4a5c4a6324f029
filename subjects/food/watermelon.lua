-- A watermelon slice: a half-moon of red flesh with black seeds, a pale rind
-- and a green skin; the whole melon is a big striped green oval.
local F -- the food library, loaded when building

return {
  id = "watermelon",
  names = {"watermelon", "watermelon slice", "slice of watermelon", "water melon", "melon slice", "watermellon"},
  lvis = {"watermelon", "melon", "cantaloup"},
  family = "food",
  size_mm = 110,
  description = "A slice of watermelon",
  params = {r = {105, 120}},
  parts = {
    {"flesh", "food", color = "#ec3c4a", role = "primary", names = {"flesh", "inside"}},
    {"skin", "food", color = "#2f7a32", role = "secondary", names = {"skin", "rind", "peel", "stripes"}},
    {"rind", "food", color = "#e6f0c8", role = "detail", names = {"white rind", "pith"}},
    {"seeds", "food", color = "#1a1414", role = "detail", names = {"seeds", "pips"}},
    {"stripes", "food", color = "#a6d070", role = "detail", names = {"light stripes"}},
  },
  variants = {
    whole = {names = {"whole watermelon", "melon"}, size_mm = 220},
    half = {names = {"half watermelon", "watermelon half", "halved watermelon", "half a watermelon"}, size_mm = 130},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local r = k.p.r
    if k.variant == "whole" then
      local body = ellipsoid(r * 1.25, r, r):move(0, r, 0)
      local stripes = {}
      for i = 0, 9 do
        local s = box(r * 3, r * 3, 9):noise(4, 30, 2):rotx(180 * i / 10 + 9):move(0, r, 0)
        stripes[#stripes + 1] = s
      end
      local st = intersect(ellipsoid(r * 1.25 + 0.6, r + 0.6, r + 0.6):move(0, r, 0), union(stripes))
      return union(body:part("skin"), st:part("stripes"))
    end
    if k.variant == "half" then
      -- Cut along its length, lying cut face up: red flesh ringed by the
      -- pale rind and the striped green skin, black seeds in the flesh.
      local cut = box(r * 4, r * 2, r * 4):move(0, -r, 0)
      local function dome(e) return intersect(ellipsoid(r * 1.25 - e, r - e, r - e), cut) end
      local skin = dome(0)
      local rind = dome(4):move(0, 1, 0)
      local flesh = dome(11):move(0, 2, 0)
      local stripes = {}
      for i = 0, 9 do
        stripes[#stripes + 1] = box(r * 3, r * 3, 9):noise(4, 30, 2):rotx(180 * i / 10 + 9)
      end
      -- Only in the skin, not through the flesh on the cut face.
      local shell = subtract(ellipsoid(r * 1.25 + 0.6, r + 0.6, r + 0.6), ellipsoid(r * 1.25 - 3, r - 3, r - 3))
      local st = intersect(intersect(shell, union(stripes)), cut)
      local seeds = {}
      for i = 1, 16 do
        local a = k.rand(0, 2 * math.pi)
        local d = k.rand(0.25, 0.75)
        seeds[#seeds + 1] = ellipsoid(4.2, 1.6, 2.6):roty(math.deg(a)):move(math.cos(a) * d * (r * 1.25 - 11), 2.2,
                                                                             math.sin(a) * d * (r - 11))
      end
      local shape = union(skin:part("skin"), st:part("stripes"), rind:part("rind"), flesh:part("flesh"),
                          union(seeds):part("seeds"))
      -- The dome is the bottom half; the cut faces up.
      return shape:move(0, r, 0)
    end
    local T = 26
    local function half(rr, th)
      return intersect(cylinder(rr, th):rotx(90):move(0, 0, -th / 2), box(rr * 2.2, rr, th + 2):move(0, -rr / 2, 0))
    end
    local skin = half(r, T)
    local rind = half(r - 4, T + 1)
    local flesh = half(r - 11, T + 2)
    local seeds = {}
    for i = 0, 11 do
      local row = i < 6 and 0 or 1
      local a = math.rad(-160 + 140 * ((i % 6) + 0.5 + row * 0.5) / 6.5)
      local rr = (r - 11) * (row == 0 and 0.72 or 0.45)
      for _, z in ipairs({-1, 1}) do
        seeds[#seeds + 1] = ellipsoid(2.6, 4.2, 1.2):rotz(math.deg(a) - 90):move(math.cos(a) * rr, math.sin(a) * rr, z * (T / 2 + 1))
      end
    end
    local shape = union(skin:part("skin"), rind:part("rind"), flesh:part("flesh"), union(seeds):part("seeds"))
    return shape:move(0, r, 0)
  end,
}
