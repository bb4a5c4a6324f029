-- A ring: a polished gold band; an engagement ring carries a faceted diamond
-- in a four-prong setting; a signet ring has a flat oval face. Stands on edge.
local function gem(r)
  -- a round brilliant: girdle, a crown up to a flat table, a pointed
  -- pavilion below, with eight facets cut into each
  local crown_h, pav_h = r * 0.38, r * 0.85
  local body = union(cylinder(r, r * 0.08), cone(r, r * 0.56, crown_h):move(0, r * 0.08, 0), cone(r, r * 0.04, pav_h):flip("y"))
  local cuts = {}
  for i = 0, 7 do
    local a = 45 * i + 22.5
    cuts[#cuts + 1] = box(4 * r, 4 * r, 4 * r):move(0, 0, 2 * r):rotx(-58):move(0, crown_h * 0.55, r * 0.84):roty(a)
    cuts[#cuts + 1] = box(4 * r, 4 * r, 4 * r):move(0, 0, 2 * r):rotx(42):move(0, -pav_h * 0.3, r * 0.78):roty(a + 22.5)
  end
  return subtract(body, union(cuts)), pav_h
end

return {
  id = "ring",
  names = {"ring", "gold ring", "wedding ring", "wedding band", "band ring", "finger ring"},
  lvis = {"ring"},
  family = "jewellery",
  size_mm = 28,
  description = "A ring",
  params = {},
  parts = {
    {"band", "gold", color = "#e0b030", role = "primary", names = {"band", "ring", "metal"}},
    {"gem", "gloss", color = "#f0f6ff", role = "secondary", names = {"gem", "gemstone", "gem stone", "stone", "diamond", "jewel", "ruby", "emerald", "sapphire", "birthstone", "crystal"}},
    {"setting", "silver", color = "#e0e4e8", role = "detail", names = {"setting", "prongs"}},
  },
  variants = {
    engagement = {names = {"engagement ring", "diamond ring", "solitaire ring", "proposal ring", "promise ring"},
                           size_mm = 30},
    signet = {names = {"signet ring", "seal ring"}},
  },
  build = function(k)
    local v = k.variant
    local R, r = 10, 1.8
    local band = torus(R, r):stretch(1, 1, 1.4)
    local shape = band:part("band")
    -- A stone set in it when it is an engagement ring or one is asked for
    -- ("a silver ring with a blue gemstone").
    if v == "engagement" or k.asked.gem then
      local g, pav = gem(6)
      local gx = R + r + pav - 0.6
      local prongs = {}
      for i = 0, 3 do
        local a = math.rad(45 + 90 * i)
        prongs[#prongs + 1] = tube({{R + r * 0.6, math.cos(a) * 1.5, math.sin(a) * 1.5}, {gx - 1, math.cos(a) * 5.4, math.sin(a) * 5.4},
                                    {gx + 1.6, math.cos(a) * 5.2, math.sin(a) * 5.2}}, 0.8)
      end
      local collar = cone(2.4, 3.2, 3):rotz(-90):move(R + r * 0.5, 0, 0)
      shape = union(shape, union(union(prongs), collar):part("setting"), g:rotz(-90):move(gx, 0, 0):part("gem"))
    elseif v == "signet" then
      shape = smooth(1.5, band, cylinder(5, 3, 1):stretch(1.2, 1, 1):rotz(-90):move(R + 1, 0, 0)):part("band")
    end
    return shape:rotx(90):rotz(90):roty(-30):move(0, R + r, 0)
  end,
}
