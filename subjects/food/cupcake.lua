-- A cupcake: a pleated paper cup holding the cake, a tall swirl of frosting,
-- sprinkles and a cherry on top.
local F -- the food library, loaded when building

return {
  id = "cupcake",
  names = {"cupcake", "cup cake", "fairy cake", "cupcakes", "cupcak"},
  lvis = {"cupcake", "muffin"},
  family = "food",
  size_mm = 80,
  description = "A cupcake with swirled frosting",
  params = {r = {30, 34}},
  parts = {
    {"frosting", "food", color = "#f6a8c8", role = "primary", names = {"frosting", "icing", "cream", "swirl", "topping"}},
    {"wrapper", "paper", color = "#6ab8e8", role = "secondary", names = {"wrapper", "cup", "paper", "liner", "case"}},
    {"cake", "food", color = "#d8a060", role = "detail", names = {"cake", "sponge"}},
    {"cherry", "glazed", color = "#c8141e", role = "detail", names = {"cherry"}},
    {"sprinkles", "candy", color = "#f8e040", role = "detail", names = {"sprinkles"}},
    {"hull", "plant", color = "#3f8a2a", role = "fixed", names = {"hull", "leaves"}},
  },
  variants = {
    muffin = {names = {"muffin", "chocolate muffin", "chocolate chip muffin", "muffins"}, colors = {cherry = "#4a2c1c"}},
    blueberry = {names = {"blueberry muffin", "blueberry muffins"}, colors = {cherry = "#3a2a6a"}},
    -- A strawberry on top, tip up on its green hull, instead of the cherry.
    strawberry = {names = {"strawberry cupcake", "strawberry cupcakes"}, colors = {frosting = "#f4a0b8"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local r = k.p.r
    local cup_h = 36
    local cupl = lathe({{r * 0.78, 0}, {r, cup_h}})
    local pleats = radial(limb({r * 0.8, 0.5, 0}, {r * 1.0, cup_h, 0}, 1.8, 2.2), 24)
    local wrapper = smooth(1, cupl, pleats)
    local cake = ellipsoid(r * 1.05, 12, r * 1.05):move(0, cup_h, 0)
    if k.variant == "muffin" or k.variant == "blueberry" then
      local top = ellipsoid(r * 1.25, r * 0.8, r * 1.25):noise(2.5, 12, 2):move(0, cup_h - 2, 0)
      local berries = F.place(F.ellipsoid_spots({0, cup_h - 2, 0}, r * 1.25, r * 0.8, r * 1.25, 14, 0.05, 0.95), function() return sphere(4) end)
      return union(wrapper:part("wrapper"), intersect(top, box(300, 300, 300):move(0, cup_h - 2 + 150, 0)):part("cake"), berries:part("cherry"))
    end
    local swirl = {}
    local tiers = {{r * 0.95, 9}, {r * 0.75, 8.5}, {r * 0.52, 8}, {r * 0.3, 7}}
    local y = cup_h + 8
    for i, t in ipairs(tiers) do
      swirl[#swirl + 1] = torus(t[1] - t[2] * 0.6, t[2]):move(0, y, 0)
      y = y + t[2] * 1.5
    end
    swirl[#swirl + 1] = cone(10, 1, 16):move(0, y - 4, 0)
    swirl[#swirl + 1] = cylinder(r * 0.5, y - cup_h):move(0, cup_h, 0) -- fills the swirl's core

    local frosting = smooth(4, table.unpack(swirl))
    local cherry = sphere(8):move(4, y + 8, 0)
    local stem = tube({{4, y + 14, 0}, {8, y + 24, 2}, {14, y + 30, 2}}, 1.5)
    local hull = nil
    if k.variant == "strawberry" then
      cherry = lathe({{8, 0}, {12, 4}, {12.5, 10}, {10, 17}, {5.5, 24}, {1, 28}}):move(0, y - 4, 0)
      stem = cylinder(1.6, 5):move(0, y - 9, 0)
      hull = radial(leaf(11, 5.5, 1.6, 1):rotz(-80), 6):move(0, y - 3, 0)
    end
    local sp = {}
    for i, s in ipairs(F.ellipsoid_spots({0, cup_h + 14, 0}, r * 0.95, 26, r * 0.95, 30, 0.1, 0.9)) do
      sp[#sp + 1] = capsule({-2.5, 0, 0}, {2.5, 0, 0}, 1.1):roty(i * 47):aim(s[2], s[1])
    end
    local shape = union(wrapper:part("wrapper"), cake:part("cake"), frosting:part("frosting"),
                        union(cherry, stem):part("cherry"), intersect(union(sp), frosting:round(1.2)):part("sprinkles"))
    if hull then shape = shape + hull:part("hull") end
    return shape
  end,
}
