-- A travel suitcase standing on its long side: a rounded leather box with a
-- seam round the middle, a carry handle on top between two latches, darker
-- leather straps buckled round it and capped corners. The trolley variant
-- stands tall on two wheels with a telescopic pull handle at the back.
return {
  id = "suitcase",
  names = {"suitcase", "luggage", "travel case", "valise", "suit case", "travel bag case", "leather suitcase",
           "vintage suitcase", "baggage"},
  lvis = {"suitcase"},
  family = "accessories",
  size_mm = 480,
  description = "A leather travel suitcase with a handle, latches and straps",
  params = {w = {560, 600}, d = {190, 215}},
  parts = {
    {"case", "leather", color = "#8a5a32", role = "primary", names = {"case", "body", "shell"}},
    {"straps", "leather", color = "#4a2c18", role = "secondary", names = {"straps", "strap", "corners",
                                                                          "corner protectors", "handle", "trim"}},
    {"latches", "brass", color = "#c8a050", role = "detail", names = {"latches", "latch", "clasps", "buckles",
                                                                      "locks", "fittings"}},
    {"wheels", "rubber", color = "#1e1e22", role = "detail", names = {"wheels", "wheel", "pull handle",
                                                                     "telescopic handle"}},
  },
  variants = {
    trolley = {names = {"trolley case", "rolling suitcase", "wheeled suitcase", "carryon", "cabin bag",
                        "roller suitcase", "trolley suitcase", "rolling luggage", "wheeled luggage", "roller bag"},
               size_mm = 820, colors = {case = "#2c3a52", straps = "#1e2432", latches = "#b8bcc4"}},
  },
  points = {"top"},
  build = function(k)
    if k.variant == "trolley" then
      -- tall hard case: broad faces to +-X, wheels at the back (-X) bottom
      local W, H, D = 400, 600, 250
      local y0 = 45
      local case = box(D, H, W, 40):move(0, y0 + H / 2, 0)
      -- vertical ribs pressed into the shell front and back
      local ribs = {}
      for _, z in ipairs({-110, -40, 40, 110}) do
        for _, sx in ipairs({-1, 1}) do
          ribs[#ribs + 1] = box(14, H - 110, 16, 6):move(sx * D / 2, y0 + H / 2, z)
        end
      end
      case = smooth_sub(case, union(ribs), 3)
      local seam = box(16, H + 8, W + 8, 22):move(0, y0 + H / 2, 0) - box(18, H - 40, W - 40):move(0, y0 + H / 2, 0)
      -- corner caps at the bottom and a side carry handle on top
      local caps = {}
      for _, sx in ipairs({-1, 1}) do
        for _, sz in ipairs({-1, 1}) do
          caps[#caps + 1] = box(60, 50, 60, 18):move(sx * (D / 2 - 22), y0 + 22, sz * (W / 2 - 22))
        end
      end
      local handle = tube({{30, y0 + H - 4, -65}, {30, y0 + H + 30, -50}, {30, y0 + H + 34, 0}, {30, y0 + H + 30, 50},
                           {30, y0 + H - 4, 65}}, 10):stretch(1.6, 1, 1)
      -- telescopic handle: two rods in a housing rising from the back edge
      local bx = -D / 2 + 30
      local top = y0 + H + 330
      local tele = {}
      for _, z in ipairs({-110, 110}) do
        tele[#tele + 1] = box(24, 60, 30, 6):move(bx, y0 + H + 10, z)
        tele[#tele + 1] = limb({bx, y0 + H, z}, {bx, y0 + H + 180, z}, 11)
        tele[#tele + 1] = limb({bx, y0 + H + 170, z}, {bx, top, z}, 8.5)
      end
      tele[#tele + 1] = box(34, 44, 260, 14):move(bx, top + 8, 0)
      -- wheels at the back bottom corners, in small housings
      local wheels = {}
      for _, z in ipairs({-W / 2 + 45, W / 2 - 45}) do
        wheels[#wheels + 1] = cylinder(32, 26, 6):rotx(90):move(-D / 2 + 30, 32, z + 13)
        caps[#caps + 1] = box(70, 50, 50, 12):move(-D / 2 + 30, y0 + 18, z)
      end
      k.attach("top", {0, y0 + H + 30, 0}, W * 0.8)
      return union(case:part("case"), union(seam, union(caps), handle):part("straps"),
                   union(union(tele), union(wheels)):part("wheels")):roty(-20)
    end
    -- the classic case lying on its long edge: length along Z, faces to +-X
    local W, D = k.p.w, k.p.d
    local H = W * 0.72
    local case = box(D, H, W, 30):move(0, H / 2, 0)
    -- the seam: a welt running round the middle, between the two halves
    local seam = box(12, H + 8, W + 8, 30):move(0, H / 2, 0) - box(14, H - 60, W - 60):move(0, H / 2, 0)
    -- straps wrapping round the case, with buckles on the front face
    local straps, latches = {}, {}
    for _, z in ipairs({-W * 0.3, W * 0.3}) do
      straps[#straps + 1] = box(D + 8, H + 8, 44, 24):move(0, H / 2, z) - box(D - 30, H - 30, 60):move(0, H / 2, z)
      latches[#latches + 1] = box(10, 46, 56, 3):move(D / 2 + 6, H * 0.62, z) - box(14, 30, 40):move(D / 2 + 6, H * 0.62, z)
    end
    -- two brass latches across the seam on the top, either side of the handle
    for _, z in ipairs({-W * 0.17, W * 0.17}) do
      latches[#latches + 1] = box(56, 14, 36, 4):move(0, H + 5, z)
      latches[#latches + 1] = box(16, 10, 22, 3):move(0, H + 14, z)
    end
    -- the carry handle: an arched grip on two brass lugs
    local handle = tube({{0, H, -80}, {0, H + 30, -68}, {0, H + 44, -30}, {0, H + 46, 0}, {0, H + 44, 30},
                         {0, H + 30, 68}, {0, H, 80}}, 11):stretch(1.5, 1, 1)
    for _, z in ipairs({-80, 80}) do latches[#latches + 1] = box(34, 14, 22, 4):move(0, H + 4, z) end
    -- corner protectors: leather caps over the eight corners
    local corners = {}
    for _, sx in ipairs({-1, 1}) do
      for _, sy in ipairs({0, 1}) do
        for _, sz in ipairs({-1, 1}) do
          local c = box(D * 0.42, 58, 58, 22):move(sx * (D / 2 - D * 0.18), sy * H + (sy == 0 and 26 or -26),
                                                  sz * (W / 2 - 26))
          corners[#corners + 1] = c:stretch(1.04, 1.04, 1.04)
        end
      end
    end
    k.attach("top", {0, H + 46, 0}, W * 0.8)
    return union(case:part("case"), union(seam, union(straps), union(corners), handle):part("straps"),
                 union(latches):part("latches")):roty(-20)
  end,
}
