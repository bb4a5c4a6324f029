-- A wine glass: a clear tulip-shaped bowl on a long thin stem and a wide
-- flat foot. Variants: a champagne flute, a cocktail (martini) glass, a
-- brandy snifter.
local V = use("vessel")

return {
  id = "wine_glass",
  names = {"wine glass", "wineglass", "red wine glass", "white wine glass", "stemware", "stemmed glass", "wine galss",
           "whine glass", "goblet glass"},
  lvis = {"wineglass"},
  family = "vessels",
  size_mm = 210,
  description = "A wine glass on a long stem",
  params = {bowl_r = {40, 46}, stem = {70, 85}},
  parts = {
    {"glass", "glass", color = "#e2eef2", role = "primary", names = {"glass", "bowl", "stem"}},
  },
  variants = {
    flute = {names = {"champagne flute", "champagne glass", "flute glass", "flute"}, size_mm = 230},
    martini = {names = {"martini glass", "cocktail glass", "cosmopolitan glass"}, size_mm = 180},
    snifter = {names = {"brandy glass", "snifter", "brandy snifter", "cognac glass"}, size_mm = 150},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local v = k.variant
    local R, stem = k.p.bowl_r, k.p.stem
    local bh = 100
    local prof
    if v == "flute" then
      stem, bh = 80, 150
      prof = V.keyed({{0, 4}, {0.08, 18}, {0.6, 28}, {1, 26}}, bh, 20)
    elseif v == "martini" then
      stem, bh = 90, 80
      prof = V.profile(function(t) return 4 + 66 * t end, bh, 6)
    elseif v == "snifter" then
      stem, bh = 35, 110
      prof = V.keyed({{0, 6}, {0.1, 30}, {0.45, 54}, {0.85, 40}, {1, 36}}, bh, 24)
    else
      prof = V.keyed({{0, 5}, {0.12, R * 0.7}, {0.45, R}, {0.85, R * 0.86}, {1, R * 0.84}}, bh, 24)
    end
    local y0 = stem + 4
    local bowl = V.solid_vessel(prof, 3, bh * 0.75):move(0, y0, 0)
    local foot = lathe({{v == "snifter" and 40 or 38, 0}, {36, 3}, {10, 5}, {4, 8}})
    local st = cylinder(4.5, y0 + 2):move(0, 2, 0)
    local shape = smooth(4, foot, st, bowl)
    V.cavity(k, prof, 3, 6, v == "flute" and 0.8 or 0.5, {y0 = y0, inside_at = v == "martini" and 0.35 or 0.2})
    k.attach("top", {0, y0 + bh, 0}, 2 * V.radius_at(prof, bh))
    return shape:part("glass")
  end,
}
