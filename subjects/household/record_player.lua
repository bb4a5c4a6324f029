-- A record player (turntable): a low walnut plinth with a silver platter on
-- the left carrying a black vinyl record with a coloured centre label, a
-- tonearm on the right pivoting at the back with its counterweight, its
-- headshell resting on the record, two knobs at the front corner, and a clear
-- dust cover hinged at the back and propped open. The gramophone is a wooden
-- box with a winding crank on its side, a record on the turntable, and a big
-- flared brass horn rising from the back and curving over to face forward.
-- The listener stands at +X.
return {
  id = "record_player",
  names = {"record player", "turntable", "vinyl player", "phonograph", "record deck", "victrola", "vinyl record player",
           "vinyl turntable", "hifi turntable", "hi fi turntable", "record turntable", "lp player", "dj turntable",
           "recordplayer", "record payer", "turn table"},
  lvis = {"record_player", "phonograph_record"},
  family = "household",
  size_mm = 300,
  description = "A turntable playing a vinyl record, its clear lid propped open",
  params = {open = {68, 78}, arm = {-4, 4}},
  parts = {
    {"case", "wood", color = "#6b4226", role = "primary",
     names = {"case", "body", "plinth", "base", "box", "cabinet", "wood"}},
    {"record", "plastic", color = "#141416", role = "secondary", names = {"record", "vinyl", "disc", "disk", "lp", "album"}},
    {"label", "paper", color = "#d23a2a", role = "detail", names = {"label", "centre label", "center label", "sticker"}},
    {"platter", "steel", color = "#c4c8ce", role = "detail",
     names = {"platter", "tonearm", "arm", "needle", "stylus", "metal", "chrome", "turntable platter"}},
    {"horn", "brass", color = "#c89a3c", role = "detail", names = {"horn", "bell", "trumpet", "speaker horn"}},
    {"knobs", "plastic", color = "#1c1c1e", role = "detail", names = {"knobs", "dials", "buttons", "feet"}},
    {"lid", "glass", color = "#d6e2ea", role = "detail", names = {"lid", "dust cover", "cover"}},
  },
  variants = {
    gramophone = {names = {"gramophone", "gramaphone", "grammophone", "horn gramophone", "horn phonograph",
                           "antique phonograph", "wind up gramophone", "old gramophone", "vintage gramophone",
                           "antique gramophone", "horn record player"},
                  size_mm = 560, colors = {case = "#5a3218", label = "#c8a040"}},
  },
  points = {"top"},
  build = function(k)
    if k.variant == "gramophone" then
      -- A wooden box with a moulded lid rim and a plinth foot.
      local B, H = 300, 150
      local box_ = box(B, H, B, 6):move(0, H / 2 + 12, 0)
      local foot = box(B + 20, 16, B + 20, 5):move(0, 8, 0)
      local rim = box(B + 14, 12, B + 14, 4):move(0, H + 10, 0)
      local case = box_ + foot + rim
      -- the turntable with its record and label
      local top = H + 16
      local platter = cylinder(122, 6):move(0, top - 1, 0)
      local record = cylinder(126, 4):move(0, top + 4, 0)
      local label = cylinder(42, 4):move(0, top + 6, 0)
      local spindle = cylinder(4, 14, 1):move(0, top + 4, 0)
      -- the winding crank on the +Z side: a boss, a bent rod and a grip
      local zc = B / 2
      local crank = cylinder(20, 20, 4):rotx(90):move(20, 90, zc + 18)
        + polyline({{20, 90, zc + 10}, {20, 90, zc + 46}, {20, 26, zc + 46}, {20, 26, zc + 70}}, 7)
      local grip = cylinder(11, 44, 5):rotx(90):move(20, 26, zc + 108)
      -- The tonearm: a pillar at the back right, a thick arm reaching over
      -- the record to the round sound box resting on it.
      local px, pz = -110, -100
      local pillar = cylinder(20, 44, 4):move(px, top, pz)
      local arm = tube({{px, top + 38, pz}, {px + 50, top + 42, pz + 30}, {px + 110, top + 30, pz + 60}}, 11, 8)
      local soundbox = cylinder(26, 14, 4):rotz(90):rotx(20):move(px + 124, top + 28, pz + 66)
      -- The horn rises from the pillar behind the box, curves up and over
      -- and opens into a big flared bell facing forward.
      local path = {{px, top + 30, pz}, {px - 30, top + 110, pz + 10}, {px - 40, top + 210, pz + 40},
                    {px + 0, top + 290, pz + 80}, {px + 60, top + 320, pz + 100}}
      local neck = tube(path, 14, 34)
      local d = {0.9, 0.42, 0.25}
      local l = math.sqrt(d[1] * d[1] + d[2] * d[2] + d[3] * d[3])
      d = {d[1] / l, d[2] / l, d[3] / l}
      -- the bell's wall as a polygon: the flare and its copy offset along
      -- the normal, revolved (an even wall however the flare turns)
      local flare = {{30, 0}, {36, 30}, {46, 60}, {62, 95}, {88, 130}, {124, 160}, {164, 182}, {196, 194}}
      local wall, inner = {}, {}
      for i, q in ipairs(flare) do
        local a, b = flare[math.max(i - 1, 1)], flare[math.min(i + 1, #flare)]
        local tr, ty = b[1] - a[1], b[2] - a[2]
        local tl = math.sqrt(tr * tr + ty * ty)
        wall[#wall + 1] = q
        inner[#inner + 1] = {q[1] - 12 * ty / tl, q[2] + 12 * tr / tl}
      end
      for i = #inner, 1, -1 do wall[#wall + 1] = inner[i] end
      local bell = revolve(wall)
      local bell_at = {px + 40, top + 310, pz + 90}
      bell = bell:aim(d, bell_at)
      local lip = torus(194, 8):aim(d, {bell_at[1] + d[1] * 196, bell_at[2] + d[2] * 196, bell_at[3] + d[3] * 196})
      k.attach("top", {0, top + 10, 0}, 180)
      return union(case:part("case"), (platter + spindle + arm + pillar + soundbox + crank + grip):part("platter"), record:part("record"),
                   label:part("label"), (neck + bell + lip):part("horn")):roty(-10)
    end

    -- The modern turntable.
    local D, W, H = 360, 450, 86          -- depth (X), width (Z), plinth height
    local plinth = box(D, H - 8, W, 8):move(0, 8 + (H - 8) / 2, 0)
    local feet = empty()
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        feet = feet + cylinder(22, 12, 3):move(sx * (D / 2 - 40), 0, sz * (W / 2 - 40))
      end
    end
    -- platter, record and label on the left (+Z)
    local cx, cz = -4, W / 2 - 176
    local platter = cylinder(145, 14, 2):move(cx, H - 2, cz)
    local record = cylinder(150, 4):move(cx, H + 11, cz)
    local label = cylinder(52, 4):move(cx, H + 13, cz)
    local spindle = cylinder(4, 12, 1.5):move(cx, H + 12, cz)
    -- The tonearm: a pivot at the back right, a counterweight behind it, a
    -- straight arm reaching forward to a headshell resting on the record.
    local px, pz = -112, -W / 2 + 62
    local ay = H + 34
    local pivot = cylinder(26, 22, 4):move(px, H - 2, pz) + cylinder(12, 20, 2):move(px, H + 14, pz)
    local ang = math.rad(k.p.arm)
    local tip = {cx + 62 + 12 * math.sin(ang), H + 22, cz - 112 + 12 * math.cos(ang)}
    local arm = tube({{px - 34, ay, pz - 2}, {px, ay, pz}, {px + 90, ay - 4, pz + 8},
                      {tip[1] - 24, ay - 9, tip[3] - 12}, tip}, 6, 5)
    local weight = cylinder(17, 30, 4):move(0, -15, 0):rotz(90):move(px - 40, ay, pz - 2)
    local head = box(32, 10, 18, 3):roty(-35):move(tip[1] + 4, H + 20, tip[3] + 3)
    local rest = cylinder(7, 34, 2):move(px + 90, H - 2, pz - 14)
    -- two knobs at the front right corner and a small start button
    local knobs = cylinder(16, 16, 3):move(D / 2 - 42, H - 2, -W / 2 + 44)
      + cylinder(13, 14, 3):move(D / 2 - 42, H - 2, -W / 2 + 92)
      + box(22, 8, 34, 3):move(D / 2 - 40, H + 1, W / 2 - 36)
    -- The clear lid: a hollow cover hinged along the back edge, propped open.
    local LH = 96
    local lid = subtract(box(D + 6, LH, W + 6, 6), box(D - 6, LH, W - 6, 3):move(0, -6, 0)):move(D / 2 + 3, LH / 2, 0)
    lid = lid:rotz(k.p.open):move(-D / 2 - 3, H + 2, 0)
    -- hinge blocks tie it to the plinth's back edge
    local hinges = box(20, 26, 40, 4):move(-D / 2 - 4, H - 4, W / 2 - 60) + box(20, 26, 40, 4):move(-D / 2 - 4, H - 4, -W / 2 + 60)
    k.attach("top", {cx, H + 16, cz}, 200)
    return union((plinth + hinges):part("case"), feet:part("knobs"), (platter + spindle + pivot + arm + weight + head + rest):part("platter"),
                 record:part("record"), label:part("label"), knobs:part("knobs"), lid:part("lid")):roty(-14)
  end,
}
