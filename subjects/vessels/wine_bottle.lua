-- A wine bottle: dark green glass, a tall straight body, sloping shoulders
-- and a long neck with a foil capsule; a cream label.
local V = use("vessel")

return {
  id = "wine_bottle",
  names = {"wine bottle", "red wine bottle", "white wine bottle", "whine bottle", "wine botle"},
  lvis = {"wine_bottle", "bottle"},
  family = "vessels",
  size_mm = 300,
  description = "A dark green wine bottle with a long neck",
  params = {radius = {36, 40}, shoulder = {0.55, 0.62}},
  parts = {
    {"glass", "glass", color = "#1f4a26", role = "primary", names = {"glass", "body", "bottle"}},
    {"label", "paper", color = "#efe6cc", role = "secondary", names = {"label"}},
    {"foil", "paint", color = "#7a1424", role = "detail", names = {"foil", "capsule", "cap", "cork", "top"}},
  },
  variants = {
    champagne = {names = {"champagne bottle", "sparkling wine bottle", "prosecco bottle"},
                 colors = {glass = "#1c3020", foil = "#d4b050", label = "#f2ead0"}},
  },
  points = {"top"},
  build = function(k)
    local champ = k.variant == "champagne"
    local h = 300
    local r = k.p.radius
    local sh = k.p.shoulder
    local neck = 13
    local prof = V.keyed({{0, r - 3}, {0.02, r}, {sh, r}, {sh + 0.13, neck + 3}, {0.97, neck}, {1, neck + 2}}, h, 32)
    local shape = lathe(prof):part("glass")
    -- Punt-less base seam and label.
    shape = shape + cylinder(r + 0.8, h * 0.25):move(0, h * 0.15, 0):part("label")
    local foil_len = champ and h * 0.24 or h * 0.16
    local foil = intersect(lathe(prof):round(1.2), box(200, foil_len, 200):move(0, h - foil_len / 2 + 1, 0))
    if champ then foil = foil + sphere(neck + 3):stretch(1, 0.6, 1):move(0, h + 2, 0) end
    shape = shape + foil:part("foil")
    k.attach("top", {0, h, 0}, 2 * neck)
    return shape
  end,
}
