-- A harmonica: a flat bar with a row of square holes along the front, a
-- wooden comb between two shiny metal cover plates.
return {
  id = "harmonica",
  names = {"harmonica", "mouth organ", "blues harp", "harmonika", "harmonicka"},
  lvis = {},
  family = "instruments",
  size_mm = 30,
  description = "A harmonica",
  params = {},
  parts = {
    {"covers", "silver", color = "#d0d4d8", role = "primary", names = {"covers", "plates", "metal"}},
    {"comb", "wood", color = "#c8904e", role = "secondary", names = {"comb", "wood", "body"}},
    {"holes", "plastic", color = "#141416", role = "fixed"},
  },
  build = function(k)
    local L, D = 104, 28
    local comb = box(L - 4, 9, D - 2, 1):move(0, 13, 0)
    local top = box(L, 8, D, 3):move(0, 21, 0)
    local bottom = box(L, 8, D, 3):move(0, 5, 0)
    local holes = {}
    for i = 0, 9 do holes[#holes + 1] = box(6, 5, 8):move(-L / 2 + 8 + i * 9.8, 13, D / 2 - 2) end
    local text = box(L * 0.5, 0.8, 8):move(0, 25.2, 0)
    return union(subtract(comb, union(holes)):part("comb"), union(top, bottom):part("covers"), intersect(union(holes), comb):move(0, 0, -1.5):part("holes"))
      :roty(30)
  end,
}
