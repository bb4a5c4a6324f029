-- A broom: a long wooden pole and a fan of straw bristles bound with bands,
-- standing on the bristles.
return {
  id = "broom",
  names = {"broom", "sweeping broom", "brom", "broom stick"},
  lvis = {"broom"},
  family = "tools",
  size_mm = 1300,
  description = "A straw broom",
  params = {len = {1250, 1350}},
  parts = {
    {"bristles", "fabric", color = "#d8b860", role = "primary", names = {"bristles", "straw", "brush", "head"}},
    {"pole", "wood", color = "#8a5a32", role = "secondary", names = {"pole", "handle", "stick", "shaft"}},
    {"bands", "fabric", color = "#b02a1e", role = "detail", names = {"bands", "band", "binding", "ties"}},
  },
  variants = {
    witch = {names = {"witch's broom", "witches broom", "besom", "witch broom", "broomstick"}},
  },
  build = function(k)
    local L = k.p.len
    local witch = k.variant == "witch"
    local bh = 480
    local bristles
    if witch then
      bristles = lathe({{70, 0}, {78, 60}, {60, 200}, {34, bh - 20}, {22, bh}}):noise(4, 18, 2)
    else
      bristles = lathe({{230, 0}, {200, 140}, {80, bh - 40}, {30, bh}}):stretch(1, 1, 0.3):noise(4, 18, 2)
    end
    local bands = union(cylinder(witch and 40 or 88, 24, 6):stretch(1, 1, witch and 1 or 0.36):move(0, bh - 110, 0),
                        cylinder(witch and 30 or 42, 20, 5):stretch(1, 1, witch and 1 or 0.7):move(0, bh - 40, 0))
    local pole = cylinder(19, L - bh + 60, 5):move(0, bh - 60, 0)
    return union(bristles:part("bristles"), bands:part("bands"), pole:part("pole"))
  end,
}
