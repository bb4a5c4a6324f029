-- A house: walls with a door and windows under a gabled roof with a
-- chimney; a cottage is small with a steep roof, a log cabin is built of
-- logs, a hut is round with a conical thatch.
local B = use and use("building")

return {
  id = "house",
  names = {"house", "home", "dwelling", "bungalow", "farmhouse", "toy house", "little house", "homestead", "villa"},
  lvis = {"dollhouse"},
  family = "buildings",
  size_mm = 8000,
  description = "A house with a gabled roof, door, windows and chimney",
  params = {w = {360, 440}, d = {260, 320}, wall_h = {220, 260}, roof_h = {150, 200}},
  parts = {
    {"walls", "stone", color = "#e1d7be", role = "primary", names = {"walls", "wall"}},
    {"roof", "clay", color = "#aa3c2d", role = "secondary", names = {"roof", "roof tiles", "thatch"}},
    {"door", "wood", color = "#6e4024", role = "detail", names = {"door", "front door"}},
    {"trim", "wood", color = "#f2efe6", role = "detail", names = {"trim", "window frames", "frames", "shutters"}},
    {"windows", "glass", color = "#7ea4c0", role = "detail", names = {"windows", "window", "glass", "panes"}},
    {"chimney", "stone", color = "#9a5a44", role = "detail", names = {"chimney", "chimney stack"}},
    {"awning", "fabric", color = "#c8282a", role = "detail", names = {"awning", "canopy", "stripes", "cross", "bell"}},
    {"sign", "paint", color = "#f6f2e6", role = "detail", names = {"sign", "signboard", "stripes2"}},
  },
  variants = {
    cottage = {names = {"cottage", "country cottage", "thatched cottage", "cottage house"}, size_mm = 6500,
               colors = {walls = "#f0e8d2", roof = "#8a6a3a"}},
    cabin = {names = {"cabin", "log cabin", "log house", "hunting lodge", "chalet"}, size_mm = 6000,
             colors = {walls = "#8a5a32", roof = "#4a3a30", trim = "#5a3a20", chimney = "#8a8680"}},
    shop = {names = {"shop", "store", "bakery", "cafe", "coffee shop", "corner shop", "grocery store", "boutique", "storefront",
                     "general store", "toy shop", "flower shop", "restaurant"}, colors = {walls = "#e8dcc4", roof = "#3a4a5a"}},
    school = {names = {"school", "schoolhouse", "school house", "school building", "little red schoolhouse", "town hall"},
              size_mm = 9000, colors = {walls = "#a8362a", roof = "#3a3a40", chimney = "#a8362a", awning = "#d8b040"}},
    hospital = {names = {"hospital", "clinic", "medical center", "infirmary"}, size_mm = 12000,
                colors = {walls = "#f4f4f2", roof = "#c8ccd2", trim = "#c8ccd2"}},
    haunted = {names = {"haunted house", "spooky house", "haunted mansion", "creepy house", "ghost house", "halloween house",
                        "abandoned house"}, size_mm = 10000,
               colors = {walls = "#4e4858", roof = "#1e1c24", trim = "#2a2830", door = "#2a1e1a", windows = "#e8c84a",
                         chimney = "#3a3440"}},
    watermill = {names = {"watermill", "water mill", "water wheel", "waterwheel", "mill house", "old mill"}, size_mm = 8000,
                 colors = {walls = "#c8b89a", roof = "#6a4a3a"}},
    hut = {names = {"hut", "round hut", "mud hut", "shack", "straw hut", "grass hut", "yurt", "ger", "roundhouse"}, size_mm = 4000,
           colors = {walls = "#b08a5e", roof = "#c8a860"}},
  },
  points = {"top"},
  build = function(k)
    local p = k.p
    if k.variant == "hut" then
      local r, wall_h = k.rand(180, 220), k.rand(200, 240)
      local walls = cylinder(r, wall_h):part("walls")
      local roof = cone(r * 1.3, 6, r * 1.15):move(0, wall_h - 12, 0)
      roof = roof:noise(3, 25):part("roof")
      local shape = walls + roof
      local cut, fill = B.door(0, 56, 110, r, 1, {arched = true, depth = 16})
      shape = subtract(shape, cut) + fill
      k.attach("top", {0, wall_h + r * 1.1, 0}, r * 0.3)
      return shape
    end
    local o = {w = p.w, d = p.d, wall_h = p.wall_h, roof_h = p.roof_h, step = true}
    if k.variant == "shop" then
      o.chimney, o.windows = false, 1
      local shape = B.house(k, o)
      local z = o.d / 2
      -- a big shop window each side of the door, a striped awning and a sign board
      for _, sx in ipairs({-1, 1}) do
        local x = sx * o.w * 0.3
        shape = shape - B.block(x - o.w * 0.15, 20, z - 8, x + o.w * 0.15, o.wall_h * 0.62, z + 10)
        shape = shape + B.block(x - o.w * 0.15, 20, z - 6, x + o.w * 0.15, o.wall_h * 0.62, z - 3):part("windows")
        shape = shape + B.block(x - o.w * 0.15 - 4, 14, z - 6, x + o.w * 0.15 + 4, 22, z + 6):part("trim")
      end
      local ay = o.wall_h * 0.66
      local n = 10
      for i = 0, n - 1 do
        local x0 = -o.w / 2 + o.w * i / n
        local strip = extrude({{0, 0}, {44, -26}, {44, -32}, {0, -6}}, o.w / n, 1):roty(-90):move(x0 + o.w / n / 2, ay + 30, z)
        shape = shape + strip:part(i % 2 == 0 and "awning" or "sign")
      end
      shape = shape + B.block(-o.w * 0.3, ay + 38, z - 2, o.w * 0.3, ay + 66, z + 5, 2):part("sign")
      return shape
    end
    if k.variant == "haunted" then
      o.wall_h, o.roof_h = p.wall_h * 1.5, p.roof_h * 1.3
      o.windows, o.win_w, o.win_h = 1, 56, 66
      local shape = B.house(k, o)
      -- a corner tower with a witch's-hat roof, and upper windows glowing
      local tx, tz = -o.w / 2, o.d / 2
      local tr = o.w * 0.16
      local th = o.wall_h * 1.35
      shape = shape + cylinder(tr, th):move(tx, 0, tz):part("walls")
      shape = shape + cone(tr * 1.3, 2, tr * 2.6):rotz(-6):move(tx, th - 4, tz):part("roof")
      for _, y in ipairs({o.wall_h * 0.45, o.wall_h * 0.9}) do
        shape = shape + box(16, 30, 12, 2):move(tx, y, tz + tr - 3):roty(30):part("windows")
      end
      for _, sx in ipairs({-1, 1}) do
        local c, f = B.window({sx * o.w * 0.25, o.wall_h * 0.82, o.d / 2}, 50, 56, "z", 1, {frame = 3})
        shape = subtract(shape, c) + f
      end
      -- boards nailed across the door
      shape = shape + box(60, 8, 4):rotz(20):move(0, 60, o.d / 2 - 2):part("trim") + box(60, 8, 4):rotz(-20):move(0, 40, o.d / 2 - 2):part("trim")
      k.attach("top", {0, o.wall_h + o.roof_h, 0}, o.w * 0.3)
      return shape:rotz(1.5)
    end
    if k.variant == "watermill" then
      o.chimney = false
      local shape = B.house(k, o)
      -- a big paddle wheel on the right-hand wall, with an axle and a trough
      local R = o.wall_h * 0.55
      local wx = o.w / 2 + 30
      local rim = {}
      for _, dx in ipairs({-14, 14}) do
        rim[#rim + 1] = torus(R, 6):rotz(90):move(wx + dx, (R + 4), 0)
      end
      local paddles = {}
      for i = 0, 11 do
        paddles[#paddles + 1] = box(40, 8, R * 0.26):move(0, 0, R * 0.9):rotx(30 * i)
        paddles[#paddles + 1] = box(6, 6, R * 1.9):rotx(30 * i + 15)
      end
      local wheel = (union(rim) + union(paddles):move(wx, (R + 4), 0)):part("door")
      local axle = capsule({o.w / 2 - 10, (R + 4), 0}, {wx + 24, (R + 4), 0}, 10):part("trim")
      local trough = (B.block(wx - 26, (2 * R - 10) + 6, -24, wx + 26, (2 * R - 10) + 22, o.d * 0.6) - B.block(wx - 20, (2 * R - 10) + 12, -30, wx + 20, (2 * R - 10) + 30, o.d * 0.7)):part("door")
      local legs = (capsule({wx - 20, 0, o.d * 0.55}, {wx - 20, (2 * R - 10) + 8, o.d * 0.55}, 5) + capsule({wx + 20, 0, o.d * 0.55}, {wx + 20, (2 * R - 10) + 8, o.d * 0.55}, 5)):part("door")
      shape = shape + wheel + axle + trough + legs
      return shape
    end
    if k.variant == "school" then
      o.w, o.windows, o.chimney = p.w * 1.35, 2, false
      local shape = B.house(k, o)
      -- a bell cupola on the ridge
      local ry = o.wall_h + o.roof_h
      local cup = B.block(-24, ry - 40, -24, 24, ry + 36, 24) - B.block(-16, ry + 2, -30, 16, ry + 30, 30)
      cup = cup - B.block(-30, ry + 2, -16, 30, ry + 30, 16)
      local cap = intersect(extrude({{-34, 0}, {34, 0}, {0, 40}}, 2000), extrude({{-34, 0}, {34, 0}, {0, 40}}, 2000):roty(90)):move(0, ry + 34, 0)
      shape = shape + cup:part("trim") + cap:part("roof") + sphere(12):move(0, ry + 16, 0):part("awning")
      -- flag pole beside the steps
      local fz, fx = o.d / 2 - 12, o.w / 2 + 3
      shape = shape + cylinder(5, 260):move(fx, 0, fz):part("trim") + B.block(fx + 2, 200, fz - 3, fx + 60, 236, fz + 3):part("awning")
      shape = shape + cylinder(16, 6, 2):move(fx, 0, fz):part("trim")
      k.attach("top", {0, ry + 74, 0}, 30)
      return shape
    end
    if k.variant == "hospital" then
      local w, d, h = p.w * 1.3, p.d * 1.1, p.wall_h * 1.8
      local body = B.block(-w / 2, 0, -d / 2, w / 2, h, d / 2) + B.block(-w / 2 - 6, h, -d / 2 - 6, w / 2 + 6, h + 10, d / 2 + 6)
      local shape = body:part("walls")
      local cuts, fills = {}, {}
      for row = 0, 2 do
        for i = 0, 4 do
          local x = -w / 2 + w * (i + 0.5) / 5
          if not (row == 0 and i == 2) then
            local c, f = B.window({x, 60 + row * (h - 60) / 3 + 20, d / 2}, 40, 34, "z", 1, {frame = 3, no_bars = true})
            cuts[#cuts + 1] = c
            fills[#fills + 1] = f
          end
        end
      end
      shape = subtract(shape, union(cuts)) + union(fills)
      local cut, fill = B.door(0, 70, 86, d / 2, 1, {part = "windows"})
      shape = subtract(shape, cut) + fill
      shape = shape + B.block(-56, 96, d / 2 - 4, 56, 106, d / 2 + 30):part("roof")
      -- a red cross sign on the roof edge
      local cy = h + 46
      shape = shape + B.block(-40, h + 6, -4, 40, h + 86, 4):part("sign")
      shape = shape + (B.block(-30, cy - 9, -6, 30, cy + 9, 6) + B.block(-9, cy - 30, -6, 9, cy + 30, 6)):move(0, 0, 0):part("awning")
      k.attach("top", {0, h + 86, 0}, 40)
      return shape
    end
    if k.variant == "cottage" then
      o.w, o.d, o.wall_h, o.roof_h, o.over = p.w * 0.85, p.d * 0.95, p.wall_h * 0.85, p.roof_h * 1.35, 30
    elseif k.variant == "cabin" then
      o.logs, o.w, o.wall_h, o.roof_h = true, p.w * 0.95, p.wall_h * 0.9, p.roof_h * 0.9
    end
    return B.house(k, o)
  end,
}
