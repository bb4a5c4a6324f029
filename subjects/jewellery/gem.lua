-- A gem: a big faceted cut stone — a round brilliant diamond with a flat
-- table and a pointed pavilion, or an emerald-cut, heart or ruby variant.
return {
  id = "gem",
  names = {"gem", "gemstone", "diamond", "jewel", "precious stone", "cut diamond", "brilliant", "gem stone", "diamand",
           "daimond"},
  lvis = {},
  family = "jewellery",
  size_mm = 30,
  description = "A faceted diamond",
  params = {},
  parts = {
    {"gem", "gloss", color = "#e8f2ff", role = "primary", names = {"gem", "stone", "diamond"}},
  },
  variants = {
    ruby = {names = {"ruby"}, colors = {gem = "#d0102a"}},
    emerald = {names = {"emerald", "emerald cut"}, colors = {gem = "#10a050"}},
    sapphire = {names = {"sapphire"}, colors = {gem = "#1a3ad0"}},
    topaz = {names = {"topaz"}, colors = {gem = "#f0a020"}},
  },
  build = function(k)
    local r = 20
    local v = k.variant
    if v == "emerald" then
      -- a step-cut octagonal slab
      local o = {}
      for i = 0, 7 do
        local a = math.rad(22.5 + 45 * i)
        o[#o + 1] = {math.cos(a) * 22 * 1.3, math.sin(a) * 16 * 1.3}
      end
      -- stacked steps: a wide girdle, two crown steps up to the table, three pavilion steps down
      local function step(f, y0, h)
        local q = {}
        for i, p in ipairs(o) do q[i] = {p[1] * f, p[2] * f} end
        return extrude(q, h, 0.6):rotx(-90):move(0, y0 + h / 2, 0)
      end
      local g = union(step(1, 0, 4), step(0.88, 4, 4), step(0.74, 8, 3.5),
                      step(0.86, -4, 4), step(0.66, -8, 4), step(0.42, -12, 4)):move(0, 14, 0)
      return g:rotx(35):part("gem")
    end
    -- round brilliant, 8-fold facets
    local crown_h, pav_h = r * 0.35, r * 0.85
    local body = union(cylinder(r, 1.2), cone(r, r * 0.56, crown_h):move(0, 1.2, 0), cone(r, 0.2, pav_h):flip("y"))
    local cuts = {}
    for i = 0, 7 do
      local a = 45 * i + 22.5
      cuts[#cuts + 1] = box(4 * r, 4 * r, 4 * r):move(0, 0, 2 * r):rotx(-58):move(0, crown_h * 0.55, r * 0.84):roty(a)
      cuts[#cuts + 1] = box(4 * r, 4 * r, 4 * r):move(0, 0, 2 * r):rotx(42):move(0, -pav_h * 0.3, r * 0.78):roty(a + 22.5)
    end
    local g = subtract(body, union(cuts))
    return g:rotx(-25):move(0, pav_h + 2, 0):part("gem")
  end,
}
