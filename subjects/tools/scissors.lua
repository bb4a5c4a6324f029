-- Scissors: two crossed steel blades on a pivot screw with two plastic finger
-- loops, standing on the loops with the blades up and slightly open.
return {
  id = "scissors",
  names = {"scissors", "scissor", "pair of scissors", "shears", "sheers", "sissors", "scisors"},
  lvis = {"scissors"},
  family = "tools",
  size_mm = 210,
  description = "A pair of scissors",
  params = {open = {10, 18}},
  parts = {
    {"handles", "plastic", color = "#e83a3a", role = "primary", names = {"handles", "handle", "loops", "grips"}},
    {"blades", "steel", color = "#c8ccd2", role = "secondary", names = {"blades", "blade", "metal"}},
  },
  build = function(k)
    local o = k.p.open
    local pivot = {0, 90, 0}
    local parts_b, parts_h = {}, {}
    for i, s in ipairs({-1, 1}) do
      local blade = extrude({{-7, 0}, {7, 0}, {2.5, 112}, {-1, 118}, {-5, 90}}, 2.5, 0.8)
      if s < 0 then blade = blade:flip("x") end
      blade = blade:move(0, 0, s * 1.4):rotz(s * o / 2):move(pivot)
      local arm_end = {s * 28 + 0, 40, s * 1.4}
      local arm = limb(pivot, arm_end, 5, 5)
      local loop = torus(20, 5):rotx(90):stretch(1, 0.75, 1):move(s * 34, 24, s * 1.4)
      parts_b[#parts_b + 1] = blade
      parts_h[#parts_h + 1] = smooth(3, loop, arm:rotz(0))
    end
    local screw = cylinder(5, 8, 1):rotx(90):move(0, 0, 4):move(pivot)
    return union(union(parts_h):part("handles"), union(union(parts_b), screw):part("blades"))
  end,
}
