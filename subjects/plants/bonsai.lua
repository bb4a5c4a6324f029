-- A bonsai: a gnarled little trunk with flat cloud-like foliage pads, in a
-- shallow rectangular tray pot.
local P -- the plant library, loaded when building

return {
  id = "bonsai",
  names = {"bonsai", "bonsai tree", "miniature tree", "bansai", "bonzai"},
  lvis = {},
  family = "plants",
  size_mm = 220,
  description = "A bonsai tree in a shallow pot",
  params = {lean = {30, 55}},
  parts = {
    {"foliage", "plant", color = "#3f8a34", role = "primary", names = {"foliage", "leaves", "canopy", "pads", "needles"}},
    {"trunk", "wood", color = "#5a4030", role = "secondary", names = {"trunk", "bark", "branches"}},
    {"pot", "glazed", color = "#3a5a8a", role = "detail", names = {"pot", "tray", "planter", "dish"}},
    {"soil", "clay", color = "#4a3a2c", role = "detail", names = {"soil", "moss", "dirt"}},
  },
  points = {"top"},
  build = function(k)
    P = use("plant")
    local lean = k.p.lean
    local pot = subtract(box(190, 40, 120, 6), box(176, 40, 106, 4):move(0, 8, 0)):move(0, 20, 0)
    local feet = box(20, 8, 20, 2):move(-70, -4, -40) + box(20, 8, 20, 2):move(70, -4, -40) +
                 box(20, 8, 20, 2):move(-70, -4, 40) + box(20, 8, 20, 2):move(70, -4, 40)
    local soil = box(178, 30, 108, 3):move(0, 21, 0)
    local base = {-20, 34, 0}
    local spine = {base, {lean * 0.3, 80, 10}, {-lean * 0.2, 120, -8}, {lean * 0.6, 160, 5}, {lean * 0.2, 190, 0}}
    local trunk = tube(spine, 15, 5)
    trunk = smooth(6, trunk, cone(24, 12, 16):move(base[1], 30, base[3]))
    local pads = {}
    local ends = {{70, 150, 20}, {-70, 128, -10}, {30, 196, -15}, {-15, 178, 30}}
    local branches = {}
    local sp = spline(spine, 4)
    for i, e in ipairs(ends) do
      local from = sp[math.min(#sp, 4 + 3 * i)]
      branches[#branches + 1] = tube({from, P.lerp(from, e, 0.5), e}, 5, 3)
      pads[#pads + 1] = ellipsoid(i == 3 and 45 or 38, 15, i == 3 and 35 or 30):move(e[1], e[2] + 8, e[3])
      pads[#pads + 1] = ellipsoid(24, 12, 22):move(e[1] + 14, e[2] + 14, e[3] - 6)
    end
    trunk = smooth(4, trunk, union(branches))
    local foliage = smooth(8, table.unpack(pads)):noise(3, 14, 2)
    return union((pot + feet):move(0, 4, 0):part("pot"), soil:move(0, 4, 0):part("soil"), trunk:move(0, 4, 0):part("trunk"),
                 foliage:move(0, 4, 0):part("foliage"))
  end,
}
