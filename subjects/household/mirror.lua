-- A mirror: an oval (or round, or arched) mirror in an ornate frame,
-- standing upright facing +X on a small foot; a vanity mirror swings in a
-- stand. "round" and "square" choose the outline.
return {
  id = "mirror",
  names = {"mirror", "wall mirror", "looking glass", "vanity mirror", "oval mirror", "magic mirror", "mirrow", "miror",
           "ornate mirror", "gilded mirror"},
  lvis = {"mirror", "hand_glass"},
  family = "household",
  size_mm = 600,
  description = "An oval mirror in a gilded frame",
  params = {aspect = {1.3, 1.5}},
  parts = {
    {"frame", "gold", color = "#d0a440", role = "primary", names = {"frame", "border", "stand"}},
    {"glass", "silver", color = "#dfe6ea", role = "fixed", names = {"glass", "mirror glass", "surface"}},
  },
  variants = {
    hand = {names = {"hand mirror", "handheld mirror"}, size_mm = 260},
    cheval = {names = {"cheval mirror", "standing mirror", "floor mirror", "full length mirror", "dressing mirror"},
              size_mm = 1600, colors = {frame = "#7a4a28"}},
  },
  points = {"top"},
  build = function(k)
    local v = k.variant
    if v == "hand" then
      local r = 70
      local frame = cylinder(r, 14, 5):move(0, -7, 0) + limb({0, 0, -r + 4}, {0, 0, -r - 150}, 13, 11) + sphere(15):move(0, 0, -r - 150)
      local glass = cylinder(r - 9, 2):move(0, 7, 0)
      -- Lying flat, glass up.
      k.attach("top", {0, 9, 0}, r)
      return frame:part("frame") + glass:part("glass")
    end
    local w, h = 420, 420 * k.p.aspect
    if v == "cheval" then w, h = 480, 1300 end
    local round = k.outline == "round"
    local square = k.outline == "square"
    local t = 40
    -- Built in the YZ plane (facing +X): an outline in XY extruded along Z, then turned.
    -- An upright plate facing +X: an outline in the ZY plane extruded along X.
    local function plate(ww, hh, depth)
      if square then return box(depth, hh, ww, 6) end
      local sh = round and ww or hh
      local pts = {}
      for i = 0, 47 do
        local a = 2 * math.pi * i / 48
        pts[#pts + 1] = {ww / 2 * math.cos(a), sh / 2 * math.sin(a)}
      end
      return extrude(pts, depth):roty(90)
    end
    local frame = plate(w, h, t)
    -- The glass overlaps the frame round its edge and sits on the recess floor.
    local glass = plate(w - 62, (round and w or h) - 62, 26):move(-3, 0, 0)
    frame = subtract(frame, plate(w - 70, (round and w or h) - 70, t + 10):move(12, 0, 0))
    local hh = round and w or h
    local shape = frame:part("frame") + glass:part("glass")
    if not square then
      -- Beading round the frame and a crest on top.
      shape = shape + sphere(30):stretch(0.8, 1, 1.6):move(6, hh / 2 + 8, 0):part("frame")
    end
    if v == "cheval" then
      local stand = {}
      for _, s in ipairs({-1, 1}) do
        stand[#stand + 1] = limb({0, 0, s * (w / 2 + 30)}, {0, 1250, s * (w / 2 + 30)}, 16) + box(300, 30, 50, 8):move(0, 15, s * (w / 2 + 30))
        stand[#stand + 1] = capsule({0, 700, s * (w / 2 - 12)}, {0, 700, s * (w / 2 + 30)}, 14) -- pivot
      end
      shape = shape:rotz(-6):move(0, 700, 0) + union(stand):part("frame")
      k.attach("top", {0, 1260, 0}, 60)
      return shape
    end
    -- A small foot so it stands.
    shape = shape:move(0, hh / 2 + 12, 0) + box(90, 24, w * 0.5, 8):move(-10, 12, 0):part("frame")
    k.attach("top", {0, hh + 20, 0}, 60)
    return shape
  end,
}
