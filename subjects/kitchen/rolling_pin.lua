-- A rolling pin: a long smooth wooden roller with a turned handle at each
-- end, lying on the counter.
return {
  id = "rolling_pin",
  names = {"rolling pin", "rollingpin", "dough roller", "pastry roller", "roling pin"},
  lvis = {"rolling_pin"},
  family = "kitchen",
  size_mm = 60,
  description = "A wooden rolling pin with handles",
  params = {len = {250, 300}, r = {26, 32}},
  parts = {
    {"roller", "wood", color = "#d8b080", role = "primary", names = {"roller", "wood", "barrel", "body"}},
    {"handles", "wood", color = "#b88a58", role = "secondary", names = {"handles", "handle", "grips"}},
  },
  points = {"top"},
  build = function(k)
    local L, r = k.p.len, k.p.r
    local roller = cylinder(r, L, 4):move(0, -L / 2, 0):rotz(90)
    local handle = lathe({{6, 0}, {9, 8}, {13, 30}, {15, 70}, {12, 95}, {14, 100}, {8, 106}})
    local hs = handle:rotz(-90):move(L / 2, 0, 0) + handle:rotz(90):move(-L / 2, 0, 0)
    local shape = roller:part("roller") + hs:part("handles")
    shape = shape:move(0, r, 0)
    k.attach("top", {0, 2 * r, 0}, r * 2)
    return shape
  end,
}
