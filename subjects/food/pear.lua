-- A pear: a wide round bottom narrowing to a tapered neck, with a stem.
local F -- the food library, loaded when building

return {
  id = "pear",
  names = {"pear", "green pear", "bartlett pear", "pair fruit", "peer fruit"},
  lvis = {"pear"},
  family = "food",
  size_mm = 100,
  description = "A pear",
  params = {r = {34, 38}, neck = {0.42, 0.5}},
  parts = {
    {"skin", "food", color = "#b8c840", role = "primary", names = {"skin", "pear", "peel"}},
    {"stem", "wood", color = "#5a3c22", role = "detail", names = {"stem", "stalk"}},
    {"leaf", "plant", color = "#4a9a34", role = "secondary", names = {"leaf", "leaves"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local r = k.p.r
    local nk = k.p.neck
    local prof = F.profile(function(t)
      local base = r * math.sqrt(math.max(0, 1 - ((t - 0.3) / 0.32) ^ 2))
      if t < 0.3 then base = r * math.sqrt(math.max(0, 1 - ((t - 0.3) / 0.3) ^ 2)) end
      local neck = r * nk * (1 - ((t - 0.62) / 0.4) ^ 2)
      if t > 0.62 then neck = r * nk * math.sqrt(math.max(0, 1 - ((t - 0.62) / 0.38) ^ 2)) end
      return math.max(base, neck, 0.6)
    end, 100, 20)
    prof[1] = {4, 1}
    local body = lathe(prof)
    body = smooth(10, body, ellipsoid(r * nk * 1.02, 24, r * nk * 1.02):move(0, 74, 0))
    local stem = F.stem({0, 96, 0}, 20, 2, 0.4)
    local shape = union(body:rotz(k.rand(-6, 6)):part("skin"), stem:part("stem"))
    if k.chance(0.5) then shape = shape + F.leaf_at({2, 101, 0}, 30, 14, 1.4, k.rand(0, 360), 25, 0.8):part("leaf") end
    return shape
  end,
}
