-- A sea serpent: a long-necked monster rising from the water, its back
-- showing as a row of humps, a small head with a snout, and a wave base.
-- The Loch Ness monster.
return {
  id = "sea_serpent",
  names = {"sea serpent", "sea monster", "loch ness monster", "nessie", "plesiosaur", "lake monster", "leviathan", "sea dragon"},
  lvis = {},
  family = "creatures",
  size_mm = 900,
  description = "A sea serpent with humps rising from the water",
  parts = {
    {"body", "scales", color = "#3a7a5a", role = "primary", names = {"body", "scales", "skin", "neck", "humps"}},
    {"water", "gloss", color = "#5aa0d0", role = "secondary", names = {"water", "waves", "sea", "lake"}},
    {"belly", "scales", color = "#a8c890", role = "detail", names = {"belly"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  build = function(k)
    local water = cylinder(620, 40, 10):stretch(1.4, 1, 0.9):move(-120, 0, 0)
    water = water + cylinder(620, 40, 10):stretch(1.4, 1, 0.9):move(-120, 0, 0):noise(10, 90)
    local shape = water:part("water")
    -- Humps: arcs of a thick tube emerging from the water.
    local body = empty()
    local xs = {-560, -330, -110}
    for i, x in ipairs(xs) do
      local r = 78 - i * 4
      local arc = {}
      for j = 0, 8 do
        local a = math.pi * j / 8
        arc[#arc + 1] = {x + math.cos(a) * 95 * -1, 20 + math.sin(a) * (150 - i * 10), math.sin(j * 0.7) * 15}
      end
      body = body + tube(arc, r, r * 0.9)
    end
    -- Neck rising in an S to a small head.
    local neck = {{100, 20, 0}, {170, 220, 0}, {150, 430, 0}, {190, 580, 0}, {260, 640, 0}}
    body = smooth(20, body, tube(neck, 70, 36))
    local hc = {290, 650, 0}
    body = smooth(15, body, ellipsoid(75, 48, 46):move(hc[1], hc[2], hc[3]), limb({330, 640, 0}, {395, 620, 0}, 36, 26))
    -- Tail tip flicking out at the back.
    body = body + tube({{-700, 20, 0}, {-760, 80, 10}, {-820, 110, 20}}, 32, 6)
    shape = shape + body:part("body")
    for _, z in ipairs({-1, 1}) do
      shape = shape + sphere(11):move(hc[1] + 40, hc[2] + 22, z * 36):part("eyes")
      shape = shape + tube({{hc[1] - 20, hc[2] + 35, z * 20}, {hc[1] - 45, hc[2] + 70, z * 28}}, 8, 3):part("body")
    end
    return shape
  end,
}
