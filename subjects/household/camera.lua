-- A camera. The default is a DSLR seen from the front three-quarters: a
-- black body with a deep rubber hand grip on the right, a viewfinder hump
-- (the prism) in the middle of the top, a mode dial on the left shoulder, a
-- shutter button on top of the grip, strap lugs on each side and a big lens
-- barrel with rubber rings and a dark glass front. The film camera is a
-- vintage rangefinder: a flat black leatherette body with a silver top
-- plate, two viewfinder windows, knobs and a short silver lens. The instant
-- camera is a boxy white wedge with a rainbow stripe, a big lens and a photo
-- coming out of the slot under it. The camcorder is a long body with a lens
-- in front, a flip-out screen swung open on one side and a hand strap on the other.
-- The action camera is a small box with a lens in one corner on a mount.
-- The lens faces +X; the width runs along Z.

-- A rod along X from x = a to x = b.
local function rodx(a, b, r, round)
  return cylinder(r, b - a, round or 0):rotz(-90):move(a, 0, 0)
end

-- A ring of a lens: a band standing proud of a barrel.
local function ring(a, b, r, round)
  return rodx(a, b, r, round)
end

return {
  id = "camera",
  names = {"camera", "photo camera", "digital camera", "dslr", "slr camera", "mirrorless camera", "dslr camera",
           "slr", "reflex camera", "photography camera", "photographic camera", "camara", "camrea", "digicam",
           "system camera", "interchangeable lens camera", "digital slr"},
  lvis = {"camera", "camera_lens", "camcorder"},
  family = "household",
  size_mm = 105,
  description = "A DSLR camera with a lens, a hand grip and a viewfinder hump",
  params = {zoom = {78, 96}},
  parts = {
    {"body", "plastic", color = "#1d1e21", role = "primary",
     names = {"body", "case", "casing", "housing", "camera body", "leatherette"}},
    {"lens", "plastic", color = "#151517", role = "secondary", names = {"lens", "lens barrel", "barrel", "zoom lens", "objective"}},
    {"grip", "rubber", color = "#111113", role = "detail", names = {"grip", "hand grip", "rubber", "rings", "focus ring", "strap", "hand strap"}},
    {"glass", "gloss", color = "#22324a", role = "detail", names = {"glass", "lens glass", "front element", "windows", "viewfinder window"}},
    {"trim", "steel", color = "#bfc2c7", role = "detail",
     names = {"trim", "top plate", "dial", "dials", "buttons", "button", "shutter button", "knobs", "mount", "chrome", "silver"}},
    {"screen", "gloss", color = "#141a24", role = "detail", glows = true, names = {"screen", "display", "lcd", "monitor", "flip screen"}},
    {"photo", "paper", color = "#f4f2ea", role = "detail", names = {"photo", "photograph", "picture", "print", "instant photo", "polaroid photo"}},
    {"image", "gloss", color = "#2c3a48", role = "fixed"},
    {"rainbow", "plastic", color = "#e23a2e", role = "detail", names = {"rainbow", "rainbow stripe", "stripe band", "colour band", "color band"}},
    {"rainbow_orange", "plastic", color = "#f28a22", role = "fixed"},
    {"rainbow_yellow", "plastic", color = "#f4c82a", role = "fixed"},
    {"rainbow_green", "plastic", color = "#3aa24a", role = "fixed"},
    {"rainbow_blue", "plastic", color = "#2a78c8", role = "fixed"},
    {"accent", "plastic", color = "#c8202a", role = "fixed"},
  },
  variants = {
    film = {names = {"film camera", "vintage camera", "rangefinder", "rangefinder camera", "retro camera", "old camera",
                     "analog camera", "analogue camera", "35mm camera", "35 mm camera", "antique camera", "classic camera",
                     "old fashioned camera", "leica", "leica camera", "compact film camera"},
            size_mm = 80, colors = {body = "#1b1b1c", lens = "#9ea3aa"}},
    instant = {names = {"instant camera", "polaroid", "polaroid camera", "instax", "instax camera", "instant film camera",
                        "instant photo camera", "polaroid onestep", "polariod", "polaroid camra"},
               size_mm = 110, colors = {body = "#f1efe8", lens = "#202024"}},
    camcorder = {names = {"camcorder", "video camera", "handycam", "camcorder camera", "video recorder",
                          "home video camera", "handheld video camera", "videocamera", "camcoder", "cam corder", "tv camera",
                          "television camera"},
                 size_mm = 85, colors = {body = "#2a2b2f"}},
    action = {names = {"action camera", "action cam", "gopro", "go pro", "sports camera", "helmet camera", "helmet cam",
                       "body cam", "bodycam"},
              size_mm = 55, colors = {body = "#1f2023"}},
  },
  points = {"top"},
  build = function(k)
    local v = k.variant

    if v == "film" then
      -- A rangefinder: a flat wide body, silver top plate, short lens.
      local W, H, D = 138, 78, 34
      local yb = 52                         -- where the leatherette meets the top plate
      local base = box(D, yb, W, 8):move(0, yb / 2, 0)
      local top = box(D - 1, H - yb + 6, W - 1, 9):move(0, yb - 3 + (H - yb + 6) / 2, 0)
      -- the seam between the two, a thin silver band
      local band = box(D + 1.6, 4, W + 1.6, 1.5):move(0, yb, 0)
      local fx = D / 2
      -- viewfinder windows: a big one at the left end, a small one at the right,
      -- and the frameline window between them
      local windows = box(3, 12, 20, 1.5):move(fx - 0.4, yb + 14, 44)
        + box(3, 11, 12, 1.5):move(fx - 0.4, yb + 14, -44)
        + box(3, 8, 14, 1):move(fx - 0.4, yb + 14, 22)
      local frames = box(3.5, 15, 23, 2):move(fx + 0.2, yb + 14, 44) + box(3.5, 14, 15, 2):move(fx + 0.2, yb + 14, -44)
      -- the lens, a silver barrel with a knurled focus ring and a black tab
      local ly, lz = 30, -4
      local lens = rodx(fx - 2, fx + 16, 24, 1.5) + rodx(fx + 14, fx + 30, 20, 1) + rodx(fx + 28, fx + 40, 22, 2)
      local knurl = empty()
      for i = 0, 17 do
        knurl = knurl + box(8, 3, 3, 0.8):move(fx + 22, 21, 0):rotx(i * 20)
      end
      local lensring = (knurl + rodx(fx + 18, fx + 26, 20.5)):move(0, ly, lz)
      lens = subtract(lens:move(0, ly, lz), rodx(fx + 37, fx + 45, 15):move(0, ly, lz))
      local glass = rodx(fx + 34, fx + 38.5, 16):move(0, ly, lz)
      local tab = box(8, 6, 6, 2):move(fx + 22, ly - 23, lz)
      -- top: shutter speed dial and shutter button on the right, rewind knob
      -- on the left, an accessory shoe in the middle, a wind lever
      local yt = H
      local knobs = cylinder(11, 8, 1.5):move(0, yt - 1, 40) + cylinder(4.5, 6, 1.5):move(8, yt + 6, 40)
        + cylinder(3.5, 4, 1.2):move(6, yt - 1, 56)
        + cylinder(10, 11, 2):move(0, yt - 1, -46) + cylinder(5, 6, 1.5):move(0, yt + 9, -46)
        + box(20, 4, 18, 1):move(0, yt + 1, -2)
        + box(6, 3.5, 26, 1.5):move(-8, yt + 3, 50):roty(-10)
      -- strap lugs on both ends
      local lugs = empty()
      for _, s in ipairs({-1, 1}) do
        lugs = lugs + torus(5.5, 2.3):rotx(90):move(0, yb + 10, s * (W / 2 + 4.5))
          + box(6, 6, 6, 1.5):move(0, yb + 10, s * (W / 2 + 0.5))
      end
      k.attach("top", {0, H, 0}, W * 0.4)
      return union(base:part("body"), (top + band + frames + knobs + lugs + tab + lensring):part("trim"),
                   windows:part("glass"), lens:part("lens"), glass:part("glass"))
    end

    if v == "instant" then
      -- A boxy wedge: a tall flat front, the top sloping down to the back,
      -- the lens high in the middle of the front, the film slot low.
      local W = 112
      local body = box(96, 104, W, 9):move(-4, 52, 0)
      local a = math.deg(math.atan(42, 46))
      body = smooth_sub(body, box(200, 100, 200):rotz(a):move(-29 - 50 * math.sin(math.rad(a)), 83 + 50 * math.cos(math.rad(a)), 0), 6)
      local fx = 44
      -- a dark panel round the slot along the bottom of the front
      local slot = box(14, 3.4, 92, 0.8):move(fx + 2, 16, 0)
      local panel = subtract(box(4, 24, W - 20, 3):move(fx - 0.6, 16, 0), slot)
      body = subtract(body, slot)
      -- the big lens in a raised round housing, a viewfinder and a flash window
      local ly = 70
      local lens = rodx(fx - 4, fx + 8, 25, 3) + rodx(fx + 6, fx + 14, 20, 2)
      lens = subtract(lens, rodx(fx + 11, fx + 20, 14))
      local glass = rodx(fx + 8, fx + 12.5, 15, 2)
      lens, glass = lens:move(0, ly, 0), glass:move(0, ly, 0)
      local windows = box(4, 14, 16, 3):move(fx + 0.6, 92, 38) + box(4, 16, 26, 3):move(fx + 0.6, 91, -36)
      -- rainbow stripe down the front, between the lens and the slot
      local cols = {"rainbow", "rainbow_orange", "rainbow_yellow", "rainbow_green", "rainbow_blue"}
      local stripes = {}
      for i, c in ipairs(cols) do
        local z = (i - 3) * 5.4
        stripes[#stripes + 1] = box(3, 22, 5.4):move(fx + 0.2, 35, z):part(c)
      end
      -- the shutter button on the front, low on the right
      local button = rodx(fx - 2, fx + 4, 7, 1.5):move(0, 44, 40)
      -- the photo, half out of the slot and drooping a little: its tail is
      -- held deep in the body
      local pw, pl = 86, 86
      local photo = box(pl, 2.8, pw, 0.8):move(pl / 2 + 16, 0, 0)
      local img = box(pl - 40, 1.2, pw - 14, 0.4):move(fx + 10 + (pl - 40) / 2, 1.6, 0)
      photo = (photo:part("photo") + img:part("image")):move(-fx, 0, 0):rotz(-7):move(fx, 16, 0)
      k.attach("top", {0, 104, 0}, W * 0.5)
      return union(body:part("body"), panel:part("lens"), lens:part("lens"), glass:part("glass"),
                   windows:part("glass"), button:part("accent"), photo, table.unpack(stripes))
    end

    if v == "camcorder" then
      -- A long body along X, the lens in front, the screen flipped out on the left.
      local L, H, W = 118, 66, 56
      local yc = H / 2 + 2
      local body = box(L, H, W, 14):move(-6, yc, 0)
      body = smooth(8, body, box(40, H * 0.7, W * 0.9, 12):move(L / 2 - 14, yc + 2, 0))
      local fx = L / 2 + 6
      local lens = rodx(fx - 6, fx + 22, 24, 3):move(0, yc + 4, 0)
        + rodx(fx + 18, fx + 34, 27, 3):move(0, yc + 4, 0)
      lens = subtract(lens, rodx(fx + 30, fx + 40, 21):move(0, yc + 4, 0))
      local glass = rodx(fx + 26, fx + 32, 22):move(0, yc + 4, 0)
      -- the flip-out screen, swung open on a hinge at the front of the side
      -- (on the side away from the strap), its display facing back
      local sh, sl = 46, 72
      local hx, hz = 22, W / 2
      local scr = box(7, sh, sl, 3):move(0, 0, sl / 2 + 5)
      local face = box(2, sh - 8, sl - 10, 1):move(-4, 0, sl / 2 + 5)
      local hinge = box(10, sh * 0.7, 14, 2):move(0, 0, 2)
      scr, face, hinge = scr:roty(14):move(hx, yc + 2, hz), face:roty(14):move(hx, yc + 2, hz), hinge:move(hx, yc + 2, hz)
      -- the viewfinder at the back top
      local vf = rodx(-L / 2 - 26, -L / 2 + 10, 10, 3):move(0, H - 2, 6)
      local cup = rodx(-L / 2 - 30, -L / 2 - 20, 12, 3):move(0, H - 2, 6)
      -- the hand strap on the right side, a padded loop from back to front
      local strap = tube({{-L / 2 + 6, yc + 18, -W / 2 + 2}, {-L / 2 + 22, yc + 16, -W / 2 - 12},
                          {L / 2 - 30, yc + 16, -W / 2 - 12}, {L / 2 - 8, yc + 16, -W / 2 + 2}}, 8)
      -- record button and zoom rocker
      local buttons = rodx(-L / 2 - 10, -L / 2 + 4, 6, 1.5):move(0, yc - 6, -12):part("accent")
        + box(16, 5, 8, 2):move(-10, H + 2, 10):part("trim")
      k.attach("top", {-6, H + 2, 0}, W * 0.7)
      return union(body:part("body"), lens:part("lens"), glass:part("glass"), (scr + hinge):part("body"),
                   face:part("screen"), (vf + cup):part("grip"), strap:part("grip"), buttons)
    end

    if v == "action" then
      -- A small box on a mount, the square lens housing in one front corner.
      local W, H, D = 62, 44, 32
      local y0 = 14
      local body = box(D, H, W, 5):move(0, y0 + H / 2, 0)
      local fx = D / 2
      local housing = box(8, 28, 28, 4):move(fx + 2, y0 + H / 2 + 2, 14)
      local lens = rodx(fx + 4, fx + 9, 11, 1.5):move(0, y0 + H / 2 + 2, 14)
      local glass = rodx(fx + 7, fx + 10.5, 8, 2):move(0, y0 + H / 2 + 2, 14)
      local front = box(2, 16, 18, 1.5):move(fx + 0.4, y0 + 16, -14)
      local button = cylinder(5, 3, 1.2):move(-2, y0 + H - 1, -18)
      -- the mount: two fingers under the body and a little base
      local mount = box(14, y0 + 2, 18, 2):move(0, (y0 + 2) / 2 + 2, 0) + box(40, 5, 46, 2):move(0, 2.5, 0)
      k.attach("top", {0, y0 + H, 0}, W * 0.5)
      return union(body:part("body"), (housing + lens):part("lens"), glass:part("glass"), front:part("screen"),
                   button:part("accent"), mount:part("grip"))
    end

    -- The DSLR.
    local W, H, D = 136, 84, 70
    local zg = W / 2 - 20                   -- the grip's centre
    local body = box(D, H, W, 12):move(0, H / 2, 0)
    -- the right hand grip, deep and rounded, bulging forward
    local grip = box(D / 2 + 26, H - 2, 38, 15):move((D / 2 + 26) / 2, H / 2, zg + 1)
    local grip_face = box(14, H - 22, 26, 6):move(D / 2 + 20, H / 2 - 2, zg + 1)
    -- the prism hump in the middle of the top
    local hump = extrude({{-34, 0}, {34, 0}, {20, 30}, {-20, 30}}, 58, 4):roty(90):move(-4, H - 6, -8)
    local hump_front = extrude({{-22, 0}, {22, 0}, {14, 12}, {-14, 12}}, 20, 3):roty(90):move(18, H + 14, -8)
    local shoe = box(22, 4, 20, 1):move(-6, H + 22, -8)
    -- the eyepiece at the back of the hump
    local cup = box(12, 22, 30, 4):move(-D / 2 + 4, H + 4, -8)
    local screen = box(3, 48, 72, 3):move(-D / 2 - 0.6, H * 0.45, -8)
    -- the lens: mount ring, barrel, zoom and focus rings, a wide front
    local ly, lz = H * 0.46, -8
    local fx = D / 2
    local L = k.p.zoom
    local mount = rodx(fx - 4, fx + 6, 33, 1.5)
    local barrel = rodx(fx + 4, fx + L, 31, 2) + rodx(fx + L - 18, fx + L + 4, 35, 3)
    barrel = subtract(barrel, rodx(fx + L - 2, fx + L + 10, 27))
    local glass = rodx(fx + L - 8, fx + L - 1, 28, 2)
    local rings = empty()
    local ridges = {}
    for _, span in ipairs({{fx + 12, fx + 36}, {fx + 44, fx + L - 24}}) do
      rings = rings + rodx(span[1], span[2], 33, 2)
      for i = 0, 23 do
        ridges[#ridges + 1] = box(span[2] - span[1] - 4, 3, 3, 1):move((span[1] + span[2]) / 2, 33, 0):rotx(i * 15)
      end
    end
    rings = rings + union(ridges)
    local red = rodx(fx + L - 20, fx + L - 18, 35.6)
    local lens = (barrel):move(0, ly, lz)
    -- mode dial on the left shoulder, shutter button and a small dial on the grip
    local yt = H
    local dial = cylinder(15, 9, 2):move(-8, yt - 2, -W / 2 + 22)
    local trim = dial + cylinder(8, 5, 2):move(24, yt - 2, zg) + cylinder(5.5, 4, 1.5):move(24, yt + 2, zg)
      + cylinder(10, 4, 1.5):move(-12, yt - 1, zg - 4)
    -- strap lugs on both sides at the top
    for _, s in ipairs({-1, 1}) do
      trim = trim + torus(6, 2.4):rotx(90):move(-4, H - 10, s * (W / 2 + 5)) + box(6, 6, 6, 1.5):move(-4, H - 10, s * (W / 2 + 1))
    end
    k.attach("top", {-4, H + 24, -8}, W * 0.35)
    return union((body + hump + hump_front + grip):part("body"), grip_face:part("grip"), (cup):part("grip"), screen:part("screen"),
                 lens:part("lens"), rings:move(0, ly, lz):part("grip"), red:move(0, ly, lz):part("accent"),
                 glass:move(0, ly, lz):part("glass"), mount:move(0, ly, lz):part("trim"), (trim + shoe):part("trim"))
  end,
}
