-- A human skull: a big rounded cranium over a smaller face, two deep round
-- eye sockets under a brow ridge, the pear-shaped nasal opening, jutting
-- cheekbones with their arches running back to the ears, a row of upper
-- teeth meeting the lower ones, and the U of the lower jaw with its chin,
-- rising behind to the skull. Facing +X; the hollows are dark inside.
return {
  id = "skull",
  names = {"skull", "human skull", "skeleton head", "cranium", "skull head", "halloween skull", "anatomical skull",
           "death s head", "skul"},
  lvis = {},
  family = "nature",
  size_mm = 220,
  description = "A human skull with its lower jaw",
  params = {turn = {-6, 6}},
  parts = {
    {"bone", "bone", color = "#e6dcc2", role = "primary", names = {"bone", "skull", "cranium", "jaw"}},
    {"teeth", "bone", color = "#f0e8d0", role = "secondary", names = {"teeth", "tooth"}},
    {"sockets", "plastic", color = "#221c18", role = "fixed"},
    -- a crystal skull is carved whole from clear quartz: no dark hollows
    {"crystal", "gloss", color = "#dcecf4", role = "primary", names = {"crystal", "quartz"}},
  },
  variants = {
    crystal = {names = {"crystal skull", "glass skull", "quartz skull"}},
  },
  build = function(k)
    -- a point on a U-shaped arch round the mouth, t in degrees from the front
    local function arch(t, cx, rx, rz, y)
      local r = math.rad(t)
      return {cx + rx * math.cos(r), y, rz * math.sin(r)}
    end
    -- a rod of radius r round the front of that arch, cut off just behind
    -- its widest point
    local function arc(cx, rx, rz, y, r)
      local ring = torus(rx, r):stretch(1, 1, rz / rx):move(cx, y, 0)
      local len = rx + r + 4
      return intersect(ring, box(len, 2 * r + 2, 2 * (rz + r) + 2):move(cx - 0.09 * rx + len / 2, y, 0))
    end
    -- The solid: cranium, face, brow, cheekbones and arches blended together.
    local cranium = ellipsoid(95, 64, 70):move(-18, 128, 0)
    local face = ellipsoid(38, 40, 50):move(52, 90, 0)
    local brow = ellipsoid(22, 11, 58):move(70, 116, 0)
    local maxilla = ellipsoid(30, 16, 34):move(54, 64, 0)
    local cheeks, arches = empty(), empty()
    for _, s in ipairs({-1, 1}) do
      cheeks = cheeks + ellipsoid(20, 16, 15):move(62, 86, s * 50)
      arches = arches + limb({58, 86, s * 54}, {0, 88, s * 64}, 8, 6)
    end
    local skull = smooth(16, cranium, face, brow)
    skull = smooth(10, skull, maxilla, cheeks, arches)
    -- the temples pinch in behind the eyes, above the arches
    for _, s in ipairs({-1, 1}) do
      skull = smooth_sub(skull, ellipsoid(30, 24, 14):move(22, 110, s * 80), 8)
    end
    -- Teeth: an upper row hanging from the upper jaw and a lower row meeting
    -- it, round the dental arch, with the dark of the mouth behind them.
    local cx = 48
    local upper, lower = empty(), empty()
    for i = 0, 7 do
      local a = -63 + 18 * i
      local pu = arch(a, cx, 30, 28, 45)
      local pl = arch(a, cx - 2, 28.5, 27, 33)
      upper = upper + box(8, 14, 7.4, 2.5):roty(-a):move(pu[1], pu[2], pu[3])
      lower = lower + box(8, 12, 7, 2.5):roty(-a):move(pl[1], pl[2], pl[3])
    end
    -- the bone the upper teeth are set in
    skull = smooth(6, skull, arc(cx - 3, 29, 28, 53, 8))
    -- The lower jaw: the teeth's ridge round the front, a deeper body below
    -- with the chin, and a broad branch rising behind each cheek.
    local jaw = smooth(8, arc(cx - 6, 28, 27, 24, 7), arc(cx - 8, 29, 36, 12, 10), ellipsoid(10, 11, 16):move(cx + 18, 10, 0))
    local branches = empty()
    for _, s in ipairs({-1, 1}) do
      local back = arch(95 * s, cx - 6, 29, 36, 12)
      branches = branches + limb(back, {12, 16, s * 52}, 9) + limb({12, 16, s * 52}, {10, 44, s * 55}, 9)
        + ellipsoid(22, 36, 6):move(20, 52, s * 56) + limb({30, 58, s * 55}, {44, 84, s * 55}, 7, 5)
    end
    jaw = smooth(8, jaw, branches)
    -- The hollows: eye sockets and the nasal opening; their deep backs are dark.
    local orbits, deep = empty(), empty()
    for _, s in ipairs({-1, 1}) do
      orbits = orbits + ellipsoid(26, 20, 21):move(90, 98, s * 29)
      deep = deep + ellipsoid(28, 20, 21):move(76, 98, s * 29)
    end
    local nose_outline = {{0, 30}, {7, 20}, {13, 7}, {11, 0}, {0, -2}, {-11, 0}, {-13, 7}, {-7, 20}}
    local nose = extrude(nose_outline, 70, 2):roty(90):move(90, 64, 0)
    local nose_deep = extrude(nose_outline, 60, 2):roty(90):move(64, 64, 0)
    local cav = orbits + nose
    local dark = deep + nose_deep
    local solid = skull + jaw
    if k.variant == "crystal" then
      return union(subtract(solid, cav), upper, lower):part("crystal"):roty(-28 + k.p.turn)
    end
    -- the dark backs lie inside the bone already
    local bone = subtract(solid, cav + dark)
    local lining = subtract(dark, cav) + arc(cx - 6, 25, 23, 39, 6)
    local shape = union(bone:part("bone"), lining:part("sockets"), upper:part("teeth"), lower:part("teeth"))
    return shape:roty(-28 + k.p.turn)
  end,
}
