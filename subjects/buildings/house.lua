-- A house: walls with a door and windows under a gabled roof with a
-- chimney; a cottage is small with a steep roof, a log cabin is built of
-- logs, a hut is round with a conical thatch.
local B = use and use("building")

-- A gable roof with its ridge along X: eaves with a fascia and a ridge
-- capping, resting on y = 0.
local function gable(w, d, h, over)
  local hd = d / 2 + over
  return extrude({{-hd, 0}, {hd, 0}, {hd, 8}, {7, h}, {-7, h}, {-hd, 8}}, w + 2 * over):roty(90):round(2)
end

-- A window cut into a wall face ("z" or "x", `sign` the way it looks):
-- returns the cut and the fill, a glass pane let into the reveal with
-- glazing bars and a sill.
local function window(c, w, h, face, sign, opts)
  opts = opts or {}
  local fw = math.max(opts.frame or 4, 4)
  local cut, glass, bars
  if face == "z" then
    cut = box(w, h, 20):move(c[1], c[2], c[3])
    glass = box(w + 6, h + 6, 8):move(c[1], c[2], c[3] - sign * 8)
    bars = box(w, fw, 6):move(c[1], c[2], c[3] - sign * 4) + box(fw, h, 6):move(c[1], c[2], c[3] - sign * 4)
    if opts.sill then bars = bars + box(w + 10, 6, 12):move(c[1], c[2] - h / 2 - 3, c[3] + sign * 2) end
  else
    cut = box(20, h, w):move(c[1], c[2], c[3])
    glass = box(8, h + 6, w + 6):move(c[1] - sign * 8, c[2], c[3])
    bars = box(6, fw, w):move(c[1] - sign * 4, c[2], c[3]) + box(6, h, fw):move(c[1] - sign * 4, c[2], c[3])
    if opts.sill then bars = bars + box(12, 6, w + 10):move(c[1] + sign * 2, c[2] - h / 2 - 3, c[3]) end
  end
  if opts.no_bars then bars = empty() end
  return cut, glass:part("windows") + bars:part("trim")
end

-- A door in a Z face: a recess with the leaf set into it and a knob.
local function door(cx, w, h, z, sign, opts)
  opts = opts or {}
  local depth = opts.depth or 12
  local cut, leaf
  if opts.arched then
    cut = B.arch_cut(cx, 0, w, h, z, depth * 2)
    leaf = B.arch_cut(cx, 0, w + 6, h + 3, z - sign * (depth - 2), 6)
  else
    cut = box(w, h * 2, depth * 2):move(cx, 0, z)
    leaf = box(w + 6, h + 3, 6):move(cx, (h + 3) / 2, z - sign * (depth - 2))
  end
  local knob = sphere(math.max(4, w * 0.07)):move(cx + w * 0.3, h * 0.48, z - sign * (depth - 7))
  return cut, leaf:part(opts.part or "door") + knob:part(opts.part or "door")
end

-- Walls with a door and windows under a gable roof; o: w, d, wall_h,
-- roof_h, over, logs, windows (per side of the door), win_w, win_h,
-- door_w, door_h, step.
local function house(k, o)
  local w, d, wall_h, roof_h = o.w, o.d, o.wall_h, o.roof_h
  local over = o.over or 25
  local walls = B.walls(w, d, wall_h, o.logs)
  local shape = walls:part("walls") + gable(w, d, roof_h, over):move(0, wall_h - 2, 0):part("roof")
  local dw, dh = o.door_w or 48, o.door_h or 96
  local cut, fill = door(0, dw, dh, d / 2, 1)
  local cuts, fills = {cut}, {fill}
  local n = o.windows or 1
  local win_w, win_h = o.win_w or 46, o.win_h or 42
  for _, sx in ipairs({-1, 1}) do
    for i = 1, n do
      local x = sx * (dw / 2 + (w / 2 - dw / 2) * (i - 0.5) / n)
      local cw, fw = window({x, wall_h * 0.55, d / 2}, win_w, win_h, "z", 1, {sill = true})
      cuts[#cuts + 1] = cw
      fills[#fills + 1] = fw
    end
    if not (o.blind_right and sx > 0) then
      local cw, fw = window({sx * w / 2, wall_h * 0.55, 0}, win_w, win_h, "x", sx, {sill = true})
      cuts[#cuts + 1] = cw
      fills[#fills + 1] = fw
    end
  end
  shape = subtract(shape, union(cuts)) + union(fills)
  if o.step then
    shape = shape + B.block(-dw / 2 - 10, 0, d / 2 - 14, dw / 2 + 10, 10, d / 2 + 24):part("trim")
  end
  k.attach("top", {0, wall_h + roof_h, 0}, w * 0.4)
  return shape
end

-- A brick chimney stack rising through the back slope of a gable roof and
-- standing clear above the ridge.
local function chimney(o, cx, cz)
  local top = o.wall_h + o.roof_h + 34
  local stack = B.block(cx - 24, o.wall_h + o.roof_h * 0.2, cz - 24, cx + 24, top, cz + 24)
  stack = stack + B.block(cx - 29, top - 12, cz - 29, cx + 29, top, cz + 29)
  return stack:part("chimney")
end

return {
  id = "house",
  names = {"house", "home", "dwelling", "bungalow", "farmhouse", "toy house", "little house", "homestead", "villa",
           "dollhouse", "doll house", "dolls house", "doll's house", "dollshouse"},
  lvis = {"dollhouse"},
  family = "buildings",
  size_mm = 8000,
  description = "A house with a gabled roof, door, windows and chimney",
  params = {w = {360, 440}, d = {260, 320}, wall_h = {220, 260}, roof_h = {150, 200}},
  parts = {
    {"walls", "stone", color = "#e1d7be", role = "primary", names = {"walls", "wall"}},
    {"roof", "clay", color = "#aa3c2d", role = "secondary", names = {"roof", "roof tiles", "thatch"}},
    {"door", "wood", color = "#6e4024", role = "detail", names = {"door", "front door"}},
    {"trim", "wood", color = "#f2efe6", role = "detail", names = {"trim", "window frames", "frames", "shutters", "frame", "timber frame", "timbers", "beams", "timber framing"}},
    {"windows", "gloss", color = "#7ea4c0", role = "detail", names = {"windows", "window", "glass", "panes"}},
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
    tavern = {names = {"tavern", "inn", "pub", "medieval tavern", "alehouse", "ale house", "medieval inn", "coaching inn",
                       "tudor house", "half timbered house", "timber framed house", "timber frame house", "medieval house"},
              size_mm = 9000,
              colors = {walls = "#eee4cc", roof = "#b8985a", trim = "#3e2a1a", windows = "#d8b45a", sign = "#7a4a26",
                        awning = "#2a2624", chimney = "#8a7e72", door = "#5a3a22"}},
    hut = {names = {"hut", "round hut", "mud hut", "straw hut", "grass hut", "roundhouse"}, size_mm = 4000,
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
      local cut, fill = door(0, 56, 110, r, 1, {arched = true, depth = 16})
      shape = subtract(shape, cut) + fill
      k.attach("top", {0, wall_h + r * 1.1, 0}, r * 0.3)
      return shape
    end
    local o = {w = p.w, d = p.d, wall_h = p.wall_h, roof_h = p.roof_h, step = true, chimney = false, win_w = 54, win_h = 50,
               door_w = 54, door_h = 108}
    if k.variant == "shop" then
      o.chimney, o.windows = false, 1
      local shape = house(k, o)
      local z = o.d / 2
      -- a big shop window each side of the door, a striped awning and a sign board
      for _, sx in ipairs({-1, 1}) do
        local x = sx * o.w * 0.3
        shape = shape - B.block(x - o.w * 0.15, 20, z - 8, x + o.w * 0.15, o.wall_h * 0.62, z + 10)
        shape = shape + B.block(x - o.w * 0.15 - 3, 17, z - 11, x + o.w * 0.15 + 3, o.wall_h * 0.62 + 3, z - 3):part("windows")
        shape = shape + B.block(x - o.w * 0.15 - 4, 14, z - 6, x + o.w * 0.15 + 4, 22, z + 6):part("trim")
      end
      local ay = o.wall_h * 0.66
      local n = 10
      for i = 0, n - 1 do
        local x0 = -o.w / 2 + o.w * i / n
        local strip = extrude({{0, 0}, {46, -26}, {46, -36}, {0, -10}}, o.w / n + 0.5, 1):roty(-90):move(x0 + o.w / n / 2, ay + 30, z)
        shape = shape + strip:part(i % 2 == 0 and "awning" or "sign")
      end
      shape = shape + B.block(-o.w * 0.3, ay + 38, z - 2, o.w * 0.3, ay + 66, z + 5, 2):part("sign")
      return shape
    end
    if k.variant == "tavern" then
      -- two storeys, the upper one jettied out over the street, timber
      -- framing dark on pale plaster, a thick thatch and a sign hanging
      -- from an iron bracket
      local w, d = p.w * 1.15, p.d
      local h1, h2, jet = p.wall_h * 0.78, p.wall_h * 0.72, 14
      local W, D, top = w + 2 * jet, d + 2 * jet, h1 + h2
      local roof_h = p.roof_h * 1.25
      local shape = (B.block(-w / 2, 0, -d / 2, w / 2, h1 + 2, d / 2) + B.block(-W / 2, h1, -D / 2, W / 2, top, D / 2)):part("walls")
      shape = shape + B.block(-W / 2 - 3, h1 - 8, -D / 2 - 3, W / 2 + 3, h1 + 4, D / 2 + 3):part("trim")
      local thatch = gable(W, D, roof_h, 26):round(6):noise(2.5, 16)
      shape = shape + thatch:move(0, top - 4, 0):part("roof")
      local cuts, fills = {}, {}
      local function add(c, f) cuts[#cuts + 1] = c; fills[#fills + 1] = f end
      add(door(0, 56, 112, d / 2, 1, {arched = true, depth = 14}))
      for _, sx in ipairs({-1, 1}) do
        add(window({sx * w * 0.3, h1 * 0.52, d / 2}, 48, 40, "z", 1, {sill = true}))
        add(window({sx * w / 2, h1 * 0.52, 0}, 44, 40, "x", sx, {}))
      end
      for j = 0, 7 do
        if j == 1 or j == 3 or j == 4 or j == 6 then
          add(window({-W / 2 + W * (j + 0.5) / 8, h1 + h2 * 0.5, D / 2}, 36, 40, "z", 1, {}))
        end
      end
      for _, sx in ipairs({-1, 1}) do
        add(window({sx * W / 2, h1 + h2 * 0.5, 0}, 40, 40, "x", sx, {}))
      end
      shape = subtract(shape, union(cuts)) + union(fills)
      -- the timbers: sill and head rails, posts and braces on the front and sides
      local beams = {}
      local function beam(a, b) beams[#beams + 1] = polyline({a, b}, 3.5) end
      local zf = D / 2 + 2
      beam({-W / 2, top - 4, zf}, {W / 2, top - 4, zf})
      for j = 0, 8 do
        local x = -W / 2 + W * j / 8
        beam({x, h1 + 2, zf}, {x, top - 4, zf})
      end
      for _, j in ipairs({0, 2, 5, 7}) do
        local x0, x1 = -W / 2 + W * j / 8, -W / 2 + W * (j + 1) / 8
        beam({x0, h1 + 4, zf}, {x1, top - 6, zf})
        beam({x1, h1 + 4, zf}, {x0, top - 6, zf})
      end
      local zg = d / 2 + 2
      for _, x in ipairs({-w / 2, -w * 0.12, w * 0.12, w / 2}) do beam({x, 0, zg}, {x, h1 - 6, zg}) end
      beam({-w / 2, h1 * 0.2, zg}, {-w * 0.12, h1 * 0.2, zg})
      beam({w * 0.12, h1 * 0.2, zg}, {w / 2, h1 * 0.2, zg})
      for _, sx in ipairs({-1, 1}) do
        local xs = sx * (W / 2 + 2)
        beam({xs, top - 4, -D / 2}, {xs, top - 4, D / 2})
        for j = 0, 5 do
          local z = -D / 2 + D * j / 5
          beam({xs, h1 + 2, z}, {xs, top - 4, z})
        end
        beam({xs, h1 + 4, -D / 2}, {xs, top - 6, -D / 2 + D / 5})
        beam({xs, h1 + 4, D / 2}, {xs, top - 6, D / 2 - D / 5})
      end
      shape = shape + union(beams):part("trim")
      -- the sign on its bracket at the front corner
      local bx, by, bz = -W / 2 + 6, h1 + h2 * 0.35, D / 2
      local arm = polyline({{bx, by, bz}, {bx, by, bz + 70}}, 3) + polyline({{bx, by - 34, bz}, {bx, by, bz + 40}}, 2)
      local board = box(6, 46, 52, 2):move(bx, by - 36, bz + 46)
      local chains = polyline({{bx, by, bz + 26}, {bx, by - 13, bz + 26}}, 1.2) + polyline({{bx, by, bz + 66}, {bx, by - 13, bz + 66}}, 1.2)
      local emblem = cylinder(13, 10):rotz(90):move(bx - 5, by - 36, bz + 46)
      shape = shape + (arm + chains):part("awning") + board:part("sign") + emblem:part("windows")
      local o2 = {wall_h = top, roof_h = roof_h}
      shape = shape + chimney(o2, w * 0.28, -d * 0.15)
      k.attach("top", {0, top + roof_h, 0}, W * 0.4)
      return shape
    end
    if k.variant == "haunted" then
      o.wall_h, o.roof_h = p.wall_h * 1.5, p.roof_h * 1.3
      o.windows, o.win_w, o.win_h = 1, 56, 66
      local shape = house(k, o) + chimney(o, o.w * 0.25, -o.d * 0.2)
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
        local c, f = window({sx * o.w * 0.25, o.wall_h * 0.82, o.d / 2}, 50, 56, "z", 1, {frame = 3})
        shape = subtract(shape, c) + f
      end
      -- boards nailed across the door
      shape = shape + box(60, 8, 4):rotz(20):move(0, 60, o.d / 2 - 2):part("trim") + box(60, 8, 4):rotz(-20):move(0, 40, o.d / 2 - 2):part("trim")
      k.attach("top", {0, o.wall_h + o.roof_h, 0}, o.w * 0.3)
      return shape:rotz(1.5)
    end
    if k.variant == "watermill" then
      o.blind_right = true
      local shape = house(k, o)
      -- a big paddle wheel on the right-hand wall, with an axle and a trough
      local R = o.wall_h * 0.55
      local wx = o.w / 2 + 44
      local rim = {}
      for _, dx in ipairs({-14, 14}) do
        rim[#rim + 1] = torus(R, 9):rotz(90):move(wx + dx, (R + 4), 0)
      end
      local paddles = {cylinder(R * 0.22, 56):move(0, -28, 0):rotz(90)}
      for i = 0, 11 do
        paddles[#paddles + 1] = box(56, 12, R * 0.26):move(0, 0, R * 0.9):rotx(30 * i)
        for _, dx in ipairs({-14, 14}) do
          paddles[#paddles + 1] = box(11, 11, R * 2):move(dx, 0, 0):rotx(30 * i + 15)
        end
      end
      local wheel = (union(rim) + union(paddles):move(wx, (R + 4), 0)):part("door")
      local axle = capsule({o.w / 2 - 10, (R + 4), 0}, {wx + 24, (R + 4), 0}, 10):part("trim")
      local trough = (B.block(wx - 30, (2 * R - 10) + 4, -24, wx + 30, (2 * R - 10) + 26, o.d * 0.6) - B.block(wx - 18, (2 * R - 10) + 16, -30, wx + 18, (2 * R - 10) + 34, o.d * 0.7)):part("door")
      local legs = (capsule({wx - 22, 0, o.d * 0.55}, {wx - 22, (2 * R - 10) + 10, o.d * 0.55}, 8) + capsule({wx + 22, 0, o.d * 0.55}, {wx + 22, (2 * R - 10) + 10, o.d * 0.55}, 8)):part("door")
      shape = shape + wheel + axle + trough + legs
      return shape
    end
    if k.variant == "school" then
      o.w, o.windows, o.chimney = p.w * 1.35, 2, false
      local shape = house(k, o)
      -- a bell cupola on the ridge
      local ry = o.wall_h + o.roof_h
      local cup = B.block(-24, ry - 40, -24, 24, ry + 36, 24) - B.block(-16, ry + 2, -30, 16, ry + 30, 30)
      cup = cup - B.block(-30, ry + 2, -16, 30, ry + 30, 16)
      local cap = intersect(extrude({{-34, 0}, {34, 0}, {0, 40}}, 2000), extrude({{-34, 0}, {34, 0}, {0, 40}}, 2000):roty(90)):move(0, ry + 34, 0)
      shape = shape + cup:part("trim") + cap:part("roof") + sphere(12):move(0, ry + 16, 0):part("awning")
      -- flag pole beside the steps
      local fz, fx = o.d / 2 - 12, o.w / 2 + 3
      shape = shape + cylinder(6, 260):move(fx, 0, fz):part("trim") + B.block(fx + 2, 200, fz - 5, fx + 60, 236, fz + 5):part("awning")
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
            local c, f = window({x, 60 + row * (h - 60) / 3 + 20, d / 2}, 40, 34, "z", 1, {frame = 3, no_bars = true})
            cuts[#cuts + 1] = c
            fills[#fills + 1] = f
          end
        end
      end
      shape = subtract(shape, union(cuts)) + union(fills)
      local cut, fill = door(0, 70, 86, d / 2, 1, {part = "windows"})
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
    return house(k, o) + chimney(o, o.w * 0.25, -o.d * 0.2)
  end,
}
