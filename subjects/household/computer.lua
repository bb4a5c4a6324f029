-- A desktop computer on a desk mat: a flat-panel monitor (thin black bezel
-- round a dark glossy screen) on a neck-and-foot stand, a keyboard of keys
-- in front of it and a mouse to its right. The monitor variant is the
-- monitor on its stand alone. The retro variant is a beige 1980s all-in-one:
-- a tall box with a small bulging CRT screen in its face, a floppy disk slot
-- under it and vents on the side, with a beige keyboard on a coiled cable
-- and a boxy one-button mouse. The user sits at +X.

-- A keyboard laid on the desk with its middle at the origin, sloping up
-- towards the back (-X): `depth` along X, `width` along Z; rows x cols keys
-- with a space bar row. Returns the case and the keys.
local function keyboard(depth, width, h0, h1, rows, cols, key_h)
  local bv = 2.5
  local case = extrude({{depth / 2 - bv, bv}, {depth / 2 - bv, h0 - bv}, {-depth / 2 + bv, h1 - bv}, {-depth / 2 + bv, bv}}, width, bv)
  local a = math.deg(math.atan(h1 - h0, depth))
  local px = (depth - 22) / rows
  local pz = (width - 22) / cols
  local kd, kw = px * 0.8, pz * 0.8
  local keys = {}
  local key = box(kd, key_h, kw, math.min(kd, kw) * 0.18)
  for r = 0, rows - 1 do
    local x = -depth / 2 + 11 + px * (r + 0.5)
    if r == rows - 1 then
      -- the front row: three short keys each side of a long space bar
      for i = 0, 2 do
        keys[#keys + 1] = key:move(x, 0, -width / 2 + 11 + pz * (i + 0.5))
        keys[#keys + 1] = key:move(x, 0, width / 2 - 11 - pz * (i + 0.5))
      end
      keys[#keys + 1] = box(kd, key_h, pz * (cols - 6) - pz * 0.2, kd * 0.18):move(x, 0, 0)
    else
      local off = (r % 2) * pz * 0.3
      local n = cols - (r % 2)
      keys[#keys + 1] = array(key, n, 0, 0, pz):move(x, 0, -width / 2 + 11 + pz * 0.5 + off)
    end
  end
  local hm = (h0 + h1) / 2
  return case, union(keys):rotz(-a):move(0, hm + key_h * 0.2, 0)
end

-- A mouse lying on the desk, its nose towards -X (away from the user),
-- length L. `two` gives two buttons and a scroll wheel.
local function mouse(L, two)
  local W, H = L * 0.56, L * 0.34
  local shell = loft({{y = 0, rx = L * 0.47, rz = W * 0.46, x = 0},
                      {y = H * 0.35, rx = L * 0.5, rz = W * 0.5, x = 0},
                      {y = H * 0.75, rx = L * 0.42, rz = W * 0.4, x = L * 0.04},
                      {y = H, rx = L * 0.18, rz = W * 0.14, x = L * 0.1}})
  local seams = empty()
  local wheel = empty()
  if two then
    seams = box(L * 0.5, H * 0.6, 1.6):move(-L * 0.3, H, 0) + box(2, H * 0.4, W * 0.8):move(-L * 0.03, H, 0)
    wheel = cylinder(L * 0.075, L * 0.05, 1):rotx(90):move(-L * 0.22, H * 0.86, -L * 0.025)
  else
    seams = box(2, H * 0.4, W * 0.9):move(-L * 0.1, H, 0)
  end
  return subtract(shell, seams), wheel
end

return {
  id = "computer",
  names = {"computer", "desktop computer", "pc", "personal computer", "desktop pc", "workstation", "desktop",
           "home computer", "office computer", "desk computer", "computer setup", "computer set", "pc setup",
           "computor", "compuer", "desktop computer set"},
  lvis = {"monitor_(computer_equipment)"},
  family = "household",
  size_mm = 470,
  description = "A desktop computer: a monitor on a stand with a keyboard and mouse in front",
  params = {mx = {-6, 6}},
  parts = {
    {"body", "plastic", color = "#17181b", role = "primary",
     names = {"body", "case", "casing", "frame", "bezel", "housing", "monitor", "computer"}},
    {"screen", "gloss", color = "#1f2838", role = "detail", glows = true, names = {"screen", "display", "glass"}},
    {"stand", "steel", color = "#9ea2a9", role = "detail", names = {"stand", "base", "foot", "neck", "monitor stand"}},
    {"keyboard", "steel", color = "#b9bdc4", role = "secondary", names = {"keyboard", "keyboard case"}},
    {"keys", "plastic", color = "#f2f2f0", role = "detail", names = {"keys", "keycaps", "buttons"}},
    {"mouse", "plastic", color = "#f0f0ee", role = "detail", names = {"mouse", "computer mouse"}},
    {"mat", "fabric", color = "#464a52", role = "detail", names = {"mat", "desk mat", "mouse pad", "mousepad", "pad"}},
    {"trim", "plastic", color = "#2c2a28", role = "detail",
     names = {"floppy slot", "floppy drive", "disk drive", "slot", "vents", "cable", "cord", "wire"}},
  },
  variants = {
    monitor = {names = {"computer monitor", "monitor", "screen", "display", "pc monitor", "lcd monitor", "computer screen",
                        "flat panel monitor", "flat screen monitor", "desktop monitor", "computer display", "gaming monitor",
                        "moniter", "monitor screen"},
               size_mm = 450},
    retro = {names = {"retro computer", "old computer", "vintage computer", "80s computer", "1980s computer",
                      "old pc", "retro pc", "vintage pc", "beige computer", "classic computer", "old fashioned computer",
                      "antique computer", "crt computer", "old desktop computer"},
             size_mm = 340,
             colors = {body = "#dcd3ba", keyboard = "#d6ccb1", keys = "#cbc1a5", mouse = "#dcd3ba", screen = "#263029",
                       trim = "#4a4640"}},
  },
  points = {"top"},
  build = function(k)
    if k.variant == "retro" then
      -- The all-in-one: depth along X, width along Z, front at +X.
      local D, H, W = 270, 335, 245
      local fx = D / 2
      local side = extrude({{fx - 8, 8}, {fx - 8, H - 10}, {-fx + 40, H - 12}, {-fx + 8, H - 70}, {-fx + 8, 8}}, W, 8)
      local case = side
      -- The front: a recessed screen surround in the upper part, a chin below.
      local sy = 218
      local sw, sh = 196, 160
      case = subtract(case, box(20, sh, sw, 14):move(fx, sy, 0))
      local surround = subtract(box(12, sh, sw, 14):move(fx - 8, sy, 0), box(40, sh - 30, sw - 34, 16):move(fx, sy, 0))
      local bulge = box(20, sh - 28, sw - 32, 16):move(fx - 12, sy, 0)
        + intersect(ellipsoid(16, (sh - 30) * 0.9, (sw - 34) * 0.9):move(fx - 12, sy, 0), box(60, sh - 28, sw - 32, 16):move(fx, sy, 0))
      -- Floppy slot in a little raised plate, lower right of the chin, and
      -- vents in the side.
      local plate = box(8, 30, 92, 3):move(fx - 1, 80, -36)
      local slot = box(12, 8, 72, 2):move(fx + 2, 82, -36)
      -- a groove round the face above the chin
      case = subtract(case, box(12, 5, W + 10, 2):move(fx, 122, 0))
      local vents, cuts = empty(), empty()
      for i = 0, 4 do
        cuts = cuts + box(110, 9, 20, 3):move(-30, 235 + i * 19, W / 2 + 4)
        vents = vents + box(110, 9, 10, 3):move(-30, 235 + i * 19, W / 2 - 9)
      end
      case = subtract(case, cuts)
      -- Keyboard in front on a cable, mouse to the right on its own cable.
      local kx = fx + 120
      local kcase, keys = keyboard(120, 300, 14, 26, 5, 13, 7)
      kcase, keys = kcase:move(kx, 0, 0), keys:move(kx, 0, 0)
      local cable = tube({{kx - 54, 10, 40}, {kx - 80, 6, 52}, {fx + 8, 6, 60}, {fx - 4, 18, 60}}, 6)
      local m, _ = mouse(92, false)
      local mz = -205
      m = m:move(kx + 10, 0, mz)
      local mcable = tube({{kx - 36, 5, mz}, {kx - 80, 5, mz + 30}, {kx - 62, 9, -138}}, 5)
      k.attach("top", {0, H, 0}, W * 0.7)
      local shape = union(case:part("body"), surround:part("body"), bulge:part("screen"), plate:part("body"),
                          (slot + vents + cable + mcable):part("trim"), kcase:part("keyboard"), keys:part("keys"),
                          m:part("mouse"))
      return shape:roty(-24)
    end

    -- The monitor: a thin panel on a neck rising from a flat foot.
    local W, H, T = 600, 350, 22
    local mx = -70
    local y0 = 118
    local yc = y0 + H / 2
    local bz = 11
    local panel = box(T, H, W, 5):move(mx, yc, 0)
    panel = subtract(panel, box(10, H - 2 * bz, W - 2 * bz, 2):move(mx + T / 2 + 2, yc, 0))
    panel = subtract(panel, box(10, 8, W - 2 * bz, 2):move(mx + T / 2 + 2, y0 + bz + 6, 0)) -- a chin strip under the screen
    local screen = box(6, H - 2 * bz - 14, W - 2 * bz, 2):move(mx + T / 2 - 1.5, yc + 7, 0)
    local back = box(34, H * 0.55, W * 0.55, 12):move(mx - T / 2 - 10, yc - 10, 0)
    local neck = box(24, 240, 70, 8):move(0, 120, 0):rotz(-8):move(mx - T / 2 - 40, 0, 0)
    local foot = box(190, 12, 250, 5):move(mx - 30, 6, 0)
    local stand = neck + foot
    if k.variant == "monitor" then
      k.attach("top", {mx, y0 + H, 0}, T * 3)
      return union((panel + back):part("body"), screen:part("screen"), stand:part("stand")):roty(-20)
    end
    -- The desk mat under everything, the keyboard in front of the monitor and
    -- the mouse on the user's right (-Z).
    local mt = 12
    local mat = box(470, mt, 700, 3):move(50, mt / 2, -80)
    local kx = 160
    local kcase, keys = keyboard(135, 430, 12, 22, 5, 16, 6)
    kcase, keys = kcase:move(kx, mt - 3, k.p.mx), keys:move(kx, mt - 3, k.p.mx)
    local m, wheel = mouse(110, true)
    m, wheel = m:roty(-8):move(kx + 10, mt - 3, -330), wheel:roty(-8):move(kx + 10, mt - 3, -330)
    k.attach("top", {mx, y0 + H, 0}, T * 3)
    return union((panel + back):part("body"), screen:part("screen"), stand:part("stand"), mat:part("mat"),
                 kcase:part("keyboard"), keys:part("keys"), m:part("mouse"), wheel:part("trim")):roty(-20)
  end,
}
