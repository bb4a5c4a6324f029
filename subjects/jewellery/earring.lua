-- Earrings: a pair of gold hoops, or drop earrings with a gem hanging from a
-- hook, standing side by side.
return {
  id = "earring",
  names = {"earring", "earrings", "hoop earring", "hoop earrings", "ear ring", "earing"},
  lvis = {"earring"},
  family = "jewellery",
  size_mm = 45,
  description = "A pair of gold hoop earrings",
  several = true, -- a pair
  params = {},
  parts = {
    {"metal", "gold", color = "#e0b030", role = "primary", names = {"metal", "hoops", "hooks"}},
    {"gem", "gloss", color = "#2a6ad8", role = "secondary", names = {"gem", "gems", "stones", "pearls", "drops"}},
  },
  variants = {
    drop = {names = {"drop earring", "drop earrings", "dangle earrings", "gem earrings"}},
    pearl = {names = {"pearl earring", "pearl earrings"}, colors = {gem = "#f6f0e6"}},
  },
  build = function(k)
    local v = k.variant
    local shape = empty()
    for i, x in ipairs({-22, 22}) do
      local p
      if v == "drop" or v == "pearl" then
        local hook = tube({{0, 60, 0}, {6, 70, 0}, {12, 62, 0}, {10, 48, 0}, {0, 40, 0}}, 1.4)
        local bail = torus(3.5, 1.4):rotx(90):move(0, 35, 0)
        local gem = v == "pearl" and sphere(9):move(0, 22, 0) or sphere(9):stretch(0.8, 1.5, 0.55):move(0, 20, 0)
        p = union(union(hook, bail):part("metal"), gem:part("gem"))
      else
        p = union(torus(18, 2.4):rotx(90):move(0, 22, 0), capsule({0, 40, 0}, {0, 46, 0}, 1.3)):part("metal")
      end
      shape = shape + p:roty(i == 1 and 20 or -20):move(x, 0, 0)
    end
    return shape
  end,
}
