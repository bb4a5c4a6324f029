-- A baby stroller (pram): a deep rounded bassinet with a folding hood, on a
-- frame with four wheels and a push handle.
local V = use and use("vehicle")

return {
  id = "stroller",
  names = {"stroller", "baby stroller", "pram", "baby carriage", "baby buggy", "pushchair", "perambulator", "buggy", "pushchair pram"},
  lvis = {"baby_buggy"},
  family = "vehicles",
  size_mm = 1050,
  description = "A baby pram with a hood and four wheels",
  params = {len = {300, 330}},
  parts = {
    {"body", "fabric", color = "#3a5a8a", role = "primary", names = {"body", "bassinet", "basket", "fabric"}},
    {"hood", "fabric", color = "#2a3a5a", role = "secondary", names = {"hood", "canopy"}},
    {"frame", "steel", color = "#c8cacf", role = "detail", names = {"frame", "handle", "chrome"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheels", "wheel", "tires", "tyres"}},
    {"hubs", "steel", color = "#c8cacf", role = "detail", names = {"hubs", "spokes"}},
  },
  points = {"inside", "top"},
  build = function(k)
    local L = k.p.len
    local W = 160
    local by = 190
    local tub = ellipsoid(L * 0.5, 70, W / 2)
    tub = intersect(tub, box(2000, 70, 2000):move(0, -35 + 20, 0))
    local inner = ellipsoid(L * 0.5 - 8, 62, W / 2 - 8)
    local basket = (tub - inner):move(0, by, 0)
    -- hood: a quarter dome over the back half
    local hood = intersect(sphere(W / 2 + 4) - sphere(W / 2 - 4), box(W, W, W + 20):move(-W / 2, W / 2, 0)):stretch(1.2, 1.1, 1)
    hood = hood:move(-L * 0.12, by + 14, 0)
    local r = 32
    local frame = {}
    local wx = {L * 0.38, -L * 0.38}
    for _, sz in ipairs({-1, 1}) do
      local z = sz * (W / 2 - 6)
      frame[#frame + 1] = capsule({wx[1], r, z}, {0, by - 50, z}, 5)
      frame[#frame + 1] = capsule({wx[2], r, z}, {0, by - 50, z}, 5)
      frame[#frame + 1] = capsule({0, by - 50, z}, {0, by - 40, z * 0.5}, 5)
      frame[#frame + 1] = capsule({-L * 0.42, by - 10, z * 0.5}, {-L * 0.75, by + 150, z}, 5)
    end
    frame[#frame + 1] = capsule({-L * 0.75, by + 150, -W / 2 + 6}, {-L * 0.75, by + 150, W / 2 - 6}, 6)
    frame[#frame + 1] = capsule({0, by - 45, -W / 2}, {0, by - 45, W / 2}, 5)
    for _, x in ipairs(wx) do frame[#frame + 1] = capsule({x, r, -W / 2 - 6}, {x, r, W / 2 + 6}, 5) end
    local shape = basket:part("body") + hood:part("hood") + union(frame):part("frame")
    for _, x in ipairs(wx) do
      for _, sz in ipairs({-1, 1}) do
        shape = shape + V.wheel({x, r, sz * (W / 2 + 4)}, r, 10, sz, {spokes = 8})
      end
    end
    k.attach("inside", {0, by - 20, 0}, W * 0.6)
    k.attach("top", {L * 0.1, by + 20, 0}, W * 0.6)
    return shape
  end,
}
