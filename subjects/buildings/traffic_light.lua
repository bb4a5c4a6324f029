-- A traffic light: a pole carrying a black signal head with red, amber and
-- green lamps under hoods.
return {
  id = "traffic_light",
  names = {"traffic light", "traffic lights", "traffic signal", "stop light", "stoplight", "signal light", "traffic lamp",
           "street light signal"},
  lvis = {"traffic_light"},
  family = "buildings",
  size_mm = 3500,
  description = "A traffic light with red, amber and green lamps",
  params = {h = {300, 340}},
  parts = {
    {"housing", "plastic", color = "#1e2024", role = "primary", names = {"housing", "body", "box", "head"}},
    {"pole", "steel", color = "#6a6e74", role = "secondary", names = {"pole", "post"}},
    {"red", "gloss", color = "#e82020", role = "fixed"},
    {"amber", "gloss", color = "#f0a818", role = "fixed"},
    {"green", "gloss", color = "#20c050", role = "fixed"},
  },
  points = {"top"},
  build = function(k)
    local h = k.p.h
    local pole = cylinder(8, h) + cylinder(22, 12, 3)
    local hw, hh, hd = 52, 140, 40
    local y0 = h - 10
    local housing = box(hd, hh, hw, 6):move(4, y0 + hh / 2, 0)
    local lamps = {}
    local hoods = {}
    for i, part in ipairs({"green", "amber", "red"}) do
      local y = y0 + hh * (i - 0.5) / 3
      lamps[#lamps + 1] = sphere(17):stretch(0.35, 1, 1):move(hd / 2 + 4, y, 0):part(part)
      local hood = intersect(cylinder(22, 20):rotz(-90) - cylinder(19, 30):rotz(-90):move(-2, 0, 0), box(60, 30, 60):move(0, 15, 0))
      hoods[#hoods + 1] = hood:move(hd / 2 + 2, y, 0)
    end
    local shape = pole:part("pole") + (housing + union(hoods)):part("housing") + union(lamps)
    shape = shape + box(6, hh + 12, hw + 16, 2):move(-hd / 2 + 4, y0 + hh / 2, 0):part("housing")
    k.attach("top", {4, y0 + hh, 0}, hw)
    -- turned so the lamps face the viewer at three-quarters
    return shape:roty(-40)
  end,
}
