-- A marshmallow: a soft, squat white cylinder with rounded edges and a
-- dusted, slightly lumpy skin; a toasted one is browned on a stick.
return {
  id = "marshmallow",
  names = {"marshmallow", "mini marshmallow", "marshmellow", "marshmallo", "mallow"},
  lvis = {"marshmallow"},
  family = "food",
  size_mm = 30,
  description = "A marshmallow",
  params = {r = {15, 17}, h = {24, 28}},
  parts = {
    {"mallow", "food", color = "#f6f1ea", role = "primary", names = {"mallow", "marshmallow"}},
    {"crust", "food", color = "#b8742e", role = "secondary", names = {"crust", "toasted"}},
    {"stick", "wood", color = "#c8a070", role = "detail", names = {"stick", "skewer"}},
  },
  variants = {
    toasted = {names = {"toasted marshmallow", "roasted marshmallow", "marshmallow on a stick", "smore marshmallow"},
               size_mm = 120},
    pink = {names = {"pink marshmallow"}, colors = {mallow = "#f4c4d0"}},
  },
  build = function(k)
    local r, h = k.p.r, k.p.h
    local body = cylinder(r, h, r * 0.45):noise(0.5, 8)
    if k.variant ~= "toasted" then return body:part("mallow") end
    -- on its side at the tip of a long stick, browned on its upper half
    local m = body:rotz(90):move(h / 2, 0, 0)
    local brown = intersect(m:round(0.6), box(4 * r, 2 * r, 4 * r):move(0, r * 0.9, 0)):noise(1, 5)
    local stick = cylinder(2.2, 100):rotz(90):move(-h * 0.2, 0, 0)
    return (m:part("mallow") + brown:part("crust") + stick:part("stick")):rotz(60):move(0, 0, 0)
  end,
}
