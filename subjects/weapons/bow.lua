-- A bow: a recurved wooden stave with a leather grip in the middle and a taut
-- string, standing upright; an arrow variant lies nocked across it.
return {
  id = "bow",
  names = {"bow", "longbow", "long bow", "recurve bow", "archery bow", "hunting bow", "shortbow", "short bow"},
  lvis = {"bow_(weapon)"},
  family = "weapons",
  size_mm = 1200,
  description = "A bow",
  params = {h = {1100, 1250}, draw = {150, 190}},
  parts = {
    {"stave", "wood", color = "#9a6236", role = "primary", names = {"stave", "limbs", "bow", "wood"}},
    {"string", "fabric", color = "#f0ece0", role = "detail", names = {"string", "bowstring"}},
    {"grip", "leather", color = "#3a2418", role = "secondary", names = {"grip", "handle"}},
    {"arrow", "wood", color = "#d8b078", role = "detail", names = {"arrow", "shaft"}},
    {"fletching", "feather", color = "#d82a2a", role = "detail", names = {"fletching", "feathers", "arrowhead"}},
  },
  variants = {
    arrow = {names = {"bow and arrow", "bow with arrow"}},
  },
  build = function(k)
    local H, D = k.p.h, k.p.draw
    local hh = H / 2
    -- the stave bows toward +X (the front); string on the back at x = 0
    local pts = {{-8, -hh, 0}, {D * 0.45, -hh * 0.72, 0}, {D * 0.85, -hh * 0.3, 0}, {D, 0, 0}, {D * 0.85, hh * 0.3, 0},
                 {D * 0.45, hh * 0.72, 0}, {-8, hh, 0}}
    local path = spline(pts, 6)
    local segs = {}
    for i = 1, #path - 1 do
      local t1, t2 = (i - 1) / (#path - 1), i / (#path - 1)
      local r1 = 14 + 12 * (1 - math.abs(2 * t1 - 1)) ^ 1.5
      local r2 = 14 + 12 * (1 - math.abs(2 * t2 - 1)) ^ 1.5
      segs[#segs + 1] = limb(path[i], path[i + 1], r1, r2)
    end
    local stave = union(segs):stretch(1, 1, 1.3)
    local tips = union(tube({{-8, hh, 0}, {-22, hh + 20, 0}, {-20, hh + 40, 0}}, 12, 9), tube({{-8, -hh, 0}, {-22, -hh - 20, 0}, {-20, -hh - 40, 0}}, 12, 9))
    local string = capsule({-14, -hh - 10, 0}, {-14, hh + 10, 0}, 8)
    local grip = lathe({{19, -70}, {20, 0}, {19, 70}}):stretch(0.9, 1, 1.2):move(D, 0, 0)
    local shape = union(union(stave, tips):part("stave"), string:part("string"), grip:part("grip"))
    if k.variant == "arrow" or k.chance(0.6) then
      local arrow = cylinder(8, D + 160):rotz(-90):move(-40, 0, 0)
      local head = cone(16, 0.5, 50):rotz(-90):move(D + 120, 0, 0)
      local fl = {}
      for i = 0, 2 do fl[#fl + 1] = extrude({{0, 0}, {9, 20}, {9, 60}, {0, 70}, {-9, 60}, {-9, 20}}, 3, 1):rotz(-90):rotx(120 * i):move(-35, 0, 0) end
      shape = shape + arrow:part("arrow") + union(head, union(fl)):part("fletching")
    end
    return shape:move(0, hh + 40, 0)
  end,
}
