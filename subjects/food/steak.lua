-- A steak: a thick T-bone cut of meat, seared brown with dark grill lines,
-- a rim of pale fat and the white T-shaped bone.
return {
  id = "steak",
  names = {"steak", "t-bone steak", "t bone steak", "beef steak", "ribeye", "rib eye steak", "sirloin", "beef", "grilled steak", "stake"},
  lvis = {"steak_(food)", "beef_(food)"},
  family = "food",
  size_mm = 30,
  description = "A grilled T-bone steak",
  params = {},
  parts = {
    {"meat", "food", color = "#8a3e22", role = "primary", names = {"meat", "steak", "beef"}},
    {"fat", "food", color = "#e8c8a0", role = "secondary", names = {"fat", "rim"}},
    {"bone", "bone", color = "#f4eee0", role = "detail", names = {"bone"}},
    {"marks", "food", color = "#2a140c", role = "detail", names = {"grill marks", "marks", "char"}},
  },
  build = function(k)
    local o = {{-110, -40}, {-60, -80}, {40, -85}, {110, -50}, {125, 10}, {90, 70}, {0, 85}, {-80, 60}, {-120, 10}}
    local fat = extrude(o, 26, 8):rotx(90):move(0, 13, 0)
    local inner = {}
    for i, p in ipairs(o) do inner[i] = {p[1] * 0.95 + 2, p[2] * 0.94} end
    local meat = extrude(inner, 28, 8):rotx(90):move(0, 14, 0):noise(1, 12, 1)
    local bone = union(box(14, 28.5, 120, 4):move(-10, 14, 0), box(70, 28.5, 14, 4):move(-40, 14, 0))
    local marks = {}
    for i = -3, 3 do marks[#marks + 1] = box(6, 4, 240):roty(45):move(i * 32, 28, 0) end
    local m = intersect(union(marks), meat:round(0.6))
    return union(fat:part("fat"), subtract(meat, bone):part("meat"), bone:part("bone"), subtract(m, bone):part("marks")):roty(-20)
  end,
}
