-- A metronome: a tall wooden pyramid case with a cut-away front showing the
-- scale, and a swinging steel pendulum with a sliding weight.
return {
  id = "metronome",
  names = {"metronome", "mechanical metronome", "metranome", "metronom"},
  lvis = {},
  family = "instruments",
  size_mm = 220,
  description = "A metronome",
  params = {},
  parts = {
    {"case", "wood", color = "#6a3a1e", role = "primary", names = {"case", "body", "wood"}},
    {"pendulum", "steel", color = "#d0d4d8", role = "secondary", names = {"pendulum", "arm", "weight"}},
    {"scale", "paper", color = "#f4ecd8", role = "detail", names = {"scale", "face"}},
  },
  build = function(k)
    local case = extrude({{-70, 0}, {70, 0}, {22, 220}, {-22, 220}}, 90, 4):move(0, 0, 0)
    local base = box(160, 20, 110, 4):move(0, 10, 0)
    local slot = extrude({{-34, 40}, {34, 40}, {14, 200}, {-14, 200}}, 40, 2):move(0, 0, 40)
    case = subtract(union(case, base), slot)
    local scale = extrude({{-8, 50}, {8, 50}, {5, 195}, {-5, 195}}, 2):move(0, 0, 26)
    local arm = capsule({0, 45, 32}, {-30, 240, 32}, 2.6)
    local weight = extrude({{-12, 0}, {12, 0}, {8, 18}, {-8, 18}}, 10, 2):rotz(math.deg(math.atan(30, 195))):move(-17, 150, 32)
    return union(case:part("case"), scale:part("scale"), union(arm, weight):part("pendulum")):roty(40)
  end,
}
