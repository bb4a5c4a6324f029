-- A blender: a heavy motor base with a button panel, a tall tapered clear
-- jug with a handle and blades inside, and a lid with a cap.
return {
  id = "blender",
  names = {"blender", "liquidizer", "liquidiser", "smoothie maker", "kitchen blender", "food blender", "blendr"},
  lvis = {"blender"},
  family = "kitchen",
  size_mm = 420,
  description = "A blender with a clear jug on a motor base",
  params = {jug_h = {230, 260}},
  parts = {
    {"base", "plastic", color = "#2a2a2e", role = "primary", names = {"base", "motor", "body"}},
    {"jug", "glass", color = "#d8eaf0", role = "secondary", names = {"jug", "jar", "pitcher", "container"}},
    {"lid", "plastic", color = "#1e1e22", role = "detail", names = {"lid", "cap", "handle"}},
    {"buttons", "steel", color = "#c8ccd2", role = "detail", names = {"buttons", "dial", "controls", "blades"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local jh = k.p.jug_h
    local base = lathe({{85, 0}, {88, 10}, {80, 110}, {68, 130}})
    local panel = box(20, 60, 110, 6):move(70, 60, 0):rotz(8)
    local buttons = {}
    for i = -1, 1 do buttons[#buttons + 1] = cylinder(8, 8):rotz(-90):move(80, 62, i * 30) end
    local y0 = 130
    local jug_prof = {{55, 0}, {62, 12}, {78, jh}}
    -- Solid: the lid closes the jug, and a closed hollow would be a loose inner skin.
    local jug = lathe({{0, 0}, jug_prof[1], jug_prof[2], jug_prof[3], {0, jh}}):move(0, y0, 0) + cylinder(58, 14):move(0, y0 - 4, 0)
    local handle = tube({{-70, y0 + jh - 20, 0}, {-118, y0 + jh - 40, 0}, {-112, y0 + 60, 0}, {-62, y0 + 40, 0}}, 12)
    local lid = cylinder(81, 18, 5):move(0, y0 + jh - 4, 0) + cylinder(28, 22, 4):move(0, y0 + jh + 12, 0)
    local blades = radial(box(50, 3, 12, 1):move(25, y0 + 22, 0):rotx(12), 4)
      + cylinder(8, 20):move(0, y0 + 8, 0)
    k.attach("inside", {0, y0 + 10, 0}, 110)
    k.attach("fill", {0, y0 + jh * 0.6, 0}, 120)
    k.attach("top", {0, y0 + jh + 34, 0}, 56)
    return (base + panel):part("base") + jug:part("jug") + (lid + handle):part("lid") + (union(buttons) + blades):part("buttons")
  end,
}
