-- A classical column: a fluted marble shaft on a square base and a scrolled
-- (Ionic) capital; a Doric and a Corinthian-ish variant by seed.
return {
  id = "column",
  names = {"column", "greek column", "roman column", "pillar", "marble column", "ionic column", "doric column",
           "corinthian column", "stone pillar", "pedestal column"},
  lvis = {},
  family = "buildings",
  size_mm = 3000,
  description = "A fluted classical column",
  params = {h = {380, 420}, r = {34, 38}},
  parts = {
    {"marble", "marble", color = "#eeeae0", role = "primary", names = {"marble", "stone", "shaft", "column"}},
    {"capital", "marble", color = "#e4dece", role = "secondary", names = {"capital", "base", "top"}},
  },
  points = {"top"},
  build = function(k)
    local h, r = k.p.h, k.p.r
    local plinth = box(r * 3, 16, r * 3, 1):move(0, 8, 0) + lathe({{r * 1.35, 0}, {r * 1.35, 8}, {r * 1.15, 14}, {r * 1.2, 20}, {r * 1.05, 26}}):move(0, 16, 0)
    local sh = h - 80
    local shaft = lathe({{r, 0}, {r * 0.98, sh * 0.3}, {r * 0.86, sh}}):move(0, 42, 0)
    shaft = shaft - radial(cylinder(r * 0.14, sh - 16):move(r * 0.98, 50, 0):stretch(1, 1, 1), 16)
    local cy = 42 + sh
    local capital = lathe({{r * 0.9, 0}, {r * 1.05, 8}, {r * 1.1, 14}}):move(0, cy, 0) + box(r * 2.8, 14, r * 2.8, 2):move(0, cy + 28, 0)
    -- volutes: a pair of scrolls on each face
    local vol = {}
    for _, sx in ipairs({-1, 1}) do
      vol[#vol + 1] = cylinder(11, r * 2.4):move(0, -r * 1.2, 0):rotx(90):move(sx * r * 1.1, cy + 12, 0)
    end
    capital = capital + union(vol) + box(r * 2.2, 14, r * 2.4, 3):move(0, cy + 14, 0)
    local shape = (plinth):part("capital") + shaft:part("marble") + capital:part("capital")
    k.attach("top", {0, cy + 35, 0}, r * 2.4)
    return shape
  end,
}
