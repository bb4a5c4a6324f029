-- A serving tray: a flat rectangular (or round) tray with a raised rim
-- and cut-out handles at the ends.
return {
  id = "tray",
  names = {"tray", "serving tray", "tea tray", "breakfast tray", "platter tray", "wooden tray", "trey", "serving platter"},
  lvis = {"tray"},
  family = "kitchen",
  size_mm = 60,
  description = "A serving tray with handles",
  params = {w = {420, 500}, d = {280, 330}},
  parts = {
    {"tray", "wood", color = "#a87648", role = "primary", names = {"tray", "body", "rim", "wood"}},
    {"base", "wood", color = "#b88656", role = "secondary", names = {"base", "bottom", "surface"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local W, D = k.p.w, k.p.d
    local h = 60
    if k.outline == "round" then
      local R = 220
      local rim = subtract(cylinder(R, 30, 4), cylinder(R - 10, 40):move(0, 8, 0))
      k.attach("inside", {0, 8, 0}, 2 * R - 20)
      k.attach("top", {0, 8, 0}, 2 * R - 20)
      return rim:part("tray") + cylinder(R - 10, 8):move(0, 1, 0):part("base")
    end
    local t = 12
    local walls = subtract(box(D, h, W, 6), box(D - 2 * t, h, W - 2 * t):move(0, 10, 0)):move(0, h / 2, 0)
    -- Handle holes through the end walls (along Z).
    for _, s in ipairs({-1, 1}) do
      walls = subtract(walls, box(D * 0.35, 18, 60, 8):move(0, h - 20, s * (W / 2 - t / 2)))
    end
    local base = box(D - 2 * t + 2, 10, W - 2 * t + 2):move(0, 5, 0)
    k.attach("inside", {0, 10, 0}, math.min(W, D) - 2 * t)
    k.attach("top", {0, 10, 0}, math.min(W, D) - 2 * t)
    return walls:part("tray") + base:part("base")
  end,
}
