-- A pool table: a green felt bed inside cushioned wooden rails with six black
-- pockets (four corners, two in the middle of the long sides) and white
-- diamond sights, on a deep wooden apron and four heavy turned legs; the
-- balls are racked in a triangle, the cue ball waits at the other end and a
-- cue may lie across the felt. A snooker table is longer with red balls.
local F = use("furniture")

return {
  id = "pool_table",
  names = {"pool table", "billiard table", "billiards table", "pool tabel", "bar pool table", "8 ball table",
           "eight ball table", "billard table"},
  lvis = {"pool_table"},
  family = "sports",
  size_mm = 800,
  description = "A pool table with racked balls",
  params = {},
  parts = {
    {"felt", "fabric", color = "#1e7a3c", role = "primary", names = {"felt", "cloth", "baize", "top", "cushions"}},
    {"wood", "wood", color = "#6a3a1c", role = "secondary", names = {"wood", "rails", "frame", "legs", "body", "apron"}},
    {"pockets", "leather", color = "#141414", role = "detail", names = {"pockets", "pocket"}},
    {"balls", "glazed", color = "#e8c020", role = "detail", names = {"balls", "pool balls", "billiard balls"}},
    {"balls_red", "glazed", color = "#c81e1e", role = "fixed"},
    {"balls_blue", "glazed", color = "#1e3ca8", role = "fixed"},
    {"balls_dark", "glazed", color = "#141416", role = "fixed"},
    {"balls_white", "glazed", color = "#f4f2ea", role = "fixed", names = {"cue ball", "diamonds", "sights"}},
    {"cue", "wood", color = "#d8b078", role = "detail", names = {"cue", "cue stick", "pool cue", "stick"}},
  },
  variants = {
    snooker = {names = {"snooker table", "full size snooker table"}, size_mm = 860},
  },
  points = {"top"},
  build = function(k)
    local snooker = k.variant == "snooker"
    local Lp, Wp = 2240, 1120          -- the playing surface
    if snooker then Lp, Wp = 3560, 1780 end
    local rw = 150                     -- rail width
    local L, W = Lp + 2 * rw, Wp + 2 * rw
    local Y = 760                      -- the felt's height
    local br = snooker and 26 or 28.5  -- ball radius
    local pr = snooker and 52 or 62    -- pocket radius
    local bed = box(Lp + 40, 40, Wp + 40, 2):move(0, Y - 20, 0)
    local cushions = subtract(box(Lp + 60, 36, Wp + 60, 8), box(Lp, 100, Wp)):move(0, Y + 16, 0)
    local rails = subtract(box(L, 76, W, 14), box(Lp + 50, 200, Wp + 50)):move(0, Y + 0, 0)
    local apron = box(L - 80, 200, W - 80, 10):move(0, Y - 130, 0)
    -- legs: heavy turned posts under the corners (six for a long snooker table)
    local legs = {}
    local lx, lz = L / 2 - 230, W / 2 - 190
    local xs = snooker and {-lx, 0, lx} or {-lx, lx}
    for _, x in ipairs(xs) do
      for _, z in ipairs({-lz, lz}) do
        legs[#legs + 1] = F.leg(x, z, Y - 200, 80, 95, "turned")
        legs[#legs + 1] = box(210, 70, 210, 12):move(x, 35, z)
      end
    end
    -- pockets: holes through rail, cushion and bed at the corners and the
    -- middle of the long sides, dark cups below
    local spots = {{-Lp / 2 + 10, -Wp / 2 + 10}, {Lp / 2 - 10, -Wp / 2 + 10}, {-Lp / 2 + 10, Wp / 2 - 10},
                   {Lp / 2 - 10, Wp / 2 - 10}, {0, -Wp / 2 - 22}, {0, Wp / 2 + 22}}
    local holes, cups = {}, {}
    for _, p in ipairs(spots) do
      holes[#holes + 1] = cylinder(pr, 300):move(p[1], Y - 120, p[2])
      cups[#cups + 1] = union(cylinder(pr + 4, 120):move(p[1], Y - 150, p[2]), torus(pr + 8, 12):move(p[1], Y + 36, p[2]))
    end
    holes = union(holes)
    local felt = subtract(union(bed, cushions), holes)
    local wood = union(subtract(rails, holes), apron, union(legs))
    local pockets = union(cups)
    -- diamond sights along the rails
    local dots = {}
    for i = 1, 7 do
      if i ~= 4 then
        local x = -Lp / 2 + Lp * i / 8
        for _, s in ipairs({-1, 1}) do dots[#dots + 1] = sphere(11):stretch(1.4, 0.5, 0.8):move(x, Y + 38, s * (Wp / 2 + rw * 0.55)) end
      end
    end
    for i = 1, 3 do
      local z = -Wp / 2 + Wp * i / 4
      for _, s in ipairs({-1, 1}) do dots[#dots + 1] = sphere(11):stretch(0.8, 0.5, 1.4):move(s * (Lp / 2 + rw * 0.55), Y + 38, z) end
    end
    -- the balls racked in a triangle, apex towards the head, at the foot spot
    local groups = {balls = {}, balls_red = {}, balls_blue = {}, balls_dark = {}, balls_white = {}}
    local order = {"balls", "balls_blue", "balls_red", "balls_dark", "balls_red", "balls_blue", "balls_dark", "balls_red",
                   "balls", "balls_blue", "balls_red", "balls", "balls_dark", "balls_blue", "balls"}
    local fx = Lp / 4
    local n = 0
    for row = 0, 4 do
      for j = 0, row do
        n = n + 1
        local g = snooker and "balls_red" or order[n]
        local x = fx + row * br * 1.74
        local z = (j - row / 2) * br * 2.02
        table.insert(groups[g], sphere(br):move(x, Y + br - 3, z))
      end
    end
    if not snooker then
      groups.balls_dark[#groups.balls_dark + 1] = empty()
    else
      -- the colours on their spots
      table.insert(groups.balls, sphere(br):move(-Lp * 0.3, Y + br - 3, -Wp * 0.17))
      table.insert(groups.balls_blue, sphere(br):move(0, Y + br - 3, 0))
      table.insert(groups.balls_dark, sphere(br):move(Lp * 0.41, Y + br - 3, 0))
    end
    table.insert(groups.balls_white, sphere(br):move(-Lp / 4 - 60, Y + br - 3, Wp * 0.08))
    -- the cue lies across the felt, butt over the rail
    local cue = empty()
    if k.asked.cue or k.chance(0.6) then
      local a = {-Lp / 2 - rw * 0.7, Y + 56, Wp / 2 - 40}
      local b = {-Lp / 2 + 1350, Y + 16, -Wp / 2 + 300}
      cue = union(limb(a, b, 22, 14), sphere(15):move(b[1], b[2], b[3]))
    end
    k.attach("top", {0, Y, 0}, Wp * 0.4)
    local out = union(felt:part("felt"), wood:part("wood"), pockets:part("pockets"), cue:part("cue"),
                      union(dots):part("balls_white"))
    for _, g in ipairs({"balls", "balls_red", "balls_blue", "balls_dark", "balls_white"}) do
      if #groups[g] > 0 then out = union(out, union(groups[g]):part(g)) end
    end
    return out:roty(-15)
  end,
}
