-- A table lamp: a rounded ceramic base (a gourd, a column or a ginger-jar
-- shape) with a short brass neck, a tapered drum shade and a finial.
local V = use("vessel")

return {
  id = "lamp",
  names = {"lamp", "table lamp", "bedside lamp", "reading lamp", "night lamp", "lampshade", "lamp shade",
           "lamp with shade", "lampe"},
  lvis = {"lamp", "lampshade"},
  family = "household",
  size_mm = 520,
  description = "A table lamp with a ceramic base and a fabric shade",
  params = {base_r = {70, 95}, shade_r = {140, 170}},
  parts = {
    {"base", "glazed", color = "#3a6e8c", role = "primary", names = {"base", "body", "stand"}},
    {"shade", "fabric", color = "#f0e6cc", role = "secondary", names = {"shade", "lampshade", "lamp shade"}},
    {"metal", "brass", color = "#c8a050", role = "detail", names = {"metal", "neck", "finial", "fittings"}},
  },
  points = {"top"},
  build = function(k)
    local br, sr = k.p.base_r, k.p.shade_r
    local kind = k.pick({"gourd", "column", "jar"})
    local bh = 260
    local prof
    if kind == "gourd" then
      prof = V.keyed({{0, br * 0.6}, {0.05, br * 0.65}, {0.35, br}, {0.7, br * 0.45}, {0.85, br * 0.3}, {1, br * 0.2}}, bh, 24)
    elseif kind == "column" then
      prof = V.keyed({{0, br * 0.9}, {0.06, br * 0.9}, {0.1, br * 0.45}, {0.9, br * 0.4}, {1, br * 0.25}}, bh, 16)
    else
      prof = V.keyed({{0, br * 0.65}, {0.1, br * 0.8}, {0.6, br}, {0.88, br * 0.55}, {1, br * 0.4}}, bh, 24)
    end
    local base = lathe(prof)
    local metal = cylinder(br * 0.3, 10):move(0, bh - 2, 0) + cylinder(8, 70):move(0, bh + 8, 0)
    -- Shade: a tapered drum, open top and bottom (a thin shell).
    local sh = sr * 1.05
    local sy = bh + 40
    local shade_solid = cone(sr, sr * 0.68, sh)
    -- Solid below a shallow top opening, so it stays whole when drawn small.
    local shade = subtract(shade_solid, cone(sr * 0.68 - 12, sr * 0.68 - 8, 40):move(0, sh - 30, 0)):move(0, sy, 0)
    shade = shade + torus(sr - 3, 5):move(0, sy + 2, 0) + torus(sr * 0.68 - 3, 5):move(0, sy + sh - 2, 0)
    -- Harp and finial above the shade.
    metal = metal + torus(sr * 0.25, 2.5):rotx(0):move(0, sy + sh - 6, 0) + sphere(9):move(0, sy + sh + 12, 0)
      + limb({0, bh + 70, 0}, {0, sy + sh + 6, 0}, 3)
    k.attach("top", {0, sy + sh + 20, 0}, 2 * sr * 0.68)
    return base:part("base") + shade:part("shade") + metal:part("metal")
  end,
}
