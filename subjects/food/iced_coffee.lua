-- An iced coffee to go: a tall clear plastic cup, narrower at the foot,
-- full of coffee with milk swirling into it and ice cubes pressed against
-- the wall near the top, a clear dome lid with a rolled rim and a straw
-- through the hole. A frappe has whipped cream heaped under the lid rim
-- and a caramel drizzle; in a glass, ice cubes are heaped above the coffee.
return {
  id = "iced_coffee",
  names = {"iced coffee", "ice coffee", "iced latte", "ice latte", "cold brew", "cold brew coffee", "iced americano", "iced mocha", "iced cappuccino", "coffee to go with ice", "iced coffee cup", "cold coffee"},
  lvis = {},
  family = "food",
  size_mm = 200,
  description = "An iced coffee in a clear cup with a dome lid and a straw",
  params = {straw_lean = {4, 9}, cubes = {0, 360}},
  parts = {
    {"coffee", "food", color = "#5a3420", role = "primary", names = {"coffee", "drink", "latte", "brew"}},
    {"milk", "food", color = "#c9a078", role = "secondary", names = {"milk", "cream", "foam"}},
    {"ice", "ice", color = "#d4e8f2", role = "detail", names = {"ice", "ice cubes", "cubes"}},
    {"cup", "plastic", color = "#eef4f6", role = "detail", names = {"cup", "lid", "dome"}},
    {"straw", "plastic", color = "#2e7a4a", role = "detail", names = {"straw"}},
    {"cream", "food", color = "#fbf8f2", role = "detail", names = {"whipped cream", "topping"}},
    {"drizzle", "food", color = "#a8621e", role = "detail", names = {"caramel", "drizzle", "syrup", "sauce"}},
  },
  variants = {
    frappe = {names = {"frappe", "frappuccino", "frozen coffee", "blended coffee", "coffee frappe", "caramel frappe", "mocha frappe"},
              colors = {coffee = "#a87a58", milk = "#c8a07c"}},
    glass = {names = {"iced coffee glass", "glass of iced coffee", "iced coffee in a glass"},
             colors = {cup = "#e4f0f4"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local v = k.variant
    local frappe = v == "frappe"
    local glass = v == "glass"
    local shape = empty()
    local H = 150
    local r0, r1 = glass and 36 or 30, glass and 40 or 45
    local function r_at(y) return r0 + (r1 - r0) * math.max(math.min(y / H, 1), 0) end
    -- The cup: a clear tapering beaker; the coffee shows through its wall.
    local cup = cone(r0, r1, H)
    if glass then cup = cylinder(r0, 10, 3) + cone(r0, r1, H) end
    local fill_y = glass and 118 or 128
    local milk_y = fill_y - (glass and 26 or 40)
    -- A skin just outside the wall: coffee below, a milky band above where
    -- the milk swirls in (frappes are one even colour).
    local function band(y0, y1, grow)
      return intersect(cone(r0 + grow, r1 + grow, H), cylinder(r1 + 20, y1 - y0):move(0, y0, 0))
    end
    local base_y = glass and 10 or 5
    local coffee = band(base_y, milk_y, 1.0)
    local milk = band(milk_y, fill_y, 1.0)
    -- The milk's wavy front curling down into the coffee.
    for i = 0, 5 do
      local a = math.rad(i * 60 + 15)
      local r = r_at(milk_y) + 1.0
      milk = milk + intersect(band(base_y, fill_y, 1.05),
                              ellipsoid(14, 18 + (i % 2) * 10, 14):move(math.cos(a) * r, milk_y - 2, math.sin(a) * r))
    end
    if frappe then
      coffee = coffee + milk
      milk = empty()
    end
    shape = shape + cup:part("cup") + coffee:part("coffee") + milk:part("milk")
    -- Ice cubes pressed against the wall, just below the surface.
    local ice = empty()
    if not frappe then
      local a0 = k.p.cubes
      for i = 0, 5 do
        local a = math.rad(a0 + i * 60 + (i % 2) * 14)
        local y = fill_y - 12 - (i % 3) * 14
        local r = r_at(y) - 6
        local cube = box(22, 22, 22, 4):rotx(18 * ((i % 3) - 1)):roty(i * 23):rotz(12)
        ice = ice + intersect(cube:move(math.cos(a) * r, y, math.sin(a) * r), cone(r0 + 1.6, r1 + 1.6, H))
      end
    end
    local top_y
    if glass then
      -- Ice heaped above the coffee in a tall glass.
      local hollow = cone(r_at(fill_y) - 3, r1 - 3 + 0.5, H - fill_y + 10):move(0, fill_y, 0)
      shape = subtract(shape, hollow)
      shape = shape + cylinder(r_at(fill_y) - 2.5, 4):move(0, fill_y - 2, 0):part("coffee")
      for i, c in ipairs({{-14, 8, 10, 10}, {14, 14, -8, -20}, {4, 24, 18, 30}, {-10, 30, -14, 15}}) do
        ice = ice + box(24, 24, 24, 4):rotx(c[4]):roty(c[4] * 2 + i * 17):move(c[1], fill_y + c[2] - 4, c[3])
      end
      top_y = H
      shape = shape + ice:part("ice")
    else
      shape = shape + ice:part("ice")
      -- The lid: a rolled rim and a clear dome with a collar and a straw hole.
      local rim = torus(r1 + 1.5, 3.2):move(0, H, 0)
      if frappe then
        -- Whipped cream heaped up inside the clear dome, a caramel drizzle on top.
        local swirl = {}
        for i = 0, 20 do
          local t = i / 20
          local a = t * math.pi * 4
          local r = 30 * (1 - t) + 4
          swirl[#swirl + 1] = {math.cos(a) * r, H + 8 + t * 26, math.sin(a) * r}
        end
        local cream = intersect(smooth(5, tube(swirl, 10, 6), ellipsoid(r1, (r1 + 1) * 0.7, r1):move(0, H, 0)),
                                sphere(r1 + 2.5):stretch(1, 0.78, 1):move(0, H, 0))
        shape = shape + cream:part("cream")
        local dr = {}
        for i = 0, 16 do
          local t = i / 16
          local a = t * math.pi * 5
          local r = 32 * (1 - t)
          local y = math.sqrt(math.max(r1 ^ 2 - r * r, 0)) * 0.7 + 1.4
          dr[#dr + 1] = {math.cos(a) * r, H + y, math.sin(a) * r}
        end
        shape = shape + tube(dr, 2.6):part("drizzle")
        -- The dome's rim and the collar round the straw hole.
        shape = shape + rim:part("cup")
        shape = shape + cylinder(12, 6):move(0, H + (r1 + 1) * 0.75 - 4, 0):part("cup")
        top_y = H + (r1 + 1) * 0.75 + 2
      else
        local dome = intersect(sphere(r1 + 1):stretch(1, 0.45, 1), box(200, 80, 200):move(0, 40, 0)):move(0, H, 0)
        local collar = cylinder(13, 8, 2):move(0, H + (r1 + 1) * 0.45 - 3, 0)
        shape = shape + (rim + dome + collar):part("cup")
        top_y = H + (r1 + 1) * 0.45 + 5
      end
    end
    -- The straw, leaning a little.
    local sr = frappe and 6 or 4.5
    local len = glass and 230 or 240
    local straw = subtract(cylinder(sr, len), cylinder(sr * 0.5, 12):move(0, len - 10, 0))
    straw = straw:rotz(k.p.straw_lean):roty(200):move(glass and -12 or 0, 20, glass and 6 or 0)
    shape = shape + straw:part("straw")
    k.attach("inside", {0, 10, 0}, r0 * 2 - 8)
    k.attach("fill", {0, fill_y, 0}, r_at(fill_y) * 2 - 6)
    k.attach("top", {0, top_y, 0}, r1 * 1.4)
    return shape
  end,
}
