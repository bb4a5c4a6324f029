-- A sword standing on its pommel: grip, crossguard and a long pointed blade
-- with a fuller. Held in a hand, the fist closes round the grip.
return {
  id = "sword",
  names = {"sword", "longsword", "long sword", "broadsword", "broad sword", "knight sword", "knight's sword",
           "medieval sword", "blade", "arming sword", "claymore", "greatsword", "great sword", "excalibur"},
  lvis = {"sword"},
  family = "accessories",
  plunges = true,
  size_mm = 1000,
  description = "A knight's sword",
  params = {blade = {3.3, 3.8}, guard = {0.9, 1.1}},
  parts = {
    {"blade", "steel", color = "#d0d4da", role = "primary", names = {"blade"}},
    {"hilt", "gold", color = "#c8a040", role = "secondary", names = {"hilt", "guard", "crossguard", "pommel"}},
    {"grip", "leather", color = "#4a2e1e", role = "detail", names = {"grip", "handle"}},
  },
  attach_to = {"hand", "top"},
  build = function(k)
    -- Width 220 across the guard; the fist is at about 70 from the base.
    local W = 220
    local grip_top = W * 0.58
    local pommel = sphere(W * 0.075):stretch(1, 1.1, 1):move(0, W * 0.07, 0)
    local grip = cylinder(W * 0.05, grip_top - W * 0.1):move(0, W * 0.1, 0)
    local guard = box(W * 0.09, W * 0.1, W * k.p.guard, W * 0.03):move(0, grip_top + W * 0.04, 0)
    guard = smooth(W * 0.03, guard, sphere(W * 0.065):move(0, grip_top + W * 0.04, W * 0.5 * k.p.guard),
                   sphere(W * 0.065):move(0, grip_top + W * 0.04, -W * 0.5 * k.p.guard))
    local bl = W * k.p.blade
    local blade = blade(bl, W * 0.2, W * 0.04):roty(90):move(0, grip_top + W * 0.09, 0)
    local fuller = box(W * 0.05, bl * 0.7, W * 0.03):move(0, grip_top + W * 0.1 + bl * 0.36, 0)
    blade = subtract(blade, fuller:move(W * 0.04, 0, 0))
    blade = subtract(blade, fuller:move(-W * 0.04, 0, 0))
    local grip_wrap = {}
    for i = 1, 5 do grip_wrap[#grip_wrap + 1] = torus(W * 0.05, W * 0.012):move(0, W * 0.1 + i * (grip_top - W * 0.12) / 6, 0) end
    return union(blade:part("blade"), guard:part("hilt"), pommel:part("hilt"), grip:part("grip"),
                 union(table.unpack(grip_wrap)):part("grip"))
  end,
}
