-- A coffee table: a long low table with a thick top, a lower shelf and
-- four short legs (or a round top on three legs with "round").
local F = use("furniture")

return {
  id = "coffee_table",
  names = {"coffee table", "cocktail table", "low table", "living room table", "center table", "centre table",
           "tea table", "cofee table", "coffe table"},
  lvis = {"coffee_table"},
  family = "furniture",
  size_mm = 450,
  description = "A low coffee table with a lower shelf",
  params = {width = {1000, 1300}, depth = {550, 650}},
  parts = {
    {"top", "wood", color = "#9a6a40", role = "primary", names = {"top", "tabletop", "surface"}},
    {"frame", "wood", color = "#5a3a22", role = "secondary", names = {"frame", "legs", "leg", "shelf", "base"}},
  },
  points = {"top"},
  build = function(k)
    local h = 450
    local W, D = k.p.width, k.p.depth
    local t = 40
    if k.outline == "round" then
      local r = 450
      local top = cylinder(r, t, 8):move(0, h - t, 0)
      local legs = {}
      for i = 0, 2 do
        local a = i * 2 * math.pi / 3
        legs[#legs + 1] = limb({math.cos(a) * r * 0.55, h - t, math.sin(a) * r * 0.55}, {math.cos(a) * r * 0.72, 10, math.sin(a) * r * 0.72}, 26, 16)
      end
      local shelf = cylinder(r * 0.6, 20, 4):move(0, 140, 0)
      k.attach("top", {0, h, 0}, r * 0.7)
      return top:part("top") + (union(legs) + shelf):part("frame")
    end
    local top = box(D, t, W, 8):move(0, h - t / 2, 0)
    local ix, iz = D / 2 - 40, W / 2 - 40
    local legs = F.four_legs(ix, iz, h - t, 28, 28, "block")
    local shelf = box(2 * ix + 20, 22, 2 * iz + 20, 3):move(0, 110, 0)
    local apron = F.apron(ix, iz, h - t + 2, 70, 22)
    k.attach("top", {0, h, 0}, math.min(W, D) * 0.45)
    return top:part("top") + (legs + shelf + apron):part("frame")
  end,
}
