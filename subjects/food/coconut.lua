-- A coconut: a hairy brown shell cracked in half showing a thick white lining,
-- with the whole nut's three "eyes" on the other half.
return {
  id = "coconut",
  names = {"coconut", "coconut half", "cracked coconut", "coco nut", "cocoanut", "coconuts"},
  lvis = {},
  family = "food",
  size_mm = 60,
  description = "A coconut broken in half",
  params = {},
  parts = {
    {"shell", "fur", color = "#6a4426", role = "primary", names = {"shell", "husk", "hair"}},
    {"flesh", "food", color = "#f8f6ee", role = "secondary", names = {"flesh", "meat", "inside", "lining"}},
    {"eyes", "wood", color = "#2a1a10", role = "fixed"},
  },
  variants = {
    whole = {names = {"whole coconut"}, size_mm = 110},
  },
  build = function(k)
    local R = 55
    local ball = sphere(R):stretch(1, 1.08, 1):noise(1.6, 5, 2)
    if k.variant == "whole" then
      local eyes = union(sphere(5):move(0, R * 1.04, 10), sphere(5):move(-9, R * 1.04, -6), sphere(5):move(9, R * 1.04, -6))
      return union(ball:part("shell"), eyes:part("eyes")):rotx(40):move(0, R, 0)
    end
    local half = intersect(ball, box(300, 300, 300):move(0, -150, 0))
    local flesh = intersect(subtract(sphere(R - 3), sphere(R - 13)), box(300, 300, 300):move(0, -150 + 1, 0))
    local cavity = sphere(R - 13)
    local h1 = union(subtract(half, sphere(R - 3)):part("shell"), flesh:part("flesh"))
    h1 = h1:rotx(180):move(0, 0, 0)
    -- the first half lies cut face up; the second rests beside it, tilted to show its shell
    local a = h1:move(-R * 0.95, R, 0)
    local b = h1:rotx(180):rotz(-60):move(R * 1.1, R * 0.85, 10)
    return union(a, b)
  end,
}
