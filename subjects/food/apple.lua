-- An apple: a round body dimpled top and bottom, a short stem and a leaf.
local F -- the food library, loaded when building

return {
  id = "apple",
  names = {"apple", "red apple", "crab apple", "aple", "appel"},
  lvis = {"apple"},
  family = "food",
  size_mm = 80,
  description = "An apple",
  params = {r = {38, 43}, h = {64, 72}, lean = {-0.3, 0.3}},
  parts = {
    {"skin", "food", color = "#c8202a", role = "primary", names = {"skin", "apple", "peel"}},
    {"stem", "wood", color = "#5a3c22", role = "detail", names = {"stem", "stalk"}},
    {"leaf", "plant", color = "#4a9a34", role = "secondary", names = {"leaf", "leaves"}},
  },
  variants = {
    green = {names = {"green apple", "granny smith"}, colors = {skin = "#8cc43c"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local r, h = k.p.r, k.p.h
    local prof = {{3, 7}, {12, 2}, {24, 0.5}, {r * 0.88, h * 0.18}, {r, h * 0.45}, {r * 0.97, h * 0.7}, {r * 0.8, h * 0.93},
                  {r * 0.45, h}, {r * 0.2, h * 0.97}, {3, h * 0.86}}
    local body = lathe(F.smooth_profile(prof)):stretch(1, 1, 0.96):rotz(k.p.lean * 8)
    local top = {0, h * 0.86, 0}
    local stem = F.stem(top, 22, 2.2, 0.35)
    local lf = F.leaf_at({2, h * 0.98, 0}, 34, 17, 1.4, k.rand(20, 70), 20, 0.8)
    local shape = union(body:part("skin"), stem:part("stem"))
    if k.chance(0.8) then shape = shape + lf:part("leaf") end
    return shape
  end,
}
