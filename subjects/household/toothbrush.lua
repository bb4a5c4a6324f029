-- A toothbrush lying on its side: a long slim handle with a thumb grip and
-- a head of white and blue bristle tufts.
return {
  id = "toothbrush",
  names = {"toothbrush", "tooth brush", "tootbrush"},
  lvis = {"toothbrush"},
  family = "household",
  size_mm = 40,
  description = "A toothbrush with bristles",
  params = {},
  parts = {
    {"handle", "plastic", color = "#2a7ad0", role = "primary", names = {"handle", "body"}},
    {"bristles", "plastic", color = "#f4f4f2", role = "secondary", names = {"bristles", "head"}},
    {"grip", "rubber", color = "#f2f2f0", role = "detail", names = {"grip"}},
  },
  points = {"top"},
  build = function(k)
    local handle = tube({{-110, 9, 0}, {-40, 7, 0}, {20, 9, 0}, {55, 11, 0}, {75, 10, 0}}, 6.5, 5)
    handle = smooth(6, handle, ellipsoid(16, 6, 9):move(70, 10, 0))
    local grip = ellipsoid(26, 7, 8):move(-30, 8, 0)
    local tufts = {}
    for i = 0, 5 do
      for _, z in ipairs({-4.5, 0, 4.5}) do
        tufts[#tufts + 1] = cylinder(2.2, 14):move(60 + i * 4.5, 12, z)
      end
    end
    local shape = handle:part("handle") + grip:part("grip") + union(tufts):part("bristles")
    k.attach("top", {70, 26, 0}, 16)
    return shape:move(0, -1, 0)
  end,
}
