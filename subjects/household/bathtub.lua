-- A bathtub: a clawfoot tub — a deep white rounded basin with a rolled
-- rim, higher at one end, on four brass claw feet, with a tap.
return {
  id = "bathtub",
  names = {"bathtub", "bath tub", "bath", "tub", "clawfoot tub", "claw foot tub", "clawfoot bathtub", "bathing tub",
           "soaking tub", "bathtube"},
  lvis = {"bathtub"},
  family = "household",
  size_mm = 700,
  description = "A white clawfoot bathtub",
  params = {len = {1500, 1700}},
  parts = {
    {"tub", "glazed", color = "#f4f4f0", role = "primary", names = {"tub", "body", "basin", "enamel"}},
    {"feet", "brass", color = "#c8a050", role = "secondary", names = {"feet", "claws", "legs", "tap", "faucet", "taps"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local L = k.p.len
    local W = 760
    local H = 620
    local y0 = 120
    -- Outer basin: a loft of rounded sections along X, turned so its axis runs along X.
    local outer = smooth(80, ellipsoid(L * 0.5, H * 0.75, W * 0.5):move(0, y0 + H * 0.7, 0),
                         box(L * 0.82, H * 0.5, W * 0.72, 120):move(0, y0 + H * 0.45, 0))
    outer = intersect(outer, box(L + 100, H, W + 100):move(0, y0 + H / 2, 0))
    local inner = ellipsoid(L * 0.5 - 40, H * 0.75, W * 0.5 - 40):move(0, y0 + H * 0.7 + 40, 0)
    local tub = subtract(outer, inner)
    local rim = smooth(10, tub, subtract(intersect(outer:round(14), box(L + 100, 30, W + 100):move(0, y0 + H - 15, 0)), inner))
    local feet = {}
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        local p = {sx * L * 0.31, y0 + H * 0.3, sz * W * 0.27} -- up inside the basin, so the feet hold it
        feet[#feet + 1] = limb(p, {sx * L * 0.37, 20, sz * W * 0.34}, 30, 22) + sphere(34):move(sx * L * 0.37, 26, sz * W * 0.34)
      end
    end
    local tap = tube({{-L * 0.47, y0 + H - 10, 0}, {-L * 0.47, y0 + H + 90, 0}, {-L * 0.4, y0 + H + 120, 0}, {-L * 0.36, y0 + H + 80, 0}}, 14)
    tap = tap + cylinder(22, 30):move(-L * 0.47, y0 + H - 20, 60) + cylinder(22, 30):move(-L * 0.47, y0 + H - 20, -60)
    k.attach("inside", {0, y0 + 160, 0}, W * 0.6)
    k.attach("fill", {0, y0 + H * 0.7, 0}, W * 0.75)
    k.attach("top", {0, y0 + H, 0}, W * 0.7)
    return rim:part("tub") + (union(feet) + tap):part("feet")
  end,
}
