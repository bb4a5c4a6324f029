-- An eggplant (aubergine): a glossy deep purple club, swelling towards one
-- end, lying down, with a green star-shaped cap and stalk.
local F -- the food library, loaded when building

return {
  id = "eggplant",
  names = {"eggplant", "aubergine", "brinjal", "egg plant", "eggplant vegetable", "aubergene"},
  lvis = {"eggplant"},
  family = "food",
  size_mm = 70,
  description = "An eggplant",
  params = {len = {170, 200}, r = {34, 40}},
  parts = {
    {"skin", "glazed", color = "#3c1a4a", role = "primary", names = {"skin", "body", "eggplant"}},
    {"cap", "plant", color = "#5a8a3a", role = "secondary", names = {"cap", "calyx", "stem", "stalk", "top"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local len, r = k.p.len, k.p.r
    local pts = {{0, 0, 0}, {len * 0.35, 6, 0}, {len * 0.7, 18, 0}, {len, 34, 0}}
    local body = F.sweep(pts, function(t)
      local base = r * (1 - 0.45 * t) * math.sin(math.pi * 0.5 * math.min(1, (1 - t) * 4 + 0.05)) ^ 0.6
      return math.max(base * math.min(1, (t + 0.08) * 5), 3)
    end, 4, 8)
    local tipp = pts[4]
    local d = F.norm(F.sub(pts[4], pts[3]))
    local capc = F.sub(tipp, F.mul(d, 10))
    local sep = {}
    for i = 0, 4 do
      sep[#sep + 1] = F.leaf(36, 16, 3.5, 0.9):rotx(-100):roty(72 * i):aim(F.mul(d, -1), capc):move(0, 0, 0)
    end
    local cap = union(smooth(3, union(sep), sphere(r * 0.4):move(capc)),
                      limb(capc, F.add(tipp, F.mul(F.add(d, {0, 0.4, 0}), 30)), 5.5, 4.5))
    return union(body:part("skin"), cap:part("cap")):move(0, r, 0)
  end,
}
