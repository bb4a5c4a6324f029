-- A crown: a gold band of points topped with balls and set with jewels; the
-- royal crown variant closes over a velvet cap with a cross.
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})
return {
  id = "crown",
  names = {"crown", "queen's crown", "queens crown", "princess crown"},
  lvis = {"crown"},
  family = "accessories",
  size_mm = 110,
  description = "A gold crown with jewels",
  params = {points = {6, 9}, height = {0.65, 0.85}},
  parts = {
    {"crown", "gold", color = "#e6b838", role = "primary", names = {"crown", "band", "points"}},
    {"jewels", "gloss", color = "#c0182c", role = "secondary", names = {"jewels", "gems", "jewel", "gem", "rubies", "stones"}},
    {"cap", "fabric", color = "#8a1830", role = "detail", names = {"cap", "velvet", "lining"}},
  },
  variants = {
    royal = {names = {"royal crown", "imperial crown", "king's crown", "kings crown"}, size_mm = 160},
  },
  attach_to = {"head", "top"},
  build = function(k)
    local royal = k.variant == "royal"
    return O.crown(90, {crown = "crown", jewels = "jewels"},
                   {points = math.floor(k.p.points), height = k.p.height, cap = royal and "cap" or nil})
  end,
}
