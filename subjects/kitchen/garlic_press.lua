-- A garlic press lying on the table, opened: two long handles hinged at
-- one end; the lower one carries a round cup chamber with a perforated
-- floor, the upper one a plunger that presses down into the cup.
return {
  id = "garlic_press",
  names = {"garlic press", "garlic crusher", "garlic squeezer", "garlic mincer", "garlic presser",
           "garlic smasher", "garlic crush", "garlick press"},
  family = "kitchen",
  size_mm = 78,
  description = "A stainless steel garlic press, opened",
  params = {len = {175, 190}, open = {14, 18}},
  parts = {
    {"body", "steel", color = "#c4c8ce", role = "primary", names = {"body", "press", "cup", "chamber", "plunger"}},
    {"grips", "steel", color = "#aeb3ba", role = "detail", names = {"grips", "handles", "handle", "grip"}},
  },
  points = {"top"},
  build = function(k)
    local L, A = k.p.len, k.p.open
    local W = 24
    -- Side view in XY (x along the press, hinge at x = 0), width along Z.
    local hx, hy = 4, 36
    local cx, CR, CH = 33, 19, 30
    -- The cup: open at the top, a floor pierced with a grid of holes.
    local cup = cylinder(CR, CH, 1.5)
    cup = subtract(cup, cylinder(CR - 2.2, CH):move(0, 3, 0))
    local holes = {}
    for i = -2, 2 do
      for j = -2, 2 do
        if i * i + j * j <= 6 then holes[#holes + 1] = cylinder(1.4, 10):move(i * 5, -3, j * 5) end
      end
    end
    cup = subtract(cup, union(holes)):move(cx, 0, 0)
    -- Lower handle: a collar round the cup's mouth out to the hinge lugs,
    -- then a long arm sloping down to the table.
    local collar = torus(CR + 1, 3):stretch(1, 1.2, 1):move(cx, CH - 2, 0)
    local lugs = {}
    for _, s in ipairs({-1, 1}) do
      lugs[#lugs + 1] = box(24, 14, 4, 1.5):move(hx + 8, hy - 6, s * (W / 2 - 2))
    end
    local arm = tube({{cx + CR - 2, CH - 4, 0}, {cx + 40, CH - 10, 0}, {L * 0.6, 16, 0}, {L, 6, 0}}, 5):stretch(1, 1, 1.9)
    local lgrip = tube({{L * 0.42, 21.5, 0}, {L * 0.6, 16, 0}, {L + 1, 6, 0}}, 6.5, 6):stretch(1, 1, 1.7)
    local pin = cylinder(5, W + 2, 1):rotx(90):move(hx, hy, -(W + 2) / 2)
    local lower = union(cup, collar, union(lugs), pin)
    -- Upper handle, built closed (plunger down in the cup), then swung
    -- open about the hinge.
    local plunger = cylinder(CR - 3.5, 14, 1.5):move(cx, hy - 14, 0)
    local uarm = tube({{hx, hy, 0}, {cx, hy + 4, 0}, {cx + 40, hy + 4, 0}, {L * 0.65, 30, 0}, {L - 4, 22, 0}}, 5):stretch(1, 1, 1.9)
    local ugrip = tube({{L * 0.45, hy + 1, 0}, {L * 0.65, 30, 0}, {L - 2, 22, 0}}, 6.5, 6):stretch(1, 1, 1.7)
    local boss = cylinder(7, W - 10, 1.5):rotx(90):move(hx, hy, -(W - 10) / 2)
    local function swing(s) return s:move(-hx, -hy, 0):rotz(A):move(hx, hy, 0) end
    local metal = union(lower, smooth(3, arm, collar), swing(union(plunger, smooth(4, uarm, boss))))
    local shape = metal:part("body") + union(lgrip, swing(ugrip)):part("grips")
    shape = shape:move(-L * 0.45, 0, 0)
    k.attach("top", {0, 40, 0}, 30)
    return shape:roty(40)
  end,
}
