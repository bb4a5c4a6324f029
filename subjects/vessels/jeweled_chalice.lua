-- A jewelled chalice: a wide, rounded cup bowl on a tall slender stem with a
-- fat knop halfway up and a broad domed round foot, all in gold, with a
-- raised band round the bowl set with a ring of cabochon gems and a few more
-- on the knop and the foot.
local V = use("vessel")

return {
  id = "jeweled_chalice",
  names = {"jeweled chalice", "jewelled chalice", "golden chalice", "gold chalice", "communion cup",
           "communion chalice", "eucharist cup", "eucharistic chalice", "gem chalice", "jeweled goblet",
           "jewelled goblet", "royal chalice", "jeweled cup", "jewelled cup", "jeweled chalise"},
  lvis = {"chalice"},
  family = "vessels",
  size_mm = 230,
  description = "A golden chalice: a wide bowl on a knopped stem and a round foot, set with gems",
  params = {cup_r = {52, 58}, stem = {70, 84}, gems = {8, 10}},
  parts = {
    {"body", "gold", color = "#d8ae3e", role = "primary",
     names = {"body", "cup", "bowl", "stem", "foot", "base", "knop"}},
    {"band", "gold", color = "#c89a30", role = "secondary", names = {"band", "rim", "trim", "collar"}},
    {"gems", "gloss", color = "#b0102a", role = "detail",
     names = {"gems", "gem", "jewels", "jewel", "rubies", "ruby", "emeralds", "emerald",
              "sapphires", "sapphire", "stones", "gemstones"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local R = k.p.cup_r
    local stem = k.p.stem
    local n = k.p.gems
    local cup_h = 66
    -- the foot: a broad disc doming up into the stem
    local foot = lathe({{60, 0}, {61, 3}, {60, 7}, {52, 11}, {36, 16}, {20, 22}, {11, 30}, {9, 36}})
    -- the stem with a knop in the middle and a little collar under the bowl
    local y0 = 30 + stem -- bottom of the bowl
    local stem_s = cylinder(7, stem + 4):move(0, 32, 0)
    local ky = 32 + stem * 0.5
    local knop = ellipsoid(17, 13, 17):move(0, ky, 0)
    local rings = torus(9.5, 3):move(0, ky - 17, 0) + torus(9.5, 3):move(0, ky + 17, 0)
    -- the bowl: rounded under, flaring a little to the lip
    local prof = V.profile(function(t)
      return 12 + (R - 12) * (math.sin(t * math.pi * 0.5) ^ 0.7)
    end, cup_h, 18)
    local cup = vessel(prof, 3, 5):move(0, y0, 0)
    local collar = torus(13, 4):move(0, y0 + 3, 0)
    local body = smooth(5 * k.soft, foot, stem_s, knop, cup)
    -- the jewelled band round the bowl, a little under the lip
    local by = cup_h * 0.6
    local br = V.radius_at(prof, by)
    local band = revolve({{br - 1.5, by - 8}, {br + 2.4, by - 7.5}, {br + 3.2, by}, {br + 2.4, by + 7.5},
                          {br - 1.5, by + 8}}):move(0, y0, 0)
    local lip = torus(R - 1.2, 2.6):move(0, y0 + cup_h - 1.2, 0)
    local footrim = torus(58, 3):move(0, 4, 0)
    local gems = {}
    for i = 0, n - 1 do
      local a = (i + 0.5) * 2 * math.pi / n
      local c, s = math.cos(a), math.sin(a)
      gems[#gems + 1] = ellipsoid(7, 7.5, 4.5):aim({c, 0, s}):move(c * (br + 2), y0 + by, s * (br + 2))
    end
    for i = 0, 3 do
      local a = i * math.pi / 2 + math.pi / 4
      local c, s = math.cos(a), math.sin(a)
      gems[#gems + 1] = ellipsoid(5, 5, 3.5):aim({c, 0, s}):move(c * 15, ky, s * 15)
      -- on the foot's slope
      gems[#gems + 1] = ellipsoid(6, 6, 3.5):aim({c, 0.55, s}):move(c * 44, 12.8, s * 44)
    end
    local shape = body:part("body") + (band + lip + footrim + rings + collar):part("band")
      + union(gems):part("gems")
    V.cavity(k, prof, 3, 5, 0.75, {y0 = y0, inside_at = 0.25})
    k.attach("top", {0, y0 + cup_h, 0}, 2 * R)
    return shape
  end,
}
