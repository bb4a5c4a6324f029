-- Curtains: a pair of long drapes hanging in gathered folds from rings on
-- a curtain rod with ball finials, the rod carried by two slim posts on
-- feet. Each drape is swept aside towards its post and held there by a
-- tieback, so the folds bunch at the tie and flare out again to the hem.
-- The shower curtain is a single plastic curtain hanging straight in soft
-- waves from big rings along the rod. Front faces +X; the rod runs along Z.

return {
  id = "curtain",
  names = {"curtain", "curtains", "drapes", "drapery", "draperies", "drape", "window curtain", "window curtains",
           "curtain panel", "curtain panels", "pair of curtains", "velvet curtains", "velvet curtain", "theatre curtain",
           "theater curtain", "curtain on a rod", "curtin", "curtian", "curtians", "curtens"},
  lvis = {"curtain", "shower_curtain"},
  family = "household",
  size_mm = 1900,
  description = "A pair of curtains tied back, hanging from a rod on two posts",
  params = {folds = {8, 9.99}, pinch = {0.4, 0.5}},
  parts = {
    {"cloth", "fabric", color = "#7c2c3a", role = "primary", names = {"cloth", "fabric", "curtain", "curtains", "drapes", "velvet"}},
    {"vinyl", "plastic", color = "#dfeef4", role = "primary", names = {"vinyl", "plastic", "shower curtain", "sheet"}},
    {"tiebacks", "fabric", color = "#d8b050", role = "secondary", names = {"tiebacks", "tieback", "ties", "tassels", "ribbon", "ribbons", "sash"}},
    {"rod", "wood", color = "#5a3a22", role = "detail", names = {"rod", "curtain rod", "pole", "stand", "posts", "post", "finials", "feet"}},
    {"rings", "steel", color = "#c8a860", role = "detail", names = {"rings", "ring", "hooks", "curtain rings"}},
  },
  variants = {
    shower = {names = {"shower curtain", "bath curtain", "shower curtains", "bathroom curtain", "shower drape",
                       "plastic curtain", "vinyl curtain"},
              size_mm = 1800, colors = {rod = "#c8ccd2", rings = "#c8ccd2"}},
  },
  points = {"top"},
  build = function(k)
    local shower = k.variant == "shower"
    local H = 1860                          -- the rod's height
    local zp = 760                          -- the posts
    local stand = empty()
    for _, s in ipairs({-1, 1}) do
      stand = stand + box(36, H + 20, 36, 6):move(0, (H + 20) / 2, s * zp) + box(380, 34, 60, 10):move(0, 17, s * zp)
    end
    local rod = stand + capsule({0, H, -zp - 50}, {0, H, zp + 50}, 17)
      + sphere(34):move(0, H, -zp - 70) + sphere(34):move(0, H, zp + 70)
    local rings = {}
    local ring = function(z) return torus(26, 7):rotx(90):move(0, H - 8, z) end

    if shower then
      -- One sheet of soft waves hanging straight down: a wavy band, drawn
      -- in plan (x across the waves, y along the rod), stood up.
      local span = 2 * zp - 110
      local waves, A, th = 8, 34, 22
      local m = waves * 8
      local outer, inner = {}, {}
      for i = 0, m do
        local t = i / m
        local x = A * math.sin(t * waves * 2 * math.pi)
        outer[#outer + 1] = {x + th / 2, -span / 2 + span * t}
        inner[#inner + 1] = {x - th / 2, -span / 2 + span * t}
      end
      local outline = {}
      for i = 1, #outer do outline[#outline + 1] = outer[i] end
      for i = #inner, 1, -1 do outline[#outline + 1] = inner[i] end
      local top, hem = H - 30, 70
      local sheet = extrude(outline, top - hem):rotx(90):move(0, (top + hem) / 2, 0)
      -- a hem along the bottom and a reinforced band along the top
      sheet = sheet + intersect(extrude(outline, 30):rotx(90):move(0, hem + 15, 0):round(3), box(400, 40, 2 * zp, 4):move(0, hem + 15, 0))
      for i = 0, waves * 2 do
        local t = i / (waves * 2)
        rings[#rings + 1] = ring(-span / 2 + span * t)
      end
      k.attach("top", {0, H + 34, 0}, zp)
      return union(sheet:part("vinyl"), union(rings):part("rings"), rod:part("rod"))
    end

    -- Two drapes, each swept aside to its own post and tied.
    local n = math.floor(k.p.folds)
    local yp = H * k.p.pinch
    local drapes, ties = {}, {}
    for _, s in ipairs({-1, 1}) do
      local folds = {}
      for i = 0, n - 1 do
        local f = i / (n - 1)                                 -- 0 at the middle, 1 at the post
        local zt = s * (50 + f * (zp - 120))
        local zpin = s * (zp - 230 + f * 130)
        local zb = s * (zp - 420 + f * 360)
        local x = (i % 2 == 0) and 24 or -24
        local pts = {{x, H - 36, zt}, {x * 0.9, H * 0.8, zt * 0.55 + zpin * 0.45}, {x * 0.5, yp + 180, zpin * 0.9 + zt * 0.1},
                     {x * 0.35, yp, zpin}, {x * 0.8, yp * 0.55, zpin * 0.6 + zb * 0.4}, {x * 1.4, 60, zb}}
        folds[#folds + 1] = tube(pts, 42, 36)
        rings[#rings + 1] = ring(zt)
      end
      drapes[#drapes + 1] = smooth(30, table.unpack(folds))
      -- the tieback round the bunched folds
      local zc = s * (zp - 165)
      ties[#ties + 1] = torus(84, 15):stretch(0.72, 1, 1):move(0, yp, zc)
        + sphere(26):move(0, yp - 34, zc) + capsule({0, yp - 40, zc}, {6, yp - 130, zc + s * 10}, 14, 20)
    end
    k.attach("top", {0, H + 34, 0}, zp)
    return union(union(drapes):part("cloth"), union(ties):part("tiebacks"), union(rings):part("rings"), rod:part("rod"))
  end,
}
