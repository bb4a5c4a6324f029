-- A sink: a white bathroom washbasin on a pedestal with a chrome mixer tap
-- (or a steel kitchen sink set in a counter cabinet). Front faces +X.
return {
  id = "sink",
  names = {"sink", "washbasin", "wash basin", "bathroom sink", "basin", "pedestal sink", "hand basin", "washstand",
           "lavatory sink", "snk"},
  lvis = {"sink", "washbasin", "kitchen_sink"},
  family = "household",
  size_mm = 900,
  description = "A pedestal washbasin with a tap",
  params = {},
  parts = {
    {"basin", "glazed", color = "#f6f6f2", role = "primary", names = {"basin", "bowl", "porcelain", "sink"}},
    {"tap", "steel", color = "#d0d4da", role = "secondary", names = {"tap", "faucet", "taps", "chrome"}},
    {"counter", "wood", color = "#7a5a3a", role = "detail", names = {"counter", "cabinet", "worktop", "countertop"}},
  },
  variants = {
    kitchen = {names = {"kitchen sink", "steel sink", "double sink"}, colors = {basin = "#c8ccd2", counter = "#e8e4dc"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    if k.variant == "kitchen" then
      local W, D, H = 1000, 600, 900
      local cab = box(D, H - 40, W, 6):move(0, (H - 40) / 2, 0)
      local top = box(D + 20, 40, W + 20, 4):move(10, H - 20, 0)
      local bowls = {}
      for _, z in ipairs({-W * 0.22, W * 0.22}) do
        bowls[#bowls + 1] = box(D * 0.6, 200, W * 0.38, 20):move(30, H - 100, z)
      end
      top = subtract(top + cab, union(bowls))
      local liner = {}
      for _, z in ipairs({-W * 0.22, W * 0.22}) do
        liner[#liner + 1] = subtract(box(D * 0.6 + 10, 206, W * 0.38 + 10, 22), box(D * 0.6, 200, W * 0.38, 20):move(0, 6, 0)):move(30, H - 103, z)
      end
      local tap = tube({{-D / 2 + 60, H, 0}, {-D / 2 + 60, H + 260, 0}, {-D / 2 + 160, H + 300, 0}, {-D / 2 + 220, H + 220, 0}}, 14)
        + cylinder(30, 40):move(-D / 2 + 60, H, 0)
      local doors = box(10, H - 140, W / 2 - 30, 4):move(D / 2 + 2, (H - 40) / 2, W / 4) + box(10, H - 140, W / 2 - 30, 4):move(D / 2 + 2, (H - 40) / 2, -W / 4)
      k.attach("inside", {30, H - 194, W * 0.22}, W * 0.3)
      k.attach("fill", {30, H - 120, W * 0.22}, W * 0.3)
      k.attach("top", {0, H, -W * 0.3}, 200)
      return (top + doors):part("counter") + union(liner):part("basin") + tap:part("tap")
    end
    local H = 850
    local ped = lathe({{110, 0}, {120, 20}, {80, 60}, {70, 400}, {90, 600}, {120, 680}})
    local basin_outer = smooth(60, ellipsoid(260, 120, 300):move(20, H - 60, 0), box(420, 80, 560, 40):move(0, H - 40, 0))
    basin_outer = intersect(basin_outer, box(700, 300, 800):move(0, H - 150, 0))
    local bowl = ellipsoid(200, 110, 240):move(40, H + 5, 0)
    local basin = subtract(basin_outer, bowl)
    local tap = cylinder(22, 70):move(-150, H - 10, 0) + tube({{-150, H + 50, 0}, {-150, H + 110, 0}, {-100, H + 130, 0}, {-60, H + 110, 0}}, 13)
      + limb({-150, H + 90, 0}, {-210, H + 110, 0}, 8)
    k.attach("inside", {40, H - 90, 0}, 260)
    k.attach("fill", {40, H - 30, 0}, 320)
    k.attach("top", {-150, H + 130, 0}, 60)
    return (smooth(40, ped, basin)):part("basin") + tap:part("tap")
  end,
}
