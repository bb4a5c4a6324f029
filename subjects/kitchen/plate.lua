-- A plate: a flat round dinner plate with a low foot, a shallow well and a
-- wide rim with a coloured band.
return {
  id = "plate",
  names = {"plate", "dinner plate", "dish", "side plate", "dessert plate", "china plate", "dinnerplate",
           "platter", "serving plate", "plat"},
  lvis = {"plate", "paper_plate", "platter"},
  family = "kitchen",
  size_mm = 26,
  attach_to = {"under"},                -- "a teacup with a saucer" stands on it
  description = "A round dinner plate with a rim band",
  params = {radius = {125, 140}},
  parts = {
    {"body", "glazed", color = "#f6f4ee", role = "primary", names = {"body", "plate", "glaze"}},
    {"band", "glazed", color = "#2a58a8", role = "secondary", names = {"band", "rim", "trim", "stripe"}},
  },
  variants = {
    paper = {names = {"paper plate", "disposable plate"}, size_mm = 18, colors = {body = "#fafaf6", band = "#fafaf6"}},
    saucer = {names = {"saucer", "tea saucer", "coffee saucer", "small plate"}, size_mm = 20},
  },
  points = {"top", "inside"},
  build = function(k)
    local R = k.p.radius
    if k.variant == "saucer" then R = 75 end
    local paper = k.variant == "paper"
    local well = R * 0.62
    local t = paper and 4 or 6
    local outer = {{0, 0}, {well * 0.75, 0}, {well * 0.78, 5}, {well, 7}, {R * 0.9, 18}, {R, 22}, {R, 22 + t},
                   {R * 0.9, 18 + t}, {well, 7 + t}, {0, 7 + t}}
    if paper then
      outer = {{0, 0}, {well, 0}, {R * 0.95, 14}, {R, 16}, {R, 16 + t}, {R * 0.95, 14 + t}, {well, t}, {0, t}}
    end
    local body = revolve(outer)
    local shape = body:part("body")
    if paper then
      -- Fluted rim.
      local flutes = radial(box(5, 30, 3, 1):move(R * 0.8, 8, 0):rotz(-25), 40)
      shape = shape + intersect(flutes, body:round(1.2)):part("body")
    else
      local band = intersect(body:round(0.4), subtract(cylinder(R * 0.95, 40), cylinder(R * 0.88, 40)))
      shape = shape + band:part("band")
    end
    local floor = paper and t or 7 + t
    k.attach("inside", {0, floor, 0}, 2 * well)
    k.attach("top", {0, floor, 0}, 2 * well)
    return shape
  end,
}
