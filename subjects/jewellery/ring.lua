-- A ring: a polished gold band; an engagement ring carries a faceted diamond
-- in a four-prong setting; a signet ring has a flat oval face. Stands on edge.
local function gem(r, h)
  -- a round brilliant: a flat table, a crown and a pointed pavilion
  local g = union(cone(r, r * 0.55, h * 0.35):move(0, 0, 0), cone(r, 0.3, h * 0.65):flip("y"))
  local facets = {}
  for i = 0, 7 do
    facets[#facets + 1] = box(r * 3, r * 3, r * 3):move(0, 0, r * 1.5 + r * 0.92):rotx(-35):roty(45 * i)
  end
  return subtract(g, union(facets))
end

return {
  id = "ring",
  names = {"ring", "gold ring", "wedding ring", "wedding band", "band ring", "silver ring", "finger ring"},
  lvis = {"ring"},
  family = "jewellery",
  size_mm = 28,
  description = "A ring",
  params = {},
  parts = {
    {"band", "gold", color = "#e0b030", role = "primary", names = {"band", "ring", "metal"}},
    {"gem", "glass", color = "#f0f6ff", role = "secondary", names = {"gem", "stone", "diamond", "jewel", "ruby", "emerald", "sapphire"}},
    {"setting", "silver", color = "#e0e4e8", role = "detail", names = {"setting", "prongs"}},
  },
  variants = {
    engagement = {names = {"engagement ring", "diamond ring", "solitaire ring", "proposal ring", "ruby ring", "promise ring"}, size_mm = 30},
    signet = {names = {"signet ring", "seal ring"}},
  },
  build = function(k)
    local v = k.variant
    local R, r = 10, 1.8
    local band = torus(R, r):stretch(1, 1, 1.4)
    local shape = band:part("band")
    if v == "engagement" then
      local top = {R + 1, 0, 0}
      local prongs = {}
      for i = 0, 3 do
        local a = math.rad(45 + 90 * i)
        prongs[#prongs + 1] = capsule({R + 1, 0, 0}, {R + 6.5, math.cos(a) * 3.4, math.sin(a) * 3.4}, 0.6)
      end
      local g = gem(4, 5):rotz(-90):move(R + 7.4, 0, 0)
      local collar = cone(2.5, 3.5, 4):rotz(-90):move(R + 1.5, 0, 0)
      shape = union(shape, union(union(prongs), collar):part("setting"), g:part("gem"))
    elseif v == "signet" then
      shape = smooth(1.5, band, cylinder(5, 3, 1):stretch(1.2, 1, 1):rotz(-90):move(R + 1, 0, 0)):part("band")
    end
    return shape:rotx(90):rotz(90):roty(-30):move(0, R + r, 0)
  end,
}
