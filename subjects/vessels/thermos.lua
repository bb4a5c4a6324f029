-- A thermos (vacuum flask): a tall steel cylinder with a grip band and a
-- side handle, a shoulder, and a cup-shaped cap on top; a travel mug has a lid with a
-- sip spout and a handle.
return {
  id = "thermos",
  names = {"thermos", "thermos flask", "vacuum flask", "thermos bottle", "flask thermos", "insulated bottle",
           "hot water flask", "termos"},
  lvis = {"thermos_bottle"},
  family = "vessels",
  size_mm = 300,
  description = "A steel thermos flask with a cup cap",
  params = {r = {38, 44}},
  parts = {
    {"body", "steel", color = "#c8ccd2", role = "primary", names = {"body", "flask"}},
    {"cap", "plastic", color = "#2a6ab0", role = "secondary", names = {"cap", "cup", "lid", "top"}},
    {"grip", "rubber", color = "#2a2a2e", role = "detail", names = {"grip", "band", "strap"}},
  },
  variants = {
    travel = {names = {"travel mug", "tumbler mug", "coffee tumbler", "to go mug", "insulated mug"}, size_mm = 190,
              colors = {body = "#2a4a6a", cap = "#2a2a2e", grip = "#2a2a2e"}},
  },
  points = {"top"},
  build = function(k)
    local r = k.p.r
    if k.variant == "travel" then
      local body = lathe({{34, 0}, {36, 4}, {44, 150}, {45, 158}})
      local lid = lathe({{46, 0}, {46, 16}, {40, 26}, {1, 28}}):move(0, 156, 0)
      local spout = box(14, 8, 24, 3):move(28, 184, 0)
      local handle = tube({{44, 140, 0}, {80, 130, 0}, {80, 40, 0}, {40, 30, 0}}, 9)
      local grip = intersect(lathe({{34, 0}, {36, 4}, {44, 150}}):round(1.5), box(200, 40, 200):move(0, 40, 0))
      k.attach("top", {0, 184, 0}, 80)
      return body:part("body") + (lid + spout):part("cap") + handle:part("grip") + grip:part("grip")
    end
    -- The flask: a tall steel cylinder narrowing at the shoulder, a stopper
    -- neck, and the cup that caps it (wider, with a rolled rim at its mouth,
    -- which is at the bottom as it sits upside down on the neck); a fold-out
    -- carry handle on the side, as on the classic camping flask.
    local prof = {{r - 2, 0}, {r, 4}, {r, 215}, {r * 0.8, 240}, {r * 0.62, 250}, {r * 0.62, 262}}
    local body = lathe(prof)
    local grip = cylinder(r + 1.5, 60):move(0, 90, 0)
    local cup = lathe({{r * 0.86, 0}, {r * 0.9, 6}, {r * 0.86, 8}, {r * 0.8, 52}, {r * 0.72, 56}, {1, 57}}):move(0, 246, 0)
    local rim = torus(r * 0.86, 3.2):move(0, 248, 0)
    local bar = limb({r + 22, 60, 0}, {r + 22, 190, 0}, 7)
    local arms = limb({r - 4, 60, 0}, {r + 22, 60, 0}, 6) + limb({r - 4, 190, 0}, {r + 22, 190, 0}, 6)
    k.attach("top", {0, 303, 0}, 2 * r * 0.8)
    return body:part("body") + (grip + bar + arms):part("grip") + (cup + rim):part("cap")
  end,
}
