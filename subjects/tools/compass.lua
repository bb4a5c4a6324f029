-- A compass. The pocket compass lies flat: a round brass case with its lid
-- standing open behind it on a hinge, a bow ring on a crown at the side
-- (its 12 o'clock), and under a glass a pale face with a compass rose,
-- cardinal ticks and a red-and-white needle on a pivot. The drawing compass
-- (the geometry tool) stands as an inverted V: a knurled handle on a hinge
-- head, one steel leg ending in a needle point, the other holding a pencil.
return {
  id = "compass",
  names = {"compass", "pocket compass", "magnetic compass", "brass compass", "navigation compass",
           "hiking compass", "navigational compass", "compas"},
  lvis = {"compass"},
  family = "tools",
  size_mm = 58,
  description = "A brass pocket compass with its lid open",
  params = {heading = {-14, 14}, open = {96, 106}, spread = {40, 52}},
  parts = {
    {"case", "brass", color = "#c8a040", role = "primary", names = {"case", "body", "housing", "bezel", "ring", "legs", "metal"}},
    {"lid", "brass", color = "#b89236", role = "primary", names = {"lid", "cover", "hinge", "head"}},
    {"face", "ceramic", color = "#ece0c4", role = "secondary", names = {"face", "dial", "card"}},
    {"rose", "paint", color = "#1e1e22", role = "detail", names = {"rose", "compass rose", "markings", "marks", "ticks"}},
    {"needle", "paint", color = "#d02a22", role = "detail", names = {"needle", "pointer", "arrow", "point"}},
    {"tail", "paint", color = "#f4f4f0", role = "detail", names = {"tail", "south end"}},
    {"glass", "glass", color = "#e4f0f8", role = "detail", names = {"glass", "crystal", "cover glass"}},
    {"handle", "plastic", color = "#2a2a30", role = "detail", names = {"handle", "grip", "knob"}},
    {"pencil", "paint", color = "#f4c21a", role = "detail", names = {"pencil"}},
    {"tip", "wood", color = "#e8c08a", role = "detail", names = {"tip", "lead"}},
  },
  variants = {
    drawing = {names = {"drawing compass", "pair of compasses", "geometry compass", "drafting compass",
                        "math compass", "compasses"},
               size_mm = 140, colors = {case = "#b8bcc4", lid = "#a8acb4", needle = "#9aa0a8"}},
  },
  points = {"top"},
  build = function(k)
    if k.variant == "drawing" then
      local L = 130                                  -- leg length, hinge to tip
      local half = math.rad(k.p.spread / 2)
      local hy = L * math.cos(half) + 2              -- hinge height
      local function leg(s)
        -- a flat bar from the hinge down to (s * reach, 0); returns its direction
        local dx, dy = s * math.sin(half), -math.cos(half)
        local function at(t) return {dx * t, hy + dy * t, 0} end
        return at, dx, dy
      end
      local shape = empty()
      local case, needle, pencil, tip = {}, empty(), empty(), empty()
      -- the needle leg (-X): a bar, then a thin steel point reaching the ground
      local at, dx, dy = leg(-1)
      case[#case + 1] = limb(at(6), at(L - 20), 4.2, 3.2):stretch(1, 1, 0.7)
      case[#case + 1] = limb(at(L - 24), at(L - 14), 3.4, 2.8)
      needle = limb(at(L - 16), at(L + 1.5), 1.5, 0.6)
      -- the pencil leg (+X): a shorter bar ending in a clamp; the pencil runs
      -- beside it, its sharpened point on the ground
      at, dx, dy = leg(1)
      local dir = {dx, dy, 0}
      local pz = 5.5
      local function pat(t) local p = at(t); return {p[1], p[2], pz} end
      case[#case + 1] = limb(at(6), at(L - 44), 4.2, 3.4):stretch(1, 1, 0.7)
      case[#case + 1] = limb(at(L - 46), pat(L - 46), 3.6)
      case[#case + 1] = cylinder(5.4, 13, 1.5):aim(dir, pat(L - 52))
      case[#case + 1] = limb(pat(L - 46), {at(L - 46)[1], at(L - 46)[2], pz + 8}, 2.2)     -- clamp screw
      local hex = {}
      for i = 0, 5 do local a2 = math.pi / 3 * i; hex[#hex + 1] = {3.6 * math.cos(a2), 3.6 * math.sin(a2)} end
      local plen = 60
      pencil = extrude(hex, plen, 0.3):rotx(90):move(0, plen / 2, 0):aim(dir, pat(L - 9 - plen))
      tip = cone(3.5, 0.6, 10.5):aim(dir, pat(L - 9.5))
      -- the hinge head: a disc joining the legs, the handle on top
      local head = cylinder(9, 9, 2):move(0, -4.5, 0):rotx(90):move(0, hy, 0)
      head = head + box(12, 10, 8, 2):move(0, hy - 2, 0)
      local handle = cylinder(3.4, 26, 1.2):move(0, hy + 4, 0)
      for i = 0, 4 do handle = handle + torus(3.4, 0.7):move(0, hy + 16 + i * 3, 0) end
      k.attach("top", {0, hy + 30, 0}, 12)
      shape = union(union(case):part("case"), head:part("lid"), handle:part("handle"),
                    needle:part("needle"), pencil:part("pencil"), tip:part("tip"))
      return shape:roty(-20)
    end
    local R, H = 24, 10
    -- the case: a shallow rounded drum with a raised bezel, hollow above the face
    local case = cylinder(R, H, 2.5)
    case = case + torus(R - 1.2, 1.6):move(0, H, 0)
    case = subtract(case, cylinder(R - 2.6, 10):move(0, 5.2, 0))
    -- the face with its rose and ticks
    local fy = 5.6
    local face = cylinder(R - 2.4, fy + 0.4)
    local rose = star(4, R * 0.62, R * 0.13, 0.9):rotx(90):move(0, fy + 0.6, 0)
    rose = rose + star(4, R * 0.36, R * 0.09, 0.9):rotx(90):roty(45):move(0, fy + 0.6, 0)
    local ring = subtract(cylinder(R - 4.4, 0.9), cylinder(R - 5.4, 3):move(0, -1, 0)):move(0, fy + 0.1, 0)
    rose = rose + ring
    for i = 0, 7 do
      local long = i % 2 == 0
      rose = rose + box(long and 4.2 or 2.6, 0.9, long and 1.4 or 0.9):move(R - 5.2 - (long and 1 or 0.3), fy + 0.5, 0):roty(45 * i)
    end
    -- an N mark: a small red triangle beyond the north tick (north is +Z)
    local nmark = extrude({{-1.8, 0}, {1.8, 0}, {0, 3.2}}, 0.9):rotx(-90):move(0, fy + 0.6, R - 6.8)
    -- the needle: a long diamond on a pivot, red half to the north
    local ny = fy + 2.0
    local nl, nw = R * 0.78, 3.0
    local north = extrude({{-nw, 0}, {0, nl}, {nw, 0}}, 1.0, 0.2)
    local south = extrude({{-nw, 0}, {nw, 0}, {0, -nl}}, 1.0, 0.2)
    local turn = 90 + k.p.heading
    north = north:rotx(90):roty(turn - 90):move(0, ny, 0)
    south = south:rotx(90):roty(turn - 90):move(0, ny, 0)
    local pivot = cylinder(1.2, ny - fy):move(0, fy, 0) + cylinder(2.0, 1.6, 0.6):move(0, ny - 0.3, 0)
    -- the glass: a thin, slightly domed lens on the bezel; a small vent at the
    -- back, under the hinge, keeps the space beneath it open to the air
    local glass = intersect(sphere(220):move(0, H + 1.0 - 220, 0), cylinder(R - 1.4, 4):move(0, H - 0.8, 0))
    local vent = box(7, 2.4, 6, 0.4):move(-R + 1, 7.9, 0)
    case = subtract(case, vent)
    -- the lid: a shallow dish hinged at the back (-X), opened past upright
    local lid = cylinder(R, 4, 1.8) + torus(R - 1.2, 1.5):move(0, 0.8, 0)
    lid = subtract(lid, cylinder(R - 3, 2):move(0, -0.5, 0))
    lid = lid + cylinder(R - 3, 1.2):move(0, 1.0, 0)
    lid = lid:move(R, 0, 0):rotz(180 - k.p.open):move(-R, H + 0.5, 0)
    -- the hinge knuckles and the crown with its bow ring at 12 o'clock (+Z)
    local hinge = cylinder(2.4, 7, 0.6):rotx(90):move(-R - 0.6, H - 0.4, -7 + 3.5)
      + cylinder(2.4, 7, 0.6):rotx(90):move(-R - 0.6, H - 0.4, 7 + 3.5)
      + box(4, 2.6, 22, 1):move(-R - 0.4, H + 0.4, 0)
    local crown = limb({0, 5, R - 1}, {0, 5, R + 6}, 2.2)
      + limb({0, 5, R + 5}, {0, 5, R + 9}, 3.6)
    local bow = torus(6.5, 1.6):move(0, 5, R + 15)
    k.attach("top", {0, H + 2, 0}, R * 1.6)
    local shape = union(union(case, crown, bow):part("case"), union(lid, hinge):part("lid"), face:part("face"),
                        rose:part("rose"), union(north, nmark):part("needle"), union(south, pivot):part("tail"),
                        glass:part("glass"))
    return shape:roty(-30)
  end,
}
