-- A watering can: a round-shouldered body, a long straight spout rising
-- forward from the base to a rose (sprinkler head), a filling hole on top
-- and a loop handle over the back.
local V = use("vessel")

return {
  id = "watering_can",
  names = {"watering can", "watering pot", "garden watering can", "sprinkling can", "water can", "watering jug",
           "watterring can", "wattering can"},
  lvis = {"watering_can"},
  family = "household",
  size_mm = 300,
  description = "A watering can with a long spout and a rose",
  params = {radius = {95, 110}, height = {200, 230}, spout = {0.95, 1.1}},
  parts = {
    {"body", "steel", color = "#5a9a5a", role = "primary", names = {"body", "can"}},
    {"rose", "brass", color = "#c8a050", role = "secondary", names = {"rose", "sprinkler", "nozzle", "head", "spout tip"}},
    {"handle", "steel", color = "#5a9a5a", role = "detail", names = {"handle", "grip"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local r, h = k.p.radius, k.p.height
    local prof = V.keyed({{0, r - 4}, {0.03, r}, {0.7, r}, {0.92, r * 0.55}, {1, r * 0.4}}, h, 20)
    local body = lathe(prof)
    local hole = cylinder(r * 0.35, 26):move(r * -0.1, h - 8, 0)
    body = subtract(body + hole, cylinder(r * 0.3, 40):move(r * -0.1, h - 2, 0))
    local sl = k.p.spout
    local tip = {r + 190 * sl, h + 60 * sl, 0}
    local spout = limb({r * 0.5, h * 0.15, 0}, tip, 17, 9)
    local dir = V.S.norm(V.S.sub(tip, {r * 0.5, h * 0.15, 0}))
    local rose = lathe({{8, 0}, {16, 10}, {30, 26}, {30, 32}}):aim(dir, tip)
    local handle = tube({{-r * 0.55, h * 0.95, 0}, {-r * 0.95, h * 1.3, 0}, {-r * 1.35, h * 1.05, 0}, {-r * 1.2, h * 0.5, 0}, {-r * 0.95, h * 0.3, 0}}, 10)
    local shape = smooth(10 * k.soft, body, spout):part("body") + rose:part("rose") + handle:part("handle")
    k.attach("inside", {0, 6, 0}, 2 * (r - 3))
    k.attach("fill", {0, h * 0.6, 0}, 2 * (r - 3))
    k.attach("top", {0, h + 20, 0}, r)
    return shape
  end,
}
