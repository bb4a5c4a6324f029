-- Citrus: an orange is a dimpled ball with a tiny green calyx; a lemon or lime
-- an oval with a nub at each end, lying on its side.
local F -- the food library, loaded when building

return {
  id = "orange",
  names = {"orange", "orange fruit", "citrus", "oragne"},
  lvis = {"orange_(fruit)", "mandarin_orange", "lemon", "lime", "grapefruit"},
  family = "food",
  size_mm = 75,
  description = "An orange",
  params = {r = {36, 40}},
  parts = {
    {"peel", "food", color = "#f08c14", role = "primary", names = {"peel", "skin", "rind"}},
    {"calyx", "plant", color = "#5a7a28", role = "detail", names = {"calyx", "stem", "stalk"}},
    {"leaf", "plant", color = "#3e8a30", role = "secondary", names = {"leaf", "leaves"}},
  },
  variants = {
    tangerine = {names = {"tangerine", "mandarin", "clementine", "satsuma"}, size_mm = 55, colors = {peel = "#f47a10"}},
    lemon = {names = {"lemon", "yellow lemon"}, size_mm = 58, colors = {peel = "#f4d424"}},
    lime = {names = {"lime", "green lime"}, size_mm = 48, colors = {peel = "#6cb43a"}},
    grapefruit = {names = {"grapefruit", "pink grapefruit"}, size_mm = 100, colors = {peel = "#f4a040"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local r = k.p.r
    local v = k.variant
    if v == "lemon" or v == "lime" then
      local body = ellipsoid(r * 1.25, r * 0.88, r * 0.88)
      local nubs = limb({r * 1.1, 0, 0}, {r * 1.42, 0, 0}, r * 0.4, r * 0.12) + limb({-r * 1.1, 0, 0}, {-r * 1.38, 0, 0}, r * 0.4, r * 0.14)
      local lem = smooth(6, body, nubs):noise(0.5, 4, 1)
      local calyx = sphere(r * 0.12):move(-r * 1.36, 0, 0)
      return union(lem:part("peel"), calyx:part("calyx")):move(0, r * 0.88, 0):roty(k.rand(-30, 30))
    end
    local squash = v == "tangerine" and 0.8 or 0.93
    local body = ellipsoid(r, r * squash, r):noise(0.55, 3.5, 1):move(0, r * squash, 0)
    local top = {0, 2 * r * squash, 0}
    local calyx = star(5, r * 0.2, r * 0.1, 2):rotx(-90):move(top[1], top[2], top[3]) + cylinder(1.6, 5):move(top[1], top[2] - 1, top[3])
    local shape = union(body:part("peel"), calyx:part("calyx"))
    if k.chance(0.4) then shape = shape + F.leaf_at(F.add(top, {0, 1, 0}), r * 1.1, r * 0.5, 3, k.rand(0, 360), 15, 0.8):part("leaf") end
    return shape
  end,
}
