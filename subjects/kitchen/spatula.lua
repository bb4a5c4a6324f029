-- A spatula (turner) lying flat: a wide slotted blade angled up into a
-- long handle. A whisk is a bulb of wire loops on a handle; a rolling pin
-- a long wooden cylinder with handles.
return {
  id = "spatula",
  names = {"spatula", "turner", "fish slice", "pancake turner", "egg flipper", "spatual", "spachula"},
  lvis = {"spatula"},
  family = "kitchen",
  size_mm = 40,
  description = "A slotted kitchen spatula",
  params = {blade = {90, 110}},
  parts = {
    {"blade", "steel", color = "#c8ccd2", role = "primary", names = {"blade", "head"}},
    {"handle", "plastic", color = "#1e1e22", role = "secondary", names = {"handle", "grip"}},
  },
  points = {"top"},
  build = function(k)
    local bl = k.p.blade
    local bw = 75
    local blade = box(bl, 2.5, bw, 1):move(bl / 2, 1.25, 0)
    local slots = {}
    for i = -2, 2 do slots[#slots + 1] = box(bl * 0.55, 6, 6, 2.5):move(bl * 0.5, 0, i * 13) end
    blade = subtract(blade, union(slots))
    local neck = limb({6, 2, 0}, {-40, 30, 0}, 5, 4)
    local handle = limb({-40, 30, 0}, {-200, 40, 0}, 9, 11)
    handle = subtract(handle, cylinder(4, 40):move(-185, 20, 0))
    k.attach("top", {bl / 2, 3, 0}, bw)
    return smooth(4, blade, neck):part("blade") + handle:part("handle")
  end,
}
