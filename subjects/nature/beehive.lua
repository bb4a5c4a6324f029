-- A beehive: a traditional straw skep -- a dome of coiled straw rope, coil on
-- coil, bound with cane -- with a small arched entrance at the bottom, set on
-- a round wooden board. With bees, a few striped bees crawl on the straw by
-- the entrance. The box hive is a stack of white wooden boxes on a stand with
-- a slot entrance over a landing board, under a telescoping roof.

-- the skep's outline: straight-ish sides rounding into the dome
local function skep_r(R, H, y)
  local t = math.min(1, math.max(0, y / H))
  return R * (1 - t ^ 2.6) ^ 0.55 * (1 - 0.08 * t)
end

-- a bee sitting on the surface at p with its back along the normal n,
-- heading along h (a unit vector in the surface)
local function bee(p, n, h, s)
  local side = {n[2] * h[3] - n[3] * h[2], n[3] * h[1] - n[1] * h[3], n[1] * h[2] - n[2] * h[1]}
  local function at(u, v, w) -- along heading, across, up the normal
    return {p[1] + h[1] * u + side[1] * v + n[1] * w, p[2] + h[2] * u + side[2] * v + n[2] * w,
            p[3] + h[3] * u + side[3] * v + n[3] * w}
  end
  local body = limb(at(-s * 1.1, 0, s * 0.25), at(s * 0.1, 0, s * 0.45), s * 0.5, s * 0.4)
  local thorax = sphere(s * 0.42)
  local tc = at(s * 0.45, 0, s * 0.45)
  thorax = thorax:move(tc[1], tc[2], tc[3])
  local hc = at(s * 0.95, 0, s * 0.38)
  local head = sphere(s * 0.3):move(hc[1], hc[2], hc[3])
  -- black bands across the abdomen
  local bands = {}
  for i = 0, 1 do
    local c = at(-s * (0.3 + i * 0.42), 0, s * 0.3)
    bands[#bands + 1] = sphere(s * 0.56):move(c[1], c[2], c[3])
  end
  local stripe = intersect(body:round(s * 0.03), union(table.unpack(bands)):shell(s * 0.08))
  -- two wings lifted over the back
  local wings = {}
  for _, sv in ipairs({-1, 1}) do
    -- swept back and out from the thorax
    wings[#wings + 1] = limb(at(s * 0.35, sv * s * 0.12, s * 0.75), at(-s * 0.4, sv * s * 0.55, s * 0.85), s * 0.1, s * 0.24)
  end
  return (body + thorax):part("bees"), (stripe + head):part("bee_stripes"), union(table.unpack(wings)):part("wings")
end

return {
  id = "beehive",
  names = {"beehive", "bee hive", "skep", "hive", "bee skep", "straw skep", "straw beehive", "straw hive"},
  lvis = {},
  family = "nature",
  size_mm = 450,
  description = "A straw skep beehive on a wooden board",
  params = {coils = {10, 12}, r = {175, 190}},
  parts = {
    {"straw", "plant", color = "#d8b060", role = "primary", names = {"straw", "skep", "dome", "coils", "walls"}},
    {"board", "wood", color = "#8a5e38", role = "secondary", names = {"board", "base", "stand", "stool", "floor"}},
    {"binding", "plant", color = "#a87c3c", role = "detail", names = {"binding", "cane", "ties"}},
    {"entrance", "wood", color = "#1e140c", role = "fixed"},
    {"bees", "fur", color = "#f2c21e", role = "detail", names = {"bees", "bee", "honeybees", "honey bees", "bumblebees"}},
    {"bee_stripes", "fur", color = "#1c1816", role = "fixed"},
    {"wings", "gloss", color = "#e8f2f8", role = "fixed"},
    {"roof", "steel", color = "#a8aeb4", role = "detail", names = {"roof", "lid", "cover"}},
  },
  variants = {
    box = {names = {"box hive", "wooden beehive", "langstroth hive", "langstroth beehive", "bee box", "wooden hive",
                    "beehive box", "hive box", "modern beehive", "bee box hive"},
           size_mm = 800, colors = {straw = "#f2efe6", board = "#7a5a3a"}},
  },
  points = {"top"},
  build = function(k)
    local want_bees = k.asked and (k.asked.bees or k.asked.bee)
    if k.variant == "box" then
      -- The stand, a bottom board with a landing board, two deep boxes and a
      -- shallow super, a telescoping roof. Boxes along X (front at +X).
      local W, D = 420, 520   -- across (Z), front to back (X)
      local leg_h = 160
      local parts = {}
      local stand = {}
      for _, sx in ipairs({-1, 1}) do
        for _, sz in ipairs({-1, 1}) do
          stand[#stand + 1] = box(50, leg_h, 50, 3):move(sx * (D / 2 - 40), leg_h / 2, sz * (W / 2 - 40))
        end
        stand[#stand + 1] = box(D - 20, 40, 40, 3):move(0, leg_h - 20, sx * (W / 2 - 40))
      end
      local y = leg_h
      -- bottom board, reaching out in front as the landing board
      local bottom = box(D + 70, 24, W, 2):move(35, y + 12, 0)
      y = y + 24
      local boxes = {}
      local lines = {}
      local heights = {240, 240, 170}
      for i, h in ipairs(heights) do
        local b = box(D, h - 4, W, 3):move(0, y + 2 + (h - 4) / 2, 0)
        -- hand holds: a cleat on each side
        for _, sz in ipairs({-1, 1}) do
          b = b + box(120, 22, 14, 3):move(0, y + h * 0.7, sz * (W / 2 + 5))
        end
        for _, sx in ipairs({-1, 1}) do
          b = b + box(14, 22, 120, 3):move(sx * (D / 2 + 5), y + h * 0.7, 0)
        end
        boxes[#boxes + 1] = b
        -- the seam under each box, a dark line just proud of the walls
        lines[#lines + 1] = box(D + 1.5, 5, W + 1.5):move(0, y + 1.5, 0)
        y = y + h
      end
      -- the entrance slot, dark, at the foot of the lowest box
      local slot = box(20, 18, W * 0.6):move(D / 2 - 6, leg_h + 24 + 10, 0)
      -- the telescoping roof, overhanging every side
      local roof = box(D + 50, 70, W + 50, 4):move(0, y + 35, 0)
      local shape = union(table.unpack(stand)):part("board") + bottom:part("board") + union(table.unpack(boxes)):part("straw")
        + union(table.unpack(lines)):part("entrance") + slot:part("entrance") + roof:part("roof")
      if want_bees then
        local list = {{D / 2 + 18, leg_h + 24, 40, 1}, {D / 2 + 45, leg_h + 24, -60, 1}, {D / 2 + 2, leg_h + 90, 110, 0}}
        for i, b in ipairs(list) do
          local p, n, h
          if b[4] == 1 then
            p = {b[1], b[2], b[3]}; n = {0, 1, 0}; h = {math.cos(0.6 * i), 0, math.sin(0.6 * i)}
          else
            p = {b[1], b[2], b[3]}; n = {1, 0, 0}; h = {0, 0.8, 0.6}
          end
          local a1, a2, a3 = bee(p, n, h, 24)
          shape = shape + a1 + a2 + a3
        end
      end
      k.attach("top", {0, y + 70, 0}, W * 0.8)
      return shape
    end

    -- The skep.
    local R = k.p.r
    local n = k.p.coils
    local board_h = 26
    local cr = 15            -- the straw rope's radius
    local H = (n - 0.4) * cr * 2 * 0.92  -- up to the crown
    local y0 = board_h
    local core = lathe((function()
      local pts = {}
      for i = 0, 20 do
        local y = H * i / 20
        pts[#pts + 1] = {math.max(1, skep_r(R, H + cr, y) - cr * 0.4), y0 - 6 + y * (H + 6) / H}
      end
      return pts
    end)())
    local coils = {}
    local step = cr * 2 * 0.92
    for i = 0, n - 1 do
      local y = cr * 0.7 + i * step
      local r = skep_r(R, H + cr, y) - cr * 0.35
      if r > cr * 1.2 then
        coils[#coils + 1] = torus(r, cr):stretch(1, 0.95, 1):move(0, y0 + y, 0)
      end
    end
    -- a knob of coiled straw on the crown
    local crown = sphere(cr * 1.7):stretch(1, 0.7, 1):move(0, y0 + H + cr * 0.2, 0)
    local straw = smooth(3, core, crown, table.unpack(coils)):noise(1.4, 9, 1)

    -- the bindings: short cane wraps across each coil, staggered
    local ties = {}
    for i = 0, n - 2 do
      local y = cr * 0.95 + i * step
      local r = skep_r(R, H + cr, y) - cr * 0.35
      local m = math.max(3, math.floor(r / 40))
      for j = 0, m - 1 do
        local a = (j + (i % 2) * 0.5) / m * 2 * math.pi + 0.3
        local c, s = math.cos(a), math.sin(a)
        ties[#ties + 1] = torus(cr * 1.08, 3.5):rotx(90):roty(-math.deg(a)):move(r * c, y0 + y, r * s)
      end
    end

    -- the entrance: a small arch cut out at the foot, facing front and a
    -- little towards the viewer
    local ea = math.rad(40)
    local ew, eh = 82, 58
    local arch = (box(ew, eh - ew / 2, 120):move(0, (eh - ew / 2) / 2 - 5, 0) + cylinder(ew / 2, 120):move(0, -60, 0):rotx(90):move(0, eh - ew / 2, 0))
      :roty(90):roty(-math.deg(ea)):move(R * math.cos(ea), y0, R * math.sin(ea))
    local dark = cylinder(R * 0.78, eh + 4):move(0, y0, 0)
    local shape = subtract(straw, arch):part("straw") + subtract(union(table.unpack(ties)), arch):part("binding")
      + dark:part("entrance")

    -- the round board it stands on
    local board = cylinder(R + 45, board_h, 4)
    shape = shape + board:part("board")

    if want_bees then
      -- bees on the straw around the entrance, heads every which way
      local spots = {{ea + 0.35, 70, 0.4}, {ea - 0.3, 95, 2.2}, {ea + 0.05, 130, -0.9}, {ea + 0.55, 160, 1.6}}
      local count = 3 + (k.chance(0.5) and 1 or 0)
      for i = 1, count do
        local sp = spots[i]
        local a, y = sp[1], sp[2]
        local r = skep_r(R, H + cr, y) + cr * 0.45
        local dr = (skep_r(R, H + cr, y + 5) - skep_r(R, H + cr, y - 5)) / 10
        local nrm = {math.cos(a), -dr, math.sin(a)}
        local l = math.sqrt(nrm[1] ^ 2 + nrm[2] ^ 2 + nrm[3] ^ 2)
        nrm = {nrm[1] / l, nrm[2] / l, nrm[3] / l}
        -- heading: a mix of "up the wall" and "round the wall"
        local up = {0, 1, 0}
        local round = {-math.sin(a), 0, math.cos(a)}
        local th = sp[3]
        local h = {up[1] * math.sin(th) + round[1] * math.cos(th), up[2] * math.sin(th), up[3] * math.sin(th) + round[3] * math.cos(th)}
        local p = {r * math.cos(a), y0 + y, r * math.sin(a)}
        local a1, a2, a3 = bee(p, nrm, h, 21)
        shape = shape + a1 + a2 + a3
      end
    end
    k.attach("top", {0, y0 + H + cr, 0}, R * 0.5)
    return shape
  end,
}
