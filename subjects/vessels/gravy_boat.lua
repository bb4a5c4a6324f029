-- A gravy boat: a low oval china jug shaped like a boat, its rim sweeping
-- up into a wide pouring spout at one end and a looped handle at the other,
-- standing on an oval saucer.
return {
  id = "gravy_boat",
  names = {"gravy boat", "sauce boat", "gravy jug", "sauceboat", "gravyboat", "sauce jug",
           "gravy boat with saucer", "gravy server", "gravey boat", "gravy boat and saucer"},
  lvis = {"gravy_boat"},
  family = "vessels",
  size_mm = 100,
  description = "A china gravy boat on its saucer",
  params = {sweep = {360, 400}, belly = {84, 90}},
  parts = {
    {"body", "glazed", color = "#f2efe8", role = "primary", names = {"body", "boat", "bowl", "china", "spout", "lip"}},
    {"handle", "glazed", color = "#f2efe8", role = "primary", names = {"handle"}},
    {"saucer", "glazed", color = "#f2efe8", role = "secondary", names = {"saucer", "stand", "plate", "underplate", "tray", "dish"}},
    {"trim", "gold", color = "#d2aa48", role = "detail", names = {"trim", "rim", "band", "edge", "gold rim"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local B = k.p.belly
    local lift = 8                  -- the saucer's height: the boat stands on it
    -- The bowl: oval sections stacked up; the spout: a tapering prow at -X.
    local outer = smooth(6, loft({
      {y = 0, rx = 44, rz = 27},
      {y = 12, rx = 56, rz = 32},
      {y = 26, rx = B - 10, rz = 44},
      {y = 44, rx = B, rz = 50},
      {y = 64, rx = B - 2, rz = 48},
      {y = 110, rx = B - 6, rz = 45},
    }), limb({-52, 40, 0}, {-132, 92, 0}, 34, 13))
    local inner = union(loft({
      {y = 12, rx = 46, rz = 24},
      {y = 26, rx = B - 18, rz = 36},
      {y = 44, rx = B - 7, rz = 43},
      {y = 64, rx = B - 9, rz = 41},
      {y = 130, rx = B - 13, rz = 38},
    }), limb({-46, 50, 0}, {-140, 104, 0}, 27, 8))
    -- The rim: everything above a long shallow arc is cut away, so the rim
    -- dips along the sides and sweeps up to the spout.
    local R = k.p.sweep
    local cut = cylinder(R, 400):move(0, -200, 0):rotx(90):move(28, 62 + R, 0)
    local bowl = subtract(outer, inner, cut)
    -- A gold line round the rim: the top few mm of the wall, standing proud.
    local trim = intersect(subtract(outer:round(0.8), inner), cylinder(R + 5, 400):move(0, -200, 0):rotx(90):move(28, 62 + R, 0))
    trim = subtract(trim, cut)
    -- The handle: a loop rising above the rim at +X and curling back down.
    local handle = tube({{B - 12, 56, 0}, {B + 6, 76, 0}, {B + 30, 86, 0}, {B + 46, 72, 0}, {B + 40, 48, 0},
                         {B + 18, 32, 0}, {B - 4, 28, 0}}, 7.5, 6.5)
    local boat = smooth(3 * k.soft, bowl:part("body"), handle:part("handle")) + trim:part("trim")
    boat = boat:move(0, lift, 0)
    -- The oval saucer.
    local saucer = revolve({{0, 0}, {58, 0}, {62, 3}, {86, 8}, {92, 12}, {91, 13.5}, {84, 12}, {64, 9}, {0, 9}})
      :stretch(1.55, 1, 0.95)
    local shape = boat + saucer:part("saucer")
    k.attach("inside", {0, lift + 14, 0}, 80)
    k.attach("fill", {0, lift + 46, 0}, 2 * (B - 8))
    k.attach("top", {0, lift + 62, 0}, 2 * B)
    return shape
  end,
}
