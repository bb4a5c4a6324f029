-- A roadside gas station: a flat white canopy with a red fascia on posts
-- over two fuel pumps on a raised island, a small shop with a glass front
-- and door behind, and a tall price sign on a pole at the roadside corner,
-- all on a concrete forecourt.
return {
  id = "gas_station",
  names = {"gas station", "petrol station", "filling station", "service station", "fuel station", "garage forecourt",
           "gas station forecourt", "petrol station forecourt", "roadside gas station"},
  lvis = {},
  family = "buildings",
  size_mm = 7500,
  description = "A small gas station with a canopy, two pumps, a shop and a sign",
  params = {cw = {8600, 9400}, shop = {9000, 10500}, sign = {6800, 7400}},
  parts = {
    {"canopy", "paint", color = "#f2f1ec", role = "primary", names = {"canopy", "roof"}},
    {"trim", "paint", color = "#d42e26", role = "secondary", names = {"trim", "stripe", "fascia", "pumps", "pump", "sign"}},
    {"walls", "paint", color = "#e6dccb", role = "detail", names = {"walls", "shop", "store", "building"}},
    {"windows", "gloss", color = "#2c3a48", role = "detail", names = {"windows", "window", "door", "display", "screens"}},
    {"panel", "paint", color = "#fafaf6", role = "detail", names = {"panels", "prices", "price board"}},
    {"posts", "steel", color = "#8c9094", role = "detail", names = {"posts", "pillars", "pole", "columns"}},
    {"ground", "concrete", color = "#74746f", role = "detail", names = {"forecourt", "ground", "island", "pavement"}},
    {"hose", "rubber", color = "#1c1c1e", role = "detail", names = {"hoses", "hose", "nozzles"}},
  },
  points = {"top"},
  build = function(k)
    local cw, sw, sh = k.p.cw, k.p.shop, k.p.sign
    local cd = 6000
    local cz = 2600
    local cx = 2400
    -- Forecourt slab.
    local ground = box(20500, 500, 14000, 60):move(200, 250, -300)
    local g0 = 500
    -- Pump island under the canopy.
    ground = ground + box(cw * 0.8, 220, 1300, 80):move(cx, g0 + 110, cz)
    local shape = ground:part("ground")
    local iy = g0 + 220
    -- Canopy on two posts on the island.
    local ch, ct = 4700, 900
    local canopy = box(cw, ct, cd, 60):move(cx, ch + ct / 2, cz)
    local fascia = box(cw + 240, ct * 0.45, cd + 240, 40):move(cx, ch + ct * 0.58, cz)
    local posts = empty()
    for _, s in ipairs({-1, 1}) do
      posts = posts + box(450, ch - iy + 40, 450, 40):move(cx + s * cw * 0.33, iy + (ch - iy) / 2, cz)
    end
    shape = shape + canopy:part("canopy") + fascia:part("trim") + posts:part("posts")
    -- Two pumps between the posts, faces to the lanes.
    for _, s in ipairs({-1, 1}) do
      local px = cx + s * cw * 0.13
      local body = box(900, 1850, 560, 60):move(px, iy + 925, cz)
      local plinth = box(1100, 120, 760, 30):move(px, iy + 60, cz)
      local face = box(700, 560, 620, 30):move(px, iy + 1380, cz)
      local screen = box(460, 240, 660, 20):move(px, iy + 1420, cz)
      local top = box(960, 260, 620, 50):move(px, iy + 1850 + 130, cz)
      local hose = tube({{px + s * 470, iy + 1300, cz + 120}, {px + s * 620, iy + 800, cz + 260}, {px + s * 560, iy + 450, cz + 330},
                         {px + s * 470, iy + 1100, cz + 290}}, 45)
      local holster = box(140, 300, 200, 20):move(px + s * 500, iy + 1150, cz + 220)
      shape = shape + (body + plinth):part("trim") + (face + top):part("panel") + screen:part("windows")
      shape = shape + (hose + holster):part("hose")
    end
    -- The shop behind the forecourt.
    local sd, shh = 4800, 3600
    local sx, sz = -4600, -4600
    local front = sz + sd / 2
    local shop = box(sw, shh, sd, 40):move(sx, g0 + shh / 2, sz)
    local roof = box(sw + 500, 450, sd + 500, 40):move(sx, g0 + shh + 225, sz)
    local band = box(sw + 700, 260, sd + 700, 30):move(sx, g0 + shh + 260, sz)
    local glass = box(sw * 0.48, 2100, 300, 20):move(sx + sw * 0.08, g0 + 1650, front + 20)
    local mullions = empty()
    for i = 1, 3 do
      mullions = mullions + box(140, 2100, 400, 10):move(sx - sw * 0.16 + i * sw * 0.12, g0 + 1650, front + 30)
    end
    local door = box(1300, 2400, 300, 20):move(sx - sw * 0.32, g0 + 1200, front + 20)
    local door_frame = box(1550, 2600, 200, 20):move(sx - sw * 0.32, g0 + 1275, front + 5)
    shape = shape + shop:part("walls") + roof:part("canopy") + band:part("trim")
    shape = shape + (glass + door):part("windows") + (mullions + door_frame):part("posts")
    -- The price sign on a tall pole at the roadside corner.
    local spx, spz = 9000, 5000
    local pole = cylinder(190, sh - 200):move(spx, g0, spz)
    local sign = box(2400, 2900, 500, 60):move(spx, sh - 1600, spz)
    local sign_top = box(2400, 700, 560, 60):move(spx, sh - 450, spz)
    local prices = empty()
    for i = 0, 2 do
      prices = prices + box(1900, 560, 760, 30):move(spx, sh - 2600 + i * 780, spz)
    end
    local digits = empty()
    for i = 0, 2 do
      digits = digits + box(1000, 340, 1000, 20):move(spx + 250, sh - 2600 + i * 780, spz)
    end
    local base = box(900, 500, 900, 60):move(spx, g0 + 250, spz)
    shape = shape + (pole + base):part("posts") + sign:part("trim") + (sign_top + prices):part("panel") + digits:part("windows")
    k.attach("top", {cx, ch + ct, cz}, cw * 0.4)
    return shape:roty(30)
  end,
}
