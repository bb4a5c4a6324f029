-- Building blocks: a little stack of wooden toy blocks in bright colours,
-- cubes with embossed letters, a pillar, an arch and a triangular roof.
return {
  id = "building_blocks",
  names = {"building blocks", "toy blocks", "wooden blocks", "alphabet blocks", "abc blocks", "baby blocks", "block tower",
           "stack of blocks", "blocks", "toy block", "wooden block", "letter blocks", "kids blocks"},
  lvis = {"cube"},
  family = "toys",
  size_mm = 200,
  description = "A stack of colourful wooden toy blocks",
  several = true,
  params = {twist = {-12, 12}},
  parts = {
    {"red", "paint", color = "#d8322c", role = "primary", names = {"blocks", "block"}},
    {"blue", "paint", color = "#2a6ad0", role = "secondary", names = {"blue blocks"}},
    {"yellow", "paint", color = "#f0c020", role = "detail", names = {"yellow blocks", "roof"}},
    {"green", "paint", color = "#3aa84a", role = "detail", names = {"green blocks", "arch"}},
    {"letters", "wood", color = "#f2e6cc", role = "detail", names = {"letters", "wood"}},
  },
  build = function(k)
    local s = 60
    local t = k.p.twist
    local function cube(x, y, z, part, rot, letter)
      local c = box(s, s, s, 3):part(part)
      if letter then
        -- A raised letter on the front (+X) and side (+Z).
        local g = letter():roty(90):move(s * 0.5, 0, 0) + letter():move(0, 0, s * 0.5)
        c = c + g:part("letters")
      end
      return c:roty(rot or 0):move(x, y + s * 0.5, z)
    end
    local A = function() return union(extrude({{-16, -18}, {-6, -18}, {0, 2}, {6, -18}, {16, -18}, {4, 18}, {-4, 18}}, 4, 1)) end
    local B = function() return union(box(6, 36, 4):move(-10, 0, 0), cylinder(10, 4):rotx(90):move(-2, 8, 0), cylinder(10, 4):rotx(90):move(-2, -8, 0)) end
    local C = function() return subtract(cylinder(17, 4):rotx(90), union(cylinder(10, 8):rotx(90):move(0, 0, -4), box(20, 14, 10):move(12, 0, 0))) end
    local shape = cube(0, 0, 0, "red", t, A) + cube(2, 0, s * 1.1, "blue", -t, B) + cube(-s * 1.05, 0, s * 0.5, "yellow", 5, C)
    shape = shape + cube(0, s, s * 0.55, "green", t * 0.5, A)
    -- A triangular roof on top.
    local roof = extrude({{-s * 0.55, 0}, {s * 0.55, 0}, {0, s * 0.5}}, s, 2):roty(90):move(0, s * 2, s * 0.55)
    shape = shape + roof:part("yellow")
    -- An arch in front.
    local arch = subtract(box(s * 0.5, s * 0.8, s * 1.6, 2), cylinder(s * 0.4, s * 0.5):rotz(90):move(s * 0.25, 0, 0))
    shape = shape + arch:move(s * 1.2, s * 0.4, s * 0.2):part("green")
    local pillar = cylinder(s * 0.3, s * 1.2, 2):move(s * 1.1, 0, -s * 0.8)
    return shape + pillar:part("blue")
  end,
}
