-- A four-leaf clover: four heart-shaped leaflets on a slender curved stem.
local P -- the plant library, loaded when building

return {
  id = "clover",
  names = {"clover", "four leaf clover", "four-leaf clover", "lucky clover", "4 leaf clover", "clover leaf"},
  lvis = {},
  family = "plants",
  size_mm = 120,
  description = "A four-leaf clover",
  params = {},
  parts = {
    {"leaves", "plant", color = "#3aa03a", role = "primary", names = {"leaves", "leaf", "clover"}},
    {"stem", "plant", color = "#4a8a34", role = "secondary", names = {"stem"}},
  },
  build = function(k)
    P = use("plant")
    local top = {10, 110, 0}
    local heart = {}
    for i = 0, 32 do
      local t = 2 * math.pi * i / 32
      heart[#heart + 1] = {16 * math.sin(t) ^ 3 * 1.6, (13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)) * 1.6}
    end
    local leaflet = extrude(heart, 4, 1.6):move(0, 27, 0)
    local leaves = {}
    for i = 0, 3 do leaves[#leaves + 1] = leaflet:rotx(-90):rotx(12):roty(90 * i + 45) end
    local head = union(leaves):rotx(25):move(top)
    local stem = tube({{0, 0, 0}, {6, 50, 2}, {top[1], top[2] - 2, 0}}, 3.2, 2.6)
    return union(head:part("leaves"), stem:part("stem"))
  end,
}
