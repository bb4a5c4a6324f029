-- A quiche: a round pastry case with fluted sides filled to the brim with a
-- set golden egg custard, browned in patches and flecked with herbs. A slice
-- is cut out, showing the pale filling with bits of bacon, the pastry wall
-- and base.
return {
  id = "quiche",
  names = {"quiche", "quiche lorraine", "savoury tart", "savory tart", "spinach quiche", "egg pie", "quiche pie",
           "quishe", "quich", "keesh", "bacon quiche", "cheese quiche", "vegetable quiche"},
  lvis = {"quiche"},
  family = "food",
  size_mm = 40,
  description = "A quiche with a fluted pastry crust and a slice cut out",
  params = {cut = {40, 55}},
  parts = {
    {"crust", "food", color = "#cf9550", role = "primary", names = {"crust", "pastry", "case", "shell"}},
    {"filling", "food", color = "#f4d980", role = "secondary", names = {"filling", "egg", "custard", "cheese"}},
    {"top", "food", color = "#eec458", role = "secondary", names = {"top", "surface", "golden top"}},
    {"browned", "food", color = "#d9a446", role = "fixed", names = {"browned", "brown spots"}},
    {"herbs", "food", color = "#4f8a38", role = "detail", names = {"herbs", "chives", "spinach", "parsley", "greens", "flecks"}},
    {"bacon", "food", color = "#c8685a", role = "detail", names = {"bacon", "ham", "lardons", "bits"}},
  },
  points = {"top"},
  build = function(k)
    local R, H, wall, base = 115, 38, 7, 6
    -- pastry case: a shallow tub with fluted outer wall and a rounded rim
    local case = cylinder(R - 4, H, 3)
    local flutes = radial(cylinder(6.5, H - 2, 3):move(R - 6, 0, 0), 44)
    local rim = torus(R - 6, 4.5):move(0, H - 2, 0)
    local shell = subtract(union(case, flutes, rim), cylinder(R - 4 - wall, H + 10):move(0, base, 0))
    -- the filling, domed a touch with browned, puffed patches
    local fill_top = H - 3
    local filling = smooth(8, cylinder(R - 4 - wall + 1, fill_top - base, 3):move(0, base - 1, 0),
                           ellipsoid(R - 18, 8, R - 18):move(0, fill_top - 3, 0)):noise(1.6, 22, 2)
    -- a wedge cut out, facing the viewer
    local half = k.p.cut / 2
    local big = 400
    local wedge = intersect(box(big, 200, big):move(big / 2, 60, big / 2):roty(half),
                            box(big, 200, big):move(big / 2, 60, -big / 2):roty(-half))
    -- roty turns +X towards -Z: the cut is centred at azimuth c (from +X
    -- towards +Z)
    local c = 62
    wedge = wedge:roty(-c)
    shell = subtract(shell, wedge)
    filling = subtract(filling, wedge)
    -- herbs scattered over the top, and bacon bits showing in the cut faces
    local herbs, bacon = {}, {}
    for i = 1, 16 do
      local a = k.rand(0, 2 * math.pi)
      local r = (R - 26) * math.sqrt(k.rand(0.05, 1))
      local top = math.max(fill_top - 1, fill_top - 3 + 8 * math.sqrt(math.max(0, 1 - (r / (R - 18)) ^ 2)))
      herbs[#herbs + 1] = ellipsoid(6, 3, 3):roty(k.rand(0, 180)):move(r * math.cos(a), top, r * math.sin(a))
    end
    herbs = subtract(union(herbs), wedge)
    for _, side in ipairs({-1, 1}) do
      local ang = math.rad(c + side * half)
      local dx, dz = math.cos(ang), math.sin(ang)
      for j = 1, 4 do
        local r = 22 + j * 18 + k.rand(-5, 5)
        local y = base + 7 + k.rand(0, H - base - 18)
        bacon[#bacon + 1] = box(10, 5, 10, 1.5):move(dx * r, y, dz * r)
      end
    end
    k.attach("top", {0, fill_top + 4, 0}, R * 0.8)
    -- the top baked golden, browned in patches; the inside stays pale
    local skin = intersect(filling, box(400, 40, 400):move(0, fill_top - 2 + 20, 0))
    local patches = {}
    for i = 1, 7 do
      local a = k.rand(0, 2 * math.pi)
      local r = (R - 30) * math.sqrt(k.rand(0, 1))
      patches[#patches + 1] = ellipsoid(k.rand(16, 30), 3, k.rand(14, 24)):noise(2, 10, 1):roty(k.rand(0, 180))
        :move(r * math.cos(a), fill_top + 3.2, r * math.sin(a))
    end
    local brown = intersect(union(patches), filling)
    -- overlays first: where shapes overlap, the earlier part shows
    return shell:part("crust") + brown:part("browned") + skin:part("top") + intersect(union(bacon), filling):part("bacon")
      + herbs:part("herbs") + filling:part("filling")
  end,
}
