-- A goblet or chalice: a deep cup on a knopped stem and a round foot, in
-- metal.
local V = use("vessel")

return {
  id = "goblet",
  names = {"goblet", "chalice", "grail", "holy grail", "gobblet"},
  lvis = {"chalice"},
  family = "vessels",
  size_mm = 180,
  description = "A goblet: a cup on a stem and a foot",
  params = {cup_r = {40, 50}, stem = {40, 60}},
  parts = {
    {"body", "silver", color = "#c8ccd2", role = "primary", names = {"body", "cup", "bowl"}},
    {"trim", "gold", color = "#d4aa40", role = "secondary", names = {"trim", "stem", "rim", "knop"}},
    {"gems", "gloss", color = "#b01830", role = "detail", names = {"gems", "gem", "jewels", "jewel"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local R = k.p.cup_r
    local stem = k.p.stem
    local cup_h = 80
    local y0 = stem + 14
    local prof = V.profile(function(t) return 10 + (R - 10) * math.sqrt(t) end, cup_h, 16)
    local cup = vessel(prof, 3, 6):move(0, y0, 0):part("body")
    local foot = lathe({{38, 0}, {38, 4}, {30, 8}, {12, 16}, {8, 20}}):part("body")
    local stem_s = cylinder(6, y0 - 10):move(0, 10, 0)
    local knop = ellipsoid(14, 10, 14):move(0, 14 + stem * 0.5, 0)
    local trim = torus(R - 1.5, 2.4):move(0, y0 + cup_h - 1, 0) + knop + torus(12, 3):move(0, y0 + 2, 0)
    local shape = smooth(6 * k.soft, foot, stem_s:part("body"), cup) + trim:part("trim")
    local gems = {}
    for i = 0, 3 do
      local a = i * math.pi / 2
      local rr = 10 + (R - 10) * math.sqrt(0.45) + 1
      gems[#gems + 1] = sphere(5):stretch(1, 0.6, 1):aim({math.cos(a), 0, math.sin(a)}):move(math.cos(a) * rr, y0 + cup_h * 0.45, math.sin(a) * rr)
    end
    shape = shape + union(gems):part("gems")
    V.cavity(k, prof, 3, 6, 0.75, {y0 = y0, inside_at = 0.3})
    k.attach("top", {0, y0 + cup_h, 0}, 2 * R)
    return shape
  end,
}
