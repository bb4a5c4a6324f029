-- A chandelier: a hanging light — a chain from a ceiling rose down to a
-- turned central stem with a ring of curved arms, each ending in a cup
-- and a candle bulb, hung with crystal drops.
return {
  id = "chandelier",
  names = {"chandelier", "crystal chandelier", "chandeleir", "chandelere", "chandalier", "crystal chandeleir",
           "hanging light", "ceiling light", "candelabrum chandelier",
           "chandelere", "shandelier", "chandalier"},
  lvis = {"chandelier"},
  family = "household",
  size_mm = 800,
  description = "A chandelier with curved arms, candle bulbs and crystals",
  params = {arms = {5, 8.99}},
  parts = {
    {"metal", "brass", color = "#c8a048", role = "primary", names = {"metal", "frame", "arms", "chain"}},
    {"candles", "wax", color = "#f6f2e8", role = "secondary", names = {"candles", "candle", "bulbs"}},
    {"crystals", "gloss", color = "#e8f4fa", role = "detail", names = {"crystals", "crystal", "drops", "beads"}},
    {"flames", "candy", color = "#ffd060", role = "fixed", names = {"flames", "lights"}},
  },
  points = {"top"},
  build = function(k)
    local n = math.floor(k.p.arms)
    local R = 300
    local stem = lathe({{20, 0}, {50, 40}, {40, 80}, {18, 120}, {24, 200}, {14, 260}, {16, 420}})
    local rose = cylinder(70, 20, 6):move(0, 780, 0)
    -- Chain links touching one another, threaded on a hidden rod up to the rose.
    local chain = {cylinder(6, 370):move(0, 415, 0)}
    for i = 0, 9 do
      local y = 420 + i * 36
      chain[#chain + 1] = torus(13, 5):rotx(90):roty((i % 2) * 90):move(0, y + 18, 0)
    end
    local arms, candles, flames, crystals = {}, {}, {}, {}
    for i = 0, n - 1 do
      local a = 360 * i / n
      local arm = tube({{0, 140, 0}, {R * 0.5, 90, 0}, {R * 0.95, 140, 0}, {R, 220, 0}}, 9)
        + lathe({{12, 0}, {34, 14}, {38, 22}}):move(R, 214, 0)
      arms[#arms + 1] = arm:roty(a)
      candles[#candles + 1] = cylinder(13, 80, 3):move(R, 232, 0):roty(a)
      flames[#flames + 1] = smooth(4, sphere(8):move(R, 322, 0), limb({R, 322, 0}, {R, 350, 0}, 7, 0.8)):roty(a)
      crystals[#crystals + 1] = (limb({R * 0.55, 92, 0}, {R * 0.55, 40, 0}, 4) + ellipsoid(9, 16, 9):move(R * 0.55, 28, 0)):roty(a) -- hung from the arm
    end
    crystals[#crystals + 1] = ellipsoid(18, 30, 18):move(0, -20, 0)
    k.attach("top", {0, 800, 0}, 80)
    return (stem + rose + union(chain) + union(arms)):part("metal") + union(candles):part("candles")
      + union(flames):part("flames") + union(crystals):part("crystals")
  end,
}
