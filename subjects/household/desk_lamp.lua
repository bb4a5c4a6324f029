-- A desk lamp: an architect's lamp with a weighted round base, a two-part
-- jointed arm and a conical metal head tilted down over the desk.
return {
  id = "desk_lamp",
  names = {"desk lamp", "architect lamp", "anglepoise lamp", "anglepoise", "task lamp", "study lamp", "office lamp",
           "luxo lamp", "pixar lamp", "work lamp"},
  lvis = {"lamp"},
  family = "household",
  size_mm = 420,
  description = "A desk lamp with a jointed arm and a cone head",
  params = {lower = {190, 230}, upper = {170, 210}, tilt = {30, 55}},
  parts = {
    {"body", "plastic", color = "#d83a2e", role = "primary", names = {"body", "head", "shade", "base"}},
    {"arm", "steel", color = "#c8ccd2", role = "secondary", names = {"arm", "arms", "joints", "springs"}},
    {"bulb", "gloss", color = "#fff4c8", role = "fixed", names = {"bulb", "light"}},
  },
  points = {"top"},
  build = function(k)
    local base = cylinder(85, 26, 10) + cylinder(22, 20):move(0, 26, 0)
    local j0 = {-30, 50, 0}
    local a1 = math.rad(70)
    local j1 = {j0[1] + k.p.lower * math.cos(a1) * -0.3, j0[2] + k.p.lower * math.sin(a1), 0}
    j1 = {j0[1] - 40, j0[2] + k.p.lower, 0}
    local j2 = {j1[1] + k.p.upper * 0.92, j1[2] + k.p.upper * 0.35, 0}
    local arm = {}
    for _, dz in ipairs({-9, 9}) do
      arm[#arm + 1] = capsule({j0[1], j0[2], dz}, {j1[1], j1[2], dz}, 5)
      arm[#arm + 1] = capsule({j1[1], j1[2], dz}, {j2[1], j2[2], dz}, 5)
    end
    -- Springs beside the arms.
    arm[#arm + 1] = capsule({j0[1] + 16, j0[2] + 30, 16}, {j1[1] + 12, j1[2] - 40, 16}, 3)
    local joints = cylinder(11, 30):move(0, -15, 0):rotx(90)
    arm[#arm + 1] = joints:move(j0[1], j0[2], 0)
    arm[#arm + 1] = joints:move(j1[1], j1[2], 0)
    arm[#arm + 1] = joints:move(j2[1], j2[2], 0)
    arm[#arm + 1] = capsule({0, 30, 0}, j0, 9)
    -- Head: a cone opening downwards and forwards.
    local tilt = k.p.tilt
    local head_solid = lathe({{28, 0}, {30, 30}, {52, 70}, {75, 110}})
    local head = subtract(head_solid, lathe({{1, 20}, {27, 32}, {49, 72}, {72, 112}}))
    head = head + sphere(30):move(0, 14, 0)
    local bulb = sphere(26):move(0, 66, 0)
    local dir = {math.sin(math.rad(180 - tilt)), math.cos(math.rad(180 - tilt)), 0}
    local at = {j2[1] + 8, j2[2] + 8, 0}
    head = head:aim(dir, at)
    bulb = bulb:aim(dir, at)
    k.attach("top", {j1[1], j1[2] + 10, 0}, 40)
    return smooth(4, base, head):part("body") + union(arm):part("arm") + bulb:part("bulb")
  end,
}
