-- Bread: a loaf with a domed golden crust and diagonal slashes; a baguette
-- is long and thin; a round boule has a cross cut.
local F -- the food library, loaded when building

return {
  id = "bread",
  names = {"bread", "loaf", "loaf of bread", "bread loaf", "brioche", "breadloaf", "bred"},
  lvis = {"bread", "french_toast"},
  family = "food",
  size_mm = 110,
  description = "A loaf of bread",
  params = {len = {220, 250}},
  parts = {
    {"crust", "food", color = "#c8843a", role = "primary", names = {"crust", "bread", "loaf"}},
    {"crumb", "food", color = "#f0d8a0", role = "secondary", names = {"crumb", "slashes", "cuts", "inside"}},
  },
  variants = {
    baguette = {names = {"baguette", "french bread", "french loaf", "french stick"}, size_mm = 60, colors = {crust = "#d09040"}},
    boule = {names = {"boule", "sourdough", "round loaf", "round bread", "bread roll", "roll"}, size_mm = 100},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local v = k.variant
    local len = k.p.len
    local body, slashes
    if v == "baguette" then
      len = len * 2.4
      body = F.sweep({{-len / 2, 0, 0}, {0, 6, 0}, {len / 2, 0, 0}}, function(t)
        return 30 * math.sin(math.pi * math.min(1, 0.06 + t * 0.88)) ^ 0.3
      end, 4, 6):stretch(1, 0.85, 1):move(0, 26, 0)
      local s = {}
      for i = 0, 5 do
        local x = -len * 0.38 + len * 0.76 * i / 5
        s[#s + 1] = ellipsoid(38, 4, 7):roty(35):move(x, 53, 0)
      end
      slashes = union(s)
    elseif v == "boule" then
      body = ellipsoid(90, 60, 90):move(0, 12, 0)
      body = intersect(body, box(400, 200, 400):move(0, 100, 0))
      local slabs = union(box(200, 200, 12), box(12, 200, 200)):move(0, 100 + 48, 0)
      slashes = subtract(slabs, ellipsoid(84, 54, 84):move(0, 12, 0))
    else
      local w = 110
      body = smooth(12, box(len, 50, w, 16):move(0, 25, 0), ellipsoid(len * 0.5, 50, w * 0.52):move(0, 42, 0))
      body = intersect(body, box(400, 200, 400):move(0, 100, 0))
      local s = {}
      for i = 0, 3 do
        s[#s + 1] = ellipsoid(10, 5, 50):roty(25):move(-len * 0.3 + len * 0.2 * i, 92, 0)
      end
      slashes = union(s)
    end
    local cut = subtract(body, slashes)
    return union(cut:part("crust"), subtract(intersect(body, slashes), slashes:move(0, 2.5, 0)):part("crumb"))
  end,
}
