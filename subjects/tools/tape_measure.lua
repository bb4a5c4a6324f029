-- A tape measure: a chunky yellow case with a black rubber grip band and a
-- belt clip, its yellow steel tape pulled out a little with a hook on the end.
return {
  id = "tape_measure",
  names = {"tape measure", "measuring tape", "tape-measure", "measure tape", "retractable tape measure"},
  lvis = {"tape_measure", "measuring_stick"},
  family = "tools",
  size_mm = 80,
  description = "A tape measure",
  params = {},
  parts = {
    {"case", "plastic", color = "#f4c01a", role = "primary", names = {"case", "body"}},
    {"grip", "rubber", color = "#1e1e22", role = "secondary", names = {"grip", "band", "button"}},
    {"tape", "paint", color = "#f8dc40", role = "detail", names = {"tape", "blade"}},
    {"marks", "paint", color = "#141416", role = "fixed"},
  },
  build = function(k)
    local case = smooth(10, cylinder(40, 34, 10):rotx(90):move(0, 40, -17), box(60, 50, 34, 10):move(20, 25, 0))
    local grip = intersect(case:round(1.2), box(200, 200, 14):move(0, 0, 0))
    local button = box(20, 8, 12, 3):move(10, 82, 0)
    local tape = box(120, 2.5, 24, 0.5):move(100, 8, 0)
    local hook = box(4, 14, 26, 1):move(160, 13, 0)
    local marks = {}
    for i = 0, 10 do marks[#marks + 1] = box(1.4, 0.6, i % 5 == 0 and 14 or 8):move(52 + i * 10, 9.4, -5) end
    return union(case:part("case"), union(grip, button):part("grip"), union(tape, hook):part("tape"), union(marks):part("marks")):roty(-30)
  end,
}
