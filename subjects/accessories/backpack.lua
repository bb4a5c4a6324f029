-- A backpack: a rounded pack with a front pocket, a top flap, a carry loop
-- and shoulder straps. Stands upright; on a figure it sits behind the back.
return {
  id = "backpack",
  names = {"backpack", "rucksack", "knapsack", "school bag", "schoolbag", "bookbag", "book bag", "daypack",
           "hiking backpack", "haversack", "packsack", "back pack"},
  lvis = {"backpack"},
  family = "accessories",
  size_mm = 450,
  description = "A backpack",
  params = {depth = {0.38, 0.46}},
  parts = {
    {"pack", "fabric", color = "#2c6ab0", role = "primary", names = {"pack", "bag", "body"}},
    {"pocket", "fabric", color = "#1e3a6a", role = "secondary", names = {"pocket", "flap", "front pocket"}},
    {"straps", "fabric", color = "#202024", role = "detail", names = {"straps", "strap", "zipper", "handle"}},
  },
  attach_to = {"back", "top"},
  build = function(k)
    local W, Hh = 300, 440
    local D = W * k.p.depth
    -- Straps side towards +X (the wearer's back), pocket side towards -X.
    local body = box(D, Hh, W, D * 0.45):move(0, Hh * 0.5, 0)
    body = smooth(20, body, ellipsoid(D * 0.5, Hh * 0.2, W * 0.48):move(0, Hh * 0.8, 0))
    local pocket = box(D * 0.4, Hh * 0.38, W * 0.7, 20):move(-D * 0.55, Hh * 0.27, 0)
    local flap = intersect(ellipsoid(D * 0.62, Hh * 0.3, W * 0.52):move(-2, Hh * 0.84, 0), box(D * 2, Hh * 0.5, W * 2):move(0, Hh * 0.95, 0))
    local shape = body:part("pack") + pocket:part("pocket") + flap:part("pocket")
    for _, s in ipairs({-1, 1}) do
      local strap = tube({{D * 0.4, Hh * 0.88, s * W * 0.28}, {D * 0.62, Hh * 0.6, s * W * 0.3}, {D * 0.6, Hh * 0.25, s * W * 0.32},
                          {D * 0.42, Hh * 0.1, s * W * 0.34}}, 10):stretch(1, 1, 1.8)
      shape = shape + strap:part("straps")
    end
    shape = shape + tube({{-D * 0.1, Hh * 0.99, -W * 0.1}, {-D * 0.05, Hh * 1.06, 0}, {-D * 0.1, Hh * 0.99, W * 0.1}}, 6):part("straps")
    shape = shape + box(4, 8, W * 0.5, 2):move(-D * 0.76, Hh * 0.44, 0):part("straps")
    return shape
  end,
}
