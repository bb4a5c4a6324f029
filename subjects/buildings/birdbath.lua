-- A birdbath: a garden ornament of cast stone. A turned pedestal stands on
-- a square or round foot and carries a wide, shallow bowl with a rolled rim,
-- filled with water a little below the rim; a small bird perches on the rim
-- only when one is asked for.
return {
  id = "birdbath",
  names = {"birdbath", "bird bath", "garden bird bath", "stone bird bath", "bird fountain", "garden birdbath",
           "stone birdbath", "pedestal bird bath", "bird bath bowl"},
  lvis = {"birdbath"},
  family = "buildings",
  size_mm = 700,
  description = "A stone garden birdbath: a shallow bowl of water on a pedestal",
  params = {bowl_r = {118, 130}, h = {235, 260}, waist = {15, 19}, square = {0, 1}},
  parts = {
    {"bowl", "stone", color = "#aaa69d", role = "primary", names = {"bowl", "basin", "pedestal", "column", "stand", "dish"}},
    {"water", "gloss", color = "#8ec6e6", role = "detail", names = {"water"}},
    {"bird", "paint", color = "#8a6446", role = "detail", names = {"bird", "sparrow", "robin", "songbird"}},
    {"breast", "paint", color = "#d8743a", role = "fixed"},
  },
  points = {"top", "inside", "fill"},
  build = function(k)
    local R, H, w = k.p.bowl_r, k.p.h, k.p.waist
    local square = k.p.square > 0.5

    -- The foot: a stepped square plinth or a round moulded base.
    local foot
    local fh = 26
    if square then
      foot = box(120, 14, 120, 3):move(0, 7, 0) + box(96, 14, 96, 3):move(0, 19, 0)
    else
      foot = lathe({{66, 0}, {68, 6}, {64, 12}, {52, 16}, {48, 22}, {40, fh + 2}})
    end

    -- The pedestal: a baluster, slim in the middle and flaring under the bowl.
    local top = H
    local prof = {}
    for i = 0, 16 do
      local t = i / 16
      local r = w + 18 * (1 - t) ^ 3 + 8 * math.exp(-((t - 0.3) / 0.12) ^ 2) + 26 * t ^ 4
      prof[#prof + 1] = {r, fh - 2 + t * (top - fh + 4)}
    end
    local ped = lathe(prof)
    -- Two collar rings on the shaft.
    ped = ped + torus(w + 10, 4):move(0, fh + 14, 0) + torus(w + 5, 3.5):move(0, fh + (top - fh) * 0.62, 0)

    -- The bowl: wide and shallow, a rolled rim, a thick floor.
    local by = top - 8
    local outer = {{0, 0}, {36, 0}, {R * 0.55, 10}, {R * 0.86, 24}, {R - 4, 36}, {R + 2, 42}, {R + 2, 48},
                   {R - 8, 50}, {R - 12, 44}, {R * 0.8, 34}, {R * 0.45, 28}, {0, 26}}
    local bowl = revolve(outer):move(0, by, 0)
    local rim_y = by + 50
    -- The water: a thin slab set a little below the rim, filling the dish.
    local wy = by + 43
    local water = intersect(cylinder(R, wy - by - 22):move(0, by + 22, 0), revolve({{0, 0}, {R - 4, 36}, {R - 8, 44}, {0, 44}}):move(0, by, 0))

    local shape = (foot + ped + bowl):part("bowl") + water:part("water")

    -- A little bird perched on the rim, looking in, only when asked.
    if k.asked.bird then
      local s = 1.25
      local a = 40
      local body = ellipsoid(15, 11, 10):rotz(-20)
      local head = sphere(8.5):move(13, 11, 0)
      local beak = cone(3.2, 0.4, 8):rotz(-90):move(19, 11, 0)
      local tail = box(20, 3, 11, 1.5):rotz(25):move(-20, 6, 0)
      local legs = capsule({1, -10, -3.5}, {2, -17, -3.5}, 1.5) + capsule({1, -10, 3.5}, {2, -17, 3.5}, 1.5)
      local breast = ellipsoid(10, 8, 8):move(7, -1, 0)
      local bird = (body + head + beak + tail + legs):part("bird") + intersect(breast, body:round(0.8)):part("breast")
      -- On the rim at the right of the usual view, side on, looking across the water.
      bird = bird:scale(s):roty(180):move(R - 3, rim_y + 17 * s - 1.5, 0):roty(a)
      shape = shape + bird
    end

    k.attach("fill", {0, wy, 0}, 2 * (R - 10))
    k.attach("inside", {0, wy, 0}, R)
    k.attach("top", {0, rim_y, 0}, R)
    return shape
  end,
}
