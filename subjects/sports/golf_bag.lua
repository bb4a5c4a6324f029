-- A golf bag: a tall padded cylinder with a stiff base and a collared top, a
-- long zipped pocket and a ball pocket down the front, a carry strap over the
-- side, and a set of clubs standing in it with their heads out of the top:
-- round-headed drivers and woods, flat-bladed irons.
return {
  id = "golf_bag",
  names = {"golf bag", "golf club bag", "set of golf clubs", "golf stand bag", "golf cart bag", "golfbag",
           "bag of golf clubs", "golf bag with clubs"},
  family = "sports",
  size_mm = 1150,
  description = "A golf bag with clubs sticking out of the top",
  params = {clubs = {5, 6}, r = {128, 138}},
  parts = {
    {"bag", "fabric", color = "#a82a2a", role = "primary", names = {"bag", "body"}},
    {"trim", "fabric", color = "#1e1e22", role = "secondary", names = {"trim", "pockets", "pocket", "strap",
                                                                        "collar", "base"}},
    {"heads", "steel", color = "#c8ccd2", role = "detail", names = {"heads", "club heads", "clubs", "irons",
                                                                    "golf clubs"}},
    {"woods", "gloss", color = "#1a1a1e", role = "detail", names = {"woods", "drivers", "driver heads"}},
  },
  points = {"top"},
  build = function(k)
    local R = k.p.r
    local H = 820
    -- the bag: a padded tube, a stiff wider base and a collar round the mouth
    local body0 = lathe({{0, 0}, {R, 0}, {R + 2, H * 0.5}, {R, H}, {0, H}}):stretch(1, 1, 0.92)
    local body = body0
    local base = lathe({{0, 0}, {R + 12, 0}, {R + 14, 70}, {R + 4, 80}, {0, 80}}):stretch(1, 1, 0.92)
    local collar = lathe({{0, H - 90}, {R + 4, H - 90}, {R + 16, H - 40}, {R + 16, H + 10}, {0, H + 10}})
      :stretch(1, 1, 0.92)
    collar = collar + torus(R + 10, 9):stretch(1, 1, 0.92):move(0, H + 8, 0)
    -- the open mouth: a dark well the clubs stand in
    local mouth = cylinder(R - 6, 80):stretch(1, 1, 0.92):move(0, H - 60, 0)
    local well = cylinder(R - 4, 12):stretch(1, 1, 0.92):move(0, H - 66, 0)
    -- the pockets down the front (+X): a long one and a rounded ball pocket
    local pocket = box(70, H * 0.5, R * 1.1, 30):move(R * 0.92, H * 0.52, 0)
    local ball = box(70, H * 0.17, R * 1.25, 34):move(R * 0.98, H * 0.2, 0)
    local zip = box(6, H * 0.46, 6, 2):move(R * 0.92 + 36, H * 0.52, R * 0.4)
    -- a carry strap looping over the side (+Z), a padded band
    local strap = tube({{-R * 0.3, H * 0.78, R * 0.85}, {-R * 0.25, H * 0.62, R * 1.25}, {-R * 0.2, H * 0.42, R * 1.28},
                        {-R * 0.15, H * 0.3, R * 0.85}}, 14):stretch(1, 1, 1)
    local strap_pad = ellipsoid(20, 90, 16):move(-R * 0.22, H * 0.52, R * 1.28)
    -- clubs standing in the bag with their heads out of the top
    local n = k.p.clubs
    local shafts, irons, woods = {}, {}, {}
    for i = 1, n do
      local a = (i / n) * 2 * math.pi + 0.5 + k.rand(-0.15, 0.15)
      local ca, sa = math.cos(a), math.sin(a)
      local rr = R * 0.55
      local wood = (i % 3 == 1)
      local ty = H + (wood and k.rand(300, 340) or k.rand(230, 280))
      local tx, tz = ca * rr * 1.5, sa * rr * 1.5
      shafts[#shafts + 1] = limb({ca * rr * 0.8, H - 62, sa * rr * 0.8}, {tx, ty, tz}, 10)
      local head
      if wood then
        -- a driver or wood upside down: a round head on a short hosel
        head = smooth(8, limb({0, -30, 0}, {0, 22, 0}, 9, 11), ellipsoid(60, 38, 52):move(46, 28, 0))
        woods[#woods + 1] = head:roty(-math.deg(a)):move(tx, ty, tz)
      else
        -- an iron upside down: a flat blade standing up from the hosel
        local blade = extrude({{-8, -10}, {16, -4}, {96, 6}, {108, 24}, {104, 58}, {86, 66}, {6, 34}}, 18, 4)
        head = smooth(4, limb({0, -36, 0}, {0, 8, 0}, 10, 9), blade:move(0, 0, 0))
        irons[#irons + 1] = head:roty(-math.deg(a)):move(tx, ty, tz)
      end
    end
    k.attach("top", {0, H + 300, 0}, R * 2)
    body = subtract(body, mouth)
    collar = subtract(collar, mouth)
    return union(body:part("bag"), well:part("trim"), union(base, collar, pocket, ball, strap, strap_pad):part("trim"),
                 zip:part("heads"), union(union(shafts), union(irons)):part("heads"), union(woods):part("woods"))
      :roty(-15)
  end,
}
