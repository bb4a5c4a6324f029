-- A kiwi fruit: a fuzzy brown oval with one half cut open beside it showing
-- bright green flesh, a pale core and a ring of tiny black seeds.
return {
  id = "kiwi",
  names = {"kiwi", "kiwi fruit", "kiwifruit", "chinese gooseberry", "kiwi half", "kiwii"},
  lvis = {"kiwi_fruit"},
  family = "food",
  size_mm = 50,
  description = "A kiwi fruit cut in half",
  params = {},
  parts = {
    {"flesh", "food", color = "#8ac83a", role = "primary", names = {"flesh", "inside"}},
    {"skin", "fur", color = "#8a6a3a", role = "secondary", names = {"skin", "peel"}},
    {"core", "food", color = "#f0f0d0", role = "detail", names = {"core", "centre"}},
    {"seeds", "food", color = "#1a1410", role = "fixed"},
  },
  build = function(k)
    local a, b = 38, 30
    local whole = ellipsoid(a * 1.25, b, b):noise(0.6, 4, 1)
    -- a half standing on its skin with the cut face up and towards the viewer
    local half = intersect(ellipsoid(b, a * 1.25, b), box(200, 200, 200):move(0, -100, 0))
    local skin = subtract(half, box(200, 3, 200):move(0, -1.5, 0))
    local flesh = intersect(ellipsoid(b - 3, a * 1.25, b - 3), box(200, 3, 200):move(0, -1.5, 0))
    local core = intersect(ellipsoid(b * 0.28, 6, b * 0.28), box(200, 4, 200):move(0, -1, 0))
    local seeds = {}
    for i = 0, 23 do
      local ang = 2 * math.pi * i / 24
      local r = b * (0.42 + 0.08 * (i % 2))
      seeds[#seeds + 1] = ellipsoid(1.8, 1.6, 3.2):roty(-math.deg(ang)):move(math.cos(ang) * r, 0.3, math.sin(ang) * r)
    end
    local cut = union(skin:part("skin"), flesh:part("flesh"), core:part("core"), union(seeds):part("seeds"))
    cut = cut:rotx(180):rotx(-55):move(b * 1.1, b * 1.0, b * 0.6)
    return union(whole:move(-a * 0.8, b, -b * 0.5):part("skin"), cut)
  end,
}
