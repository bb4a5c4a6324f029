-- A table fork lying flat: four tines on a head that curves up from a
-- slender handle that widens at its end.
return {
  id = "fork",
  names = {"fork", "table fork", "dinner fork", "salad fork", "cake fork", "dessert fork", "fourchette"},
  lvis = {"fork"},
  family = "kitchen",
  size_mm = 20,
  description = "A four-tined table fork lying flat",
  params = {len = {180, 200}, tines = {3.5, 4.49}},
  parts = {
    {"metal", "silver", color = "#c8ccd2", role = "primary", names = {"metal", "fork", "tines", "handle"}},
  },
  points = {"top"},
  build = function(k)
    local len = k.p.len
    local n = math.floor(k.p.tines)
    local head_w = n == 4 and 24 or 20
    local tl = 38
    -- Head: a plate in XZ with tines along +X, tilted up at the tips.
    local head = box(24, 3.4, head_w, 1.2):move(-12, 0, 0)
    local tines = {}
    for i = 0, n - 1 do
      local z = -head_w / 2 + head_w * (i + 0.5) / n
      tines[#tines + 1] = limb({-2, 0, z}, {tl, 4, z}, 2.1, 1.6)
    end
    local headpart = smooth(2, head, union(tines))
    local hl = len - tl - 24
    local pts = {{-22, 0.5, 0}, {-24 - hl * 0.3, 4, 0}, {-24 - hl * 0.7, 8, 0}, {-24 - hl, 9, 0}}
    local handle = smooth(4, tube(pts, 2.4, 2.8), ellipsoid(20, 1.8, 8):move(-24 - hl + 14, 8.6, 0))
    local neck = smooth(6, box(10, 2, head_w * 0.5, 1):move(-26, 0.3, 0), handle)
    local shape = smooth(3, headpart, neck):move(0, 3, 0)
    k.attach("top", {0, 5, 0}, head_w)
    return shape:part("metal")
  end,
}
