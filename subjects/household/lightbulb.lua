-- A light bulb standing on its screw base: a pear-shaped clear glass bulb
-- with a glass stem and two lead-in wires holding a coiled filament, on a
-- silver threaded screw cap with a black insulator and a contact at the
-- bottom. The LED bulb has an opaque frosted dome over a white plastic
-- collar; the Edison bulb is a tall amber teardrop with a cage of looped
-- filaments.

-- The bulb's outside, bottom to top: keyed {r, y} points up the flared neck
-- to the belly's widest point at y = eq, then a half ellipse over the dome.
local function pear(y0, keys, R, eq, top_h)
  local pts = {}
  for _, p in ipairs(keys) do pts[#pts + 1] = {p[1], y0 + p[2]} end
  local m = 12
  for i = 1, m do
    local a = (math.pi / 2) * i / m
    pts[#pts + 1] = {math.max(0.5, R * math.cos(a)), y0 + eq + top_h * math.sin(a)}
  end
  return pts
end

-- A helix of tube round the Y axis: the screw thread.
local function thread(r, y0, y1, turns, tr)
  local pts = {}
  local n = math.floor(turns * 10)
  for i = 0, n do
    local t = i / n
    local a = t * turns * 2 * math.pi
    pts[#pts + 1] = {r * math.cos(a), y0 + (y1 - y0) * t, r * math.sin(a)}
  end
  return tube(pts, tr)
end

-- A coiled filament from a to b (both in the YZ plane at x = 0).
local function coil(a, b, turns, cr, wr)
  local pts = {}
  local n = turns * 8
  local dy, dz = b[2] - a[2], b[3] - a[3]
  local len = math.sqrt(dy * dy + dz * dz)
  local uy, uz = dy / len, dz / len
  -- perpendicular in the YZ plane
  local py, pz = -uz, uy
  for i = 0, n do
    local t = i / n
    local ang = t * turns * 2 * math.pi
    local c, s = math.cos(ang), math.sin(ang)
    local fade = math.min(1, math.min(t, 1 - t) * 6)
    pts[#pts + 1] = {cr * s * fade, a[2] + dy * t + py * cr * c * fade, a[3] + dz * t + pz * cr * c * fade}
  end
  return tube(pts, wr)
end

return {
  id = "lightbulb",
  names = {"light bulb", "lightbulb", "bulb", "incandescent bulb", "incandescent light bulb", "lamp bulb",
           "clear bulb", "electric bulb", "electric light bulb", "light globe", "lighbulb", "lightblub",
           "glass bulb", "bulb light"},
  lvis = {"lightbulb"},
  family = "household",
  size_mm = 110,
  description = "A clear light bulb with a glowing filament on a silver screw base",
  params = {belly = {29, 31}},
  parts = {
    {"glass", "glass", color = "#f2f6f8", role = "primary", names = {"glass", "bulb", "globe", "dome"}},
    {"base", "silver", color = "#c4c8ce", role = "secondary", names = {"base", "screw", "cap", "thread",
                                                                     "threads", "screw base", "socket"}},
    {"filament", "gloss", color = "#ffc860", role = "detail", glows = true, names = {"filament", "light", "coil"}},
    {"wires", "copper", color = "#b8906a", role = "detail", names = {"wires", "wire", "leads", "stem"}},
    {"insulator", "plastic", color = "#1a1a1c", role = "fixed", names = {"insulator"}},
    -- the LED bulb's frosted dome and plastic collar
    {"frosted", "gloss", color = "#f6f6f2", role = "primary", glows = true, names = {"frosted glass", "diffuser"}},
    {"collar", "plastic", color = "#d4d6d8", role = "detail", names = {"collar", "housing", "heat sink", "neck"}},
  },
  variants = {
    led = {names = {"led bulb", "led light bulb", "led lightbulb", "frosted bulb", "white bulb",
                    "energy saving bulb", "smart bulb", "opal bulb", "pearl bulb"}},
    edison = {names = {"edison bulb", "edison light bulb", "vintage bulb", "vintage light bulb",
                       "filament bulb", "antique bulb", "retro bulb", "squirrel cage bulb", "edison lightbulb"},
              size_mm = 140, colors = {glass = "#f0c878", filament = "#ffa030"}},
  },
  points = {"top"},
  build = function(k)
    local v = k.variant
    -- the screw cap: contact, insulator, threaded shell
    local cap_r = 12.5
    local y_ins, y_shell, y_top = 3, 8, 30
    local contact = cylinder(4.5, 4, 1.5)
    local insulator = lathe({{9.5, y_ins - 0.5}, {10.5, y_ins + 1}, {11, y_shell + 1}, {0.5, y_shell + 1}})
    local shell = lathe({{10.5, y_shell - 1}, {cap_r, y_shell + 1.5}, {cap_r, y_top}, {0.5, y_top}})
    shell = shell + thread(cap_r, y_shell + 2.5, y_top - 3.5, 4.5, 1.9)
    -- the crimped rim where the glass sits in the cap
    shell = shell + torus(cap_r + 0.4, 1.6):move(0, y_top - 1, 0)
    local base = (contact + shell):part("base")
    local ins = insulator:part("insulator")

    if v == "led" then
      -- a white plastic collar flaring up from the cap, then an opal dome
      local collar = lathe({{cap_r + 0.3, y_top - 2}, {cap_r + 1, y_top + 3}, {17, y_top + 12}, {24, y_top + 22},
                            {27, y_top + 26}, {0.5, y_top + 26}})
      -- shallow ribs round the collar
      local ribs = radial(box(2, 16, 1.6, 0.6):move(0, y_top + 15, 18.5):rotx(-20), 16)
      collar = collar + ribs
      local R = 30
      local cy = y_top + 44
      -- the opal dome: out from the collar's rim, round a broad belly, over the top
      local dp = {{26, y_top + 24}, {28.2, y_top + 29}, {29.5, y_top + 34}}
      for i = 0, 14 do
        local a = (math.pi / 2) * i / 14
        dp[#dp + 1] = {math.max(0.5, R * math.cos(a)), cy + 32 * math.sin(a)}
      end
      local dome = lathe(dp)
      k.attach("top", {0, cy + 32, 0}, 24)
      return union(base, ins, collar:part("collar"), dome:part("frosted"))
    end

    local glass_y0 = y_top - 4
    local prof, wall, fil_a, fil_b, stem_top, keys, R, eq, top_h
    if v == "edison" then
      -- a tall teardrop: a long gentle neck widening into a rounded top
      keys = {{cap_r + 0.2, 0}, {13.5, 8}, {15, 18}, {18, 30}, {22, 42}, {26, 54}, {29.5, 66}, {31.5, 76}, {32, 82}}
      R, eq, top_h = 32, 82, 34
      wall = 1.8
      stem_top = glass_y0 + 36
    else
      R = k.p.belly
      keys = {{cap_r + 0.2, 0}, {13.4, 4}, {14.6, 9}, {17.4, 16}, {21.4, 23}, {25.4, 30}, {R * 0.96, 37}, {R, 45}}
      eq, top_h = 45, R * 1.02
      wall = 1.6
      stem_top = glass_y0 + 24
    end
    prof = pear(glass_y0, keys, R, eq, top_h)
    local ikeys = {}
    for i = 2, #keys do ikeys[#ikeys + 1] = {keys[i][1] - wall, keys[i][2]} end
    local outer = lathe(prof)
    local inner = lathe(pear(glass_y0, ikeys, R - wall, eq, top_h - wall))
    local glass = outer - inner
    -- the glass stem rising from the neck: a flared tube closed by a button
    local stem = lathe({{8, glass_y0 + 2}, {6, glass_y0 + 8}, {3.2, glass_y0 + 14}, {2.6, stem_top - 2},
                        {3.5, stem_top}, {0.5, stem_top + 1.5}})

    local wires, fil = {}, nil
    if v == "edison" then
      -- a squirrel cage: a central support rod with a star of arms at the top
      -- and the bottom, the filament looping between them
      local ytop, ybot = glass_y0 + 96, stem_top + 6
      wires[#wires + 1] = limb({0, stem_top, 0}, {0, ytop + 2, 0}, 1.3)
      local loops = {}
      local n = 6
      for i = 0, n - 1 do
        local a = (i + 0.5) * 2 * math.pi / n
        local a2 = (i + 1) * 2 * math.pi / n
        local rt, rb = 14, 7
        local top = {rt * math.cos(a), ytop, rt * math.sin(a)}
        local bot = {rb * math.cos(a2), ybot, rb * math.sin(a2)}
        wires[#wires + 1] = polyline({{0, ytop + 2, 0}, {top[1], ytop + 1, top[3]}}, 1.0)
        wires[#wires + 1] = polyline({{0, ybot, 0}, bot}, 1.0)
        -- each loop runs up from one bottom arm to the top arm and back down
        local bot_prev = {rb * math.cos(a2 - 2 * math.pi / n), ybot, rb * math.sin(a2 - 2 * math.pi / n)}
        loops[#loops + 1] = tube({bot_prev, {(bot_prev[1] + top[1]) * 0.55, (ybot + ytop) * 0.5, (bot_prev[3] + top[3]) * 0.55},
                                  {top[1], ytop + 1, top[3]}}, 1.25)
        loops[#loops + 1] = tube({{top[1], ytop + 1, top[3]}, {(bot[1] + top[1]) * 0.55, (ybot + ytop) * 0.5, (bot[3] + top[3]) * 0.55},
                                  bot}, 1.25)
      end
      fil = union(loops)
      k.attach("top", {0, prof[#prof][2], 0}, 30)
    else
      -- two lead-in wires spread from the stem to hold the coil across the bulb
      local fy = glass_y0 + 50
      fil_a, fil_b = {0, fy, -10}, {0, fy, 10}
      for _, s in ipairs({-1, 1}) do
        wires[#wires + 1] = tube({{0, stem_top - 4, s * 1.8}, {0, stem_top + 6, s * 3.5}, {0, fy - 6, s * 9},
                                  {0, fy + 0.5, s * 10.5}}, 0.75)
      end
      -- a centre support wire with a hook under the coil
      wires[#wires + 1] = tube({{0, stem_top, 0}, {0, fy - 4, 0}, {0, fy + 0.5, 0}}, 0.6)
      fil = coil(fil_a, fil_b, 8, 2.2, 0.95)
      k.attach("top", {0, prof[#prof][2], 0}, 24)
    end
    -- keep the inside of the bulb open to the air through the contact, so
    -- its inner surface stays joined to the outer one
    local vent = cylinder(1.2, glass_y0 + 12):move(9, -1, 0)
    local shape = union(base, ins, (glass + stem):part("glass"), union(wires):part("wires"), fil:part("filament"))
    return subtract(shape, vent)
  end,
}
