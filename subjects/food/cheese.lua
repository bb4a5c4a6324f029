-- A cheese wedge: a triangular slice of a wheel with round holes and a rind on
-- the curved back.
local F -- the food library, loaded when building

return {
  id = "cheese",
  names = {"cheese", "cheese wedge", "wedge of cheese", "swiss cheese", "piece of cheese", "emmental", "chese",
           "cheeze", "cheese block"},
  lvis = {},
  family = "food",
  size_mm = 60,
  description = "A wedge of Swiss cheese with holes",
  params = {R = {130, 150}, angle = {38, 48}},
  parts = {
    {"cheese", "food", color = "#f6cc48", role = "primary", names = {"cheese"}},
    {"rind", "food", color = "#e8a834", role = "secondary", names = {"rind", "wax"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local R, ang, H = k.p.R, k.p.angle, 62
    local a = math.rad(ang / 2)
    local wedge = extrude({{0, 0}, {R * 1.3 * math.cos(a), R * 1.3 * math.sin(a)}, {R * 1.3 * math.cos(a), -R * 1.3 * math.sin(a)}}, 200):rotx(90)
    local body = intersect(cylinder(R, H, 3), wedge:move(0, H / 2, 0))
    local holes = {}
    local spots = {{0.45, 0.6, 0}, {0.7, 0.3, 1}, {0.8, 0.75, -1}, {0.3, 0.25, 1}, {0.6, 1.0, 0.5}, {0.95, 0.45, -0.6},
                   {0.55, 0.15, -1}, {0.85, 1.0, 1}, {0.25, 0.7, -0.2}}
    for i, s in ipairs(spots) do
      local x = R * s[1]
      local zmax = x * math.tan(a)
      -- every hole opens on a cut face or the top (a hole sealed inside is an invisible void)
      local z = (s[2] >= 0.95 and s[3] or (s[3] >= 0 and 1 or -1)) * zmax
      local y = H * s[2]
      local hr = k.rand(6, 12)
      holes[#holes + 1] = sphere(hr):move(x, y, z)
    end
    body = smooth_sub(body, union(holes), 1.5)
    local inner = cylinder(R - 3.5, H + 10):move(0, -5, 0)
    local shape = union(intersect(body, inner):part("cheese"), subtract(body, inner):part("rind"))
    return shape:roty(k.rand(20, 60))
  end,
}
