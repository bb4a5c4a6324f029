-- A helicopter: a rounded cabin with a big glass bubble, a long tail boom
-- with a tail rotor, a main rotor on a mast, and landing skids.
local A = use and use("aircraft")

return {
  id = "helicopter",
  names = {"helicopter", "chopper", "helicoptor", "heli", "copter", "rescue helicopter", "toy helicopter", "whirlybird"},
  lvis = {"helicopter"},
  family = "aircraft",
  size_mm = 3800,
  description = "A helicopter with main and tail rotors and skids",
  params = {len = {300, 330}},
  parts = {
    {"body", "paint", color = "#d8302a", role = "primary", names = {"body", "fuselage", "cabin"}},
    {"windows", "gloss", color = "#2a3c50", role = "detail", names = {"windows", "cockpit", "canopy", "bubble"}},
    {"rotor", "steel", color = "#2c2c30", role = "secondary", names = {"rotor", "rotors", "blades", "propeller"}},
    {"skids", "steel", color = "#3a3a3e", role = "detail", names = {"skids", "landing skids", "legs"}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local r = L * 0.2
    local y = 34 + r
    local cabin = ellipsoid(r * 1.35, r, r * 0.9):move(0, y, 0)
    local boom = A.fuselage({{-L * 0.72, r * 0.13, -r * 0.35}, {-L * 0.3, r * 0.2, -r * 0.15}, {-r * 0.6, r * 0.55, 0}}, y)
    local body = smooth(10 * k.soft, cabin, boom)
    local fin = A.fin(-L * 0.66, L * 0.1, r * 1.1, L * 0.06, L * 0.06, 8, y - r * 0.2)
    local tailplane = A.wings(-L * 0.56, L * 0.06, r * 0.6, L * 0.04, 0, 8, y - r * 0.2)
    local glass = intersect(ellipsoid(r * 1.35 + 1.5, r + 1.5, r * 0.9 + 1.5):move(0, y, 0),
                            A.block(r * 0.35, y - r * 0.5, -r, r * 2, y + r, r))
    glass = glass + intersect(ellipsoid(r * 1.35 + 1.5, r + 1.5, r * 0.9 + 1.5):move(0, y, 0),
                              A.block(-r * 0.5, y - r * 0.05, -r, r * 0.28, y + r * 0.6, r))
    local hub_y = y + r + 14
    local mast = cylinder(6, 20):move(0, y + r - 6, 0)
    local engine = ellipsoid(r * 0.7, r * 0.35, r * 0.5):move(-r * 0.35, y + r * 0.85, 0)
    local rotor = A.rotor({0, hub_y, 0}, L * 0.72, 4, 16, 7)
    local tail_rotor = A.propeller({0, 0, 0}, r * 0.9, 2, 8):rotz(0):roty(90):move(-L * 0.72, y + r * 0.6, 6)
    local skids = {}
    for _, sz in ipairs({-1, 1}) do
      local z = sz * r * 0.85
      skids[#skids + 1] = tube({{r * 1.4, 10, z}, {r * 1.2, 5, z}, {r * 0.8, 4, z}, {-r * 1.1, 4, z}}, 5)
      skids[#skids + 1] = capsule({r * 0.6, 5, z}, {r * 0.45, y - r * 0.6, sz * r * 0.4}, 5)
      skids[#skids + 1] = capsule({-r * 0.6, 5, z}, {-r * 0.45, y - r * 0.6, sz * r * 0.4}, 5)
    end
    local shape = (body + fin + tailplane + engine):part("body") + glass:part("windows")
    shape = shape + (mast + rotor + tail_rotor):part("rotor") + union(skids):part("skids")
    k.attach("top", {0, hub_y + 4, 0}, r)
    return shape
  end,
}
