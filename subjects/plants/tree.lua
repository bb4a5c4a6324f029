-- Trees: a tapered trunk along a bent spline with branches and a lumpy crown
-- of foliage blobs (oak); a pine is a stack of cones; a palm a curved ringed
-- trunk under arching fronds; birch, willow and cherry blossom have their own
-- bark, crown and colours.
local P -- the plant library, loaded when building

return {
  id = "tree",
  names = {"tree", "oak", "oak tree", "deciduous tree", "maple", "maple tree", "elm", "elm tree", "shade tree",
           "leafy tree", "treee", "tre"},
  lvis = {},
  family = "plants",
  size_mm = 600,
  description = "A tree with a trunk and a leafy crown",
  params = {height = {560, 640}, trunk_r = {36, 46}},
  parts = {
    {"foliage", "plant", color = "#46a03a", role = "primary", names = {"foliage", "leaves", "canopy", "crown", "fronds", "needles", "blossom", "blossoms", "flowers"}},
    {"trunk", "wood", color = "#64462d", role = "secondary", names = {"trunk", "bark", "branches", "wood"}},
    {"marks", "wood", color = "#26221e", role = "detail", names = {"marks", "bark marks", "stripes"}},
    {"fruit", "food", color = "#6b4a2a", role = "detail", names = {"coconuts", "coconut", "fruit", "apples"}},
  },
  variants = {
    pine = {names = {"pine", "pine tree", "fir", "fir tree", "spruce", "spruce tree", "conifer", "evergreen", "evergreen tree", "cedar"},
            colors = {foliage = "#28643a"}},
    christmas = {names = {"christmas tree", "xmas tree", "decorated tree", "holiday tree", "christmas pine"},
                 colors = {foliage = "#1f6a36", fruit = "#d81e24", marks = "#f6c81e"}},
    bush = {names = {"bush", "shrub", "shrubbery"}, size_mm = 260},
    palm = {names = {"palm", "palm tree", "coconut tree", "coconut palm", "palmtree"}, size_mm = 700,
            colors = {foliage = "#3f9a3a", trunk = "#8a6a48"}},
    birch = {names = {"birch", "birch tree", "silver birch", "aspen", "aspen tree"}, colors = {foliage = "#7cb842", trunk = "#ece8de"}},
    willow = {names = {"willow", "willow tree", "weeping willow"}, colors = {foliage = "#7aa844", trunk = "#5a4632"}},
    autumn = {names = {"autumn tree", "fall tree", "autumn maple", "red maple", "tree in autumn", "tree in fall"},
              colors = {foliage = "#e0781e", trunk = "#4a3226"}},
    apple = {names = {"apple tree", "fruit tree", "orchard tree"}, colors = {fruit = "#d01e1e"}},
    orange = {names = {"orange tree", "citrus tree", "tangerine tree", "mandarin tree"}, colors = {fruit = "#f08a1a"}},
    lemon = {names = {"lemon tree"}, colors = {fruit = "#f2d52a"}},
    peach = {names = {"peach tree", "apricot tree"}, colors = {fruit = "#f4a070"}},
    pear = {names = {"pear tree"}, colors = {fruit = "#c4cc4a"}},
    plum = {names = {"plum tree"}, colors = {fruit = "#5a2a6a"}},
    bare = {names = {"dead tree", "bare tree", "leafless tree", "winter tree", "spooky tree", "tree without leaves", "dead oak"},
            colors = {trunk = "#4a3a2e"}},
    cherry = {names = {"cherry blossom", "cherry blossom tree", "sakura", "sakura tree", "cherry tree", "blossom tree", "flowering tree"},
              colors = {foliage = "#f4a6c4", trunk = "#4a3226", fruit = "#fde0ea"}},
  },
  points = {"top"},
  build = function(k)
    P = use("plant")
    local v = k.variant
    local xmas = v == "christmas"
    -- Fruit trees differ only in the fruit's colour.
    local apple = v == "apple" or v == "orange" or v == "lemon" or v == "peach" or v == "pear" or v == "plum"
    local bare = v == "bare"
    local pine, bush, palm, birch, willow, cherry = v == "pine" or xmas, v == "bush", v == "palm", v == "birch", v == "willow", v == "cherry"
    local realistic = k.style == "realistic"
    local height = bush and 260 or k.p.height
    local trunk_r = bush and 18 or k.p.trunk_r
    if birch then trunk_r = trunk_r * 0.6 end

    if palm then
      -- A leaning, curving trunk with growth rings, a crown of arching fronds and coconuts.
      local lean = k.rand(70, 110)
      local h = height * 0.82
      local spine = {{0, 0, 0}, {lean * 0.15, h * 0.35, 0}, {lean * 0.55, h * 0.7, 0}, {lean, h, 0}}
      local trunk = tube(spine, trunk_r * 0.85, trunk_r * 0.55)
      trunk = smooth(10, trunk, cone(trunk_r * 1.5, trunk_r * 0.8, trunk_r))
      local pts = spline(spine, 8)
      local rings = {}
      for i = 2, #pts - 1, 2 do
        local t = (i - 1) / (#pts - 1)
        local d = P.norm(P.sub(pts[i + 1], pts[i - 1]))
        rings[#rings + 1] = torus(trunk_r * (0.85 - 0.3 * t), 3.2):aim(d, pts[i])
      end
      trunk = union(trunk, union(rings)):part("trunk")
      local top = spine[#spine]
      local fronds = {}
      local n = k.int(8, 10)
      for i = 0, n - 1 do
        local az = 360 * i / n + k.rand(-10, 10)
        local el = k.rand(10, 40)
        local len = height * k.rand(0.36, 0.44)
        local f = P.arch_leaf(top, len, len * 0.24, 11, az, el, k.rand(0.45, 0.7), 0.9)
        -- Notch the frond into leaflets: thin slots across it.
        fronds[#fronds + 1] = f
        fronds[#fronds + 1] = tube({top, P.add(top, P.mul(P.dir(az, el), len * 0.45)),
                                    P.add(P.add(top, P.mul(P.dir(az, 0), len * 0.9)), {0, -len * 0.3, 0})}, 7, 5)
      end
      local foliage = union(fronds):part("foliage")
      local nuts = {}
      for i = 0, 2 do
        local d = P.dir(120 * i + 30, -40)
        nuts[#nuts + 1] = sphere(trunk_r * 0.45):move(P.add(top, P.mul(d, trunk_r * 0.7)))
      end
      return union(trunk, foliage, union(nuts):part("fruit"))
    end

    local trunk_top = bush and height * 0.3 or height * (pine and 0.35 or (birch and 0.5 or 0.42))
    local spine = {{0, 0, 0}, {k.rand(-15, 15), trunk_top * 0.4, k.rand(-15, 15)}, {k.rand(-25, 25), trunk_top, k.rand(-25, 25)}}
    if birch then spine[2] = {k.rand(-8, 8), trunk_top * 0.4, 0}; spine[3] = {k.rand(-10, 10), trunk_top, 0} end
    local trunk = tube(spine, trunk_r, trunk_r * 0.55)
    trunk = smooth(10, trunk, cone(trunk_r * 1.8, trunk_r, trunk_r * 1.2))
    local crown_base = spine[3]
    local leaves = {}
    local strands_shape = nil
    local marks = nil
    if pine then
      local tiers = k.int(3, 5)
      local span = height - trunk_top * 0.6
      for i = 0, tiers - 1 do
        local t = i / tiers
        local r = (1 - t * 0.75) * height * 0.28
        local y = trunk_top * 0.6 + t * span * 0.72
        leaves[#leaves + 1] = cone(r, r * 0.08, span / tiers * 1.8):move(crown_base[1], y, crown_base[3])
      end
    else
      local blobs = bush and k.int(5, 7) or k.int(5, 8)
      local crown_r = bush and 110 or height * (cherry and 0.36 or (birch and 0.26 or 0.34))
      local centre = bush and {0, height * 0.55, 0} or P.add(crown_base, {0, crown_r * 0.75, 0})
      local squash = cherry and 0.75 or (birch and 1.35 or 1)
      -- the trunk carries on up into the middle of the crown
      trunk = union(trunk, limb(crown_base, centre, trunk_r * 0.55, trunk_r * 0.4))
      leaves[#leaves + 1] = sphere(crown_r * 0.75):stretch(1, squash, 1):move(centre)
      local branches = {}
      for i = 0, blobs - 1 do
        local a = 2 * math.pi * (i + k.rand(0, 0.6)) / blobs
        local up = k.rand(-0.3, 0.8)
        local d = P.norm({math.cos(a), up * squash, math.sin(a)})
        local c = P.add(centre, P.mul({d[1], d[2] * squash, d[3]}, crown_r * k.rand(0.55, 0.8)))
        leaves[#leaves + 1] = sphere(crown_r * k.rand(0.4, 0.55)):move(c)
        if not bush and (i % 2 == 0 or bare) then
          local from = P.lerp(crown_base, centre, bare and 0.1 or 0.3)
          branches[#branches + 1] = limb(from, c, trunk_r * 0.45, trunk_r * 0.25)
          if bare then
            -- forking twigs
            for j = 0, 2 do
              local tw = P.add(c, P.mul(P.norm({d[1] + k.rand(-0.6, 0.6), d[2] + 0.5, d[3] + k.rand(-0.6, 0.6)}), crown_r * 0.45))
              branches[#branches + 1] = limb(c, tw, trunk_r * 0.22, trunk_r * 0.08)
            end
          end
        end
      end
      if #branches > 0 then trunk = smooth(8, trunk, union(branches)) end
      if willow then
        -- Curtains of hanging strands around the crown.
        local strands = {}
        local ns = 22
        for i = 0, ns - 1 do
          local a = 360 * i / ns + k.rand(-6, 6)
          local d = P.dir(a, 0)
          local rr = crown_r * k.rand(0.85, 1.05)
          local top = P.add(centre, {d[1] * rr * 0.5, crown_r * 0.15, d[3] * rr * 0.5}) -- rooted well inside the crown
          local bottom = P.add(centre, {d[1] * rr * 1.12, -crown_r * 0.2 - k.rand(0.55, 0.85) * (centre[2] - crown_r * 0.2), d[3] * rr * 1.12})
          strands[#strands + 1] = tube({top, P.add(P.lerp(top, bottom, 0.4), P.mul(d, 12)), bottom}, 10, 7)
        end
        strands_shape = union(strands) -- added after the crown's noise, which would pinch them apart
      end
      if birch then
        local m = {}
        for i = 1, 9 do
          local y = trunk_top * (0.1 + 0.1 * i) + k.rand(-8, 8)
          local t = y / trunk_top
          local at = {spine[1][1] + (spine[3][1] - spine[1][1]) * t, y, 0}
          local rr = trunk_r * (1 - 0.45 * t)
          m[#m + 1] = intersect(cylinder(rr + 1.2, 5):move(at[1], y, 0),
                                box(rr * 3, 12, rr * 1.6):roty(k.rand(0, 360)):move(at[1] + rr, y, 0))
        end
        marks = union(m)
      end
    end
    local foliage
    if pine then
      foliage = smooth(6 * k.soft, table.unpack(leaves))
    else
      foliage = smooth(25 * k.soft, table.unpack(leaves))
      foliage = foliage:noise(realistic and 9 or 5, cherry and 40 or 70, realistic and 3 or 2)
      if strands_shape then foliage = smooth(6, foliage, strands_shape) end
    end
    if realistic then trunk = trunk:noise(2, 25, 2) end
    if bare then
      return (realistic and trunk:noise(2, 25, 2) or trunk):part("trunk")
    end
    local shape = smooth(6, trunk:part("trunk"), foliage:part("foliage"))
    if marks then shape = shape + marks:part("marks") end
    if xmas then
      -- baubles on the tiers and a star on the top
      local b = foliage:bounds()
      local top_y = b.max[2]
      local base_y = trunk_top * 0.6
      local balls = {}
      for i = 0, 23 do
        local t = (i + 0.5) / 24
        local y = base_y + (top_y - base_y) * t * 0.85
        local r = height * 0.28 * (1 - (y - base_y) / (top_y - base_y)) * 0.92
        local a = math.rad(i * 137.5)
        balls[#balls + 1] = sphere(height * 0.022):move(crown_base[1] + math.cos(a) * r, y, crown_base[3] + math.sin(a) * r)
      end
      shape = shape + union(balls):part("fruit")
      shape = shape + star(5, height * 0.06, height * 0.028, height * 0.02):move(crown_base[1], top_y + height * 0.04, crown_base[3]):part("marks")
    end
    if apple then
      local b = foliage:bounds()
      local c = P.mul(P.add(b.min, b.max), 0.5)
      local fruit = {}
      for _, d in ipairs(P.spread(18, -0.3, 0.9)) do
        -- set into the crown (its bounding ellipsoid is larger than the blobs)
        local p = {c[1] + d[1] * b.size[1] * 0.38, c[2] + d[2] * b.size[2] * 0.38, c[3] + d[3] * b.size[3] * 0.38}
        fruit[#fruit + 1] = sphere(height * 0.03):move(p)
        -- and hung on a short twig reaching back into the crown
        fruit[#fruit + 1] = capsule(p, P.lerp(p, c, 0.45), height * 0.011)
      end
      shape = shape + union(fruit):part("fruit")
    end
    if cherry then
      -- Little blossom clusters speckling the crown in a paler pink.
      local b = foliage:bounds()
      local c = P.mul(P.add(b.min, b.max), 0.5)
      local dots = {}
      for _, d in ipairs(P.spread(26, -0.2, 0.95)) do
        dots[#dots + 1] = sphere(9):move(c[1] + d[1] * b.size[1] * 0.5, c[2] + d[2] * b.size[2] * 0.5, c[3] + d[3] * b.size[3] * 0.5)
      end
      shape = shape + intersect(union(dots), foliage:round(3)):part("fruit")
    end
    return shape
  end,
}
