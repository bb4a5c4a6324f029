-- A potato: a lumpy oval tuber with thin light-brown skin dotted with small
-- dark eyes; a sweet potato is longer, tapered and reddish.
return {
  id = "potato",
  names = {"potato", "potatoe", "spud", "russet potato", "baking potato", "tater", "potatos vegetable"},
  lvis = {"potato", "sweet_potato"},
  family = "food",
  size_mm = 60,
  description = "A potato",
  params = {},
  parts = {
    {"skin", "food", color = "#c8a070", role = "primary", names = {"skin", "potato", "peel"}},
    {"eyes", "food", color = "#6a4a2a", role = "detail", names = {"eyes", "spots"}},
  },
  variants = {
    sweet = {names = {"sweet potato", "yam"}, colors = {skin = "#b0503a", eyes = "#6a2a1a"}},
  },
  build = function(k)
    local sweet = k.variant == "sweet"
    local body = sweet and smooth(20, ellipsoid(80, 34, 36), limb({-60, 0, 0}, {-110, 4, 0}, 24, 6), limb({60, 0, 0}, {115, -4, 0}, 26, 6))
                         or smooth(10, ellipsoid(62, 40, 44), ellipsoid(40, 34, 38):move(36, 4, 6))
    body = body:noise(sweet and 2 or 3, 22, 2)
    local eyes = {}
    for i = 0, 9 do
      local a = i * 2.39996
      local x = -50 + 100 * ((i * 7) % 10) / 9
      eyes[#eyes + 1] = sphere(3):stretch(1.4, 1, 1.4):move(x, math.cos(a) * 36, math.sin(a) * 38)
    end
    local e = intersect(union(eyes), body:round(0.6))
    return union(body:part("skin"), e:part("eyes")):roty(-25):move(0, 40, 0)
  end,
}
