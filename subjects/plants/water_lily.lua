-- A water lily (lotus): a pink many-petalled flower opening on a round flat
-- lily pad with a notch, with a second pad beside it.
local P -- the plant library, loaded when building

return {
  id = "water_lily",
  names = {"water lily", "waterlily", "lotus", "lotus flower", "lily pad", "lilypad", "nymphaea", "water lilly"},
  lvis = {},
  family = "plants",
  size_mm = 80,
  description = "A water lily flower on a lily pad",
  params = {},
  parts = {
    {"petals", "plant", color = "#f490b8", role = "primary", names = {"petals", "flower", "lotus", "bloom"}},
    {"pads", "plant", color = "#3e8a30", role = "secondary", names = {"pads", "pad", "leaves", "lily pads"}},
    {"centre", "plant", color = "#f4c81e", role = "detail", names = {"centre", "center", "stamens"}},
  },
  build = function(k)
    P = use("plant")
    local function pad(R, at, turn)
      local disc = cylinder(R, 6, 2.5)
      local notch = extrude({{0, 0}, {R * 1.3, R * 0.22}, {R * 1.3, -R * 0.22}}, 40):rotx(90)
      return subtract(disc, notch):roty(turn):move(at)
    end
    local pads = union(pad(120, {0, 0, 0}, 30), pad(80, {165, 0, -75}, 200)) -- the pads overlap, as they do on a pond
    local rings = {}
    for l = 0, 2 do
      rings[#rings + 1] = P.petal_ring(8, 62 - 12 * l, 26 - 4 * l, 4, 22 + 24 * l, 22.5 * l, 0.85, 12)
    end
    local flower = union(rings):scale(1.5):move(-10, 8, 10)
    local centre = cylinder(19, 22, 5):move(-10, 8, 10)
    return union(pads:part("pads"), flower:part("petals"), centre:part("centre"))
  end,
}
