-- A wind turbine: a tall slender white tower with a nacelle on top and
-- three long thin blades on a pointed hub.
return {
  id = "wind_turbine",
  names = {"wind turbine", "windturbine", "wind generator", "wind power plant", "windmill turbine", "wind farm turbine"},
  lvis = {},
  family = "buildings",
  size_mm = 100000,
  description = "A three-bladed wind turbine",
  params = {h = {400, 440}, spin = {0, 120}},
  parts = {
    {"tower", "paint", color = "#f2f2f0", role = "primary", names = {"tower", "pole", "body"}},
    {"blades", "paint", color = "#f4f4f2", role = "secondary", names = {"blades", "blade", "rotor"}},
    {"stripes", "paint", color = "#d83a2a", role = "detail", names = {"stripes", "tips"}},
    {"base", "concrete", color = "#9a968e", role = "detail", names = {"base"}},
  },
  points = {"top"},
  build = function(k)
    local h = k.p.h
    local tower = cone(12, 7, h)
    local base = cylinder(30, 10, 2)
    local nac = capsule({-30, h + 6, 0}, {24, h + 6, 0}, 12)
    local hub_c = {34, h + 6, 0}
    local hub = sphere(12):stretch(1.3, 1, 1):move(hub_c[1], hub_c[2], hub_c[3])
    local blades, tips = {}, {}
    local bl = h * 0.48
    for i = 0, 2 do
      local a = k.p.spin + 120 * i
      local b = extrude({{-8, 0}, {10, 0}, {8, bl * 0.3}, {5, bl}, {-4, bl}, {-6, bl * 0.3}}, 10, 2)
      local tip = intersect(b, box(40, bl * 0.1, 20):move(0, bl * 0.95, 0))
      blades[#blades + 1] = b:rotz(a):roty(90):move(hub_c[1] + 4, hub_c[2], hub_c[3])
      tips[#tips + 1] = tip:rotz(a):roty(90):move(hub_c[1] + 5.5, hub_c[2], hub_c[3])
    end
    local shape = (tower + nac + hub):part("tower") + base:part("base") + union(blades):part("blades") + union(tips):part("stripes")
    k.attach("top", {0, h + 18, 0}, 24)
    return shape:roty(-35)
  end,
}
