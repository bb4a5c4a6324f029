-- A bowl: a wide rounded lathe vessel on a foot ring, with a contrasting
-- rim. Variants: a wooden salad bowl, a steel mixing bowl, a rice bowl.
local V = use("vessel")

return {
  id = "bowl",
  names = {"bowl", "soup bowl", "cereal bowl", "ceramic bowl", "serving bowl", "dish bowl", "bowel", "bowll",
           "fruit bowl", "sugar bowl", "dessert bowl", "porridge bowl", "pet bowl", "dog bowl", "cat bowl"},
  lvis = {"bowl", "soup_bowl", "sugar_bowl", "salad_plate"},
  family = "vessels",
  size_mm = 80,
  description = "A round bowl on a foot ring",
  params = {rim = {92, 104}, depth = {72, 86}, foot = {0.4, 0.5}},
  parts = {
    {"body", "glazed", color = "#4a72b0", role = "primary", names = {"body", "glaze", "outside"}},
    {"rim", "glazed", color = "#ece4cc", role = "secondary", names = {"rim", "band", "lip", "trim"}},
  },
  variants = {
    salad = {names = {"salad bowl", "wooden bowl", "wood bowl"}, size_mm = 100, colors = {body = "#b07a44", rim = "#9a6838"}},
    mixing = {names = {"mixing bowl", "metal bowl", "steel bowl"}, size_mm = 110, colors = {body = "#c8ccd2", rim = "#c8ccd2"}},
    rice = {names = {"rice bowl", "chinese bowl", "japanese bowl", "empty ramen bowl", "empty noodle bowl"}, size_mm = 75,
            colors = {body = "#f2f0ea", rim = "#2a4a8a"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local v = k.variant
    local R, H = k.p.rim, k.p.depth
    local foot = R * k.p.foot
    local wall = 5.5
    if v == "salad" then R, H, foot, wall = 120, 100, 55, 7 end
    if v == "mixing" then R, H, foot, wall = 110, 110, 55, 2.5 end
    if v == "rice" then R, H, foot = 68, 65, 30 end
    local fh = v == "mixing" and 0 or 8
    -- The body curves from the foot up and out to the rim.
    local prof = V.profile(function(t)
      local s = math.sin(t * math.pi * 0.5)
      return foot + (R - foot) * (v == "mixing" and t ^ 0.6 or s ^ 0.8)
    end, H - fh, 20)
    for _, p in ipairs(prof) do p[2] = p[2] + fh end
    local body = V.solid_vessel(prof, wall, (H - fh) * 0.62):part("body")
    local shape = body
    if fh > 0 then
      shape = smooth(2, shape, subtract(cylinder(foot * 0.9, fh + 2), cylinder(foot * 0.9 - 5, 4):move(0, -1, 0)):part("body"))
    end
    if v == "mixing" then
      shape = shape + torus(R, 3):move(0, H, 0):part("rim")
    elseif v == "rice" then
      -- A painted ring, not a disc: a disc across the bowl would seal a void below it.
      shape = shape + (intersect(lathe(prof):round(0.8), box(400, 10, 400):move(0, H - 12, 0))
        - cylinder(V.radius_at(prof, H - 12) - wall + 1.5, 20):move(0, H - 22, 0)):part("rim")
      shape = shape + torus(R - wall / 2, wall / 2 + 0.5):move(0, H, 0):part("rim")
    else
      shape = shape + torus(R - wall / 2, wall / 2 + 0.6):move(0, H, 0):part("rim")
    end
    V.cavity(k, prof, wall, 0, 0.78, {inside_at = 0.4})
    k.attach("top", {0, H, 0}, 2 * R)
    return shape
  end,
}
