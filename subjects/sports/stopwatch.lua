-- A stopwatch: a round silver case with a big crown button on top and a
-- smaller one beside it, a white dial with second marks and a red hand,
-- standing upright.
return {
  id = "stopwatch",
  names = {"stopwatch", "stop watch", "timer", "sports timer", "chronometer", "stopwach"},
  lvis = {"stopwatch"},
  family = "sports",
  size_mm = 80,
  description = "A stopwatch",
  params = {},
  parts = {
    {"case", "silver", color = "#c8ccd2", role = "primary", names = {"case", "body", "buttons", "crown"}},
    {"dial", "ceramic", color = "#f8f6f0", role = "secondary", names = {"dial", "face"}},
    {"marks", "iron", color = "#141416", role = "detail", names = {"marks", "numbers"}},
    {"hand", "paint", color = "#d8201e", role = "detail", names = {"hand", "needle"}},
  },
  build = function(k)
    local R = 40
    local case = cylinder(R, 18, 5):rotx(90):move(0, 0, -9)
    local bezel = torus(R - 2, 2.5):rotx(90):move(0, 0, 9)
    local dial = cylinder(R - 4, 1):rotx(90):move(0, 0, 8.5)
    local crown = union(cylinder(5, 10):move(0, R - 2, 0), cylinder(9, 9, 3):move(0, R + 7, 0), torus(7, 2.2):rotx(90):move(0, R + 22, 0))
    local side = cylinder(5, 9, 2):move(0, R - 2, 0):rotz(-40)
    local marks = {}
    for i = 0, 11 do
      marks[#marks + 1] = box(i % 3 == 0 and 2 or 1.2, i % 3 == 0 and 7 or 4, 1):move(0, R * 0.78, 9.5):rotz(30 * i)
    end
    local hand = union(box(1.8, R * 0.8, 1):move(0, R * 0.3, 10.4):rotz(-35), cylinder(3, 2):rotx(90):move(0, 0, 10.2))
    return union(union(case, bezel, crown, side):part("case"), dial:part("dial"), union(marks):part("marks"), hand:part("hand"))
      :roty(-20):move(0, R, 0)
  end,
}
