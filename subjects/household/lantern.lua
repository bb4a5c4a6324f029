-- A lantern: a square (or round) metal cage with glass panes, a pyramid
-- roof with a vent cap and a carrying ring, and a glowing candle inside.
return {
  id = "lantern",
  names = {"lantern", "candle lantern", "lanturn", "lanter", "lantren", "garden lantern"},
  lvis = {"lantern"},
  family = "household",
  size_mm = 300,
  hangs = true,
  description = "A lantern: a metal cage with glass panes and a ring handle",
  params = {width = {110, 130}},
  parts = {
    {"frame", "iron", color = "#2c2c30", role = "primary", names = {"frame", "metal", "cage", "roof", "handle"}},
    {"glass", "glass", color = "#f4e6b8", role = "secondary", glows = true, names = {"glass", "panes", "windows", "glow"}},
    {"flame", "candy", color = "#ffb020", role = "fixed", glows = true, names = {"flame", "fire", "candle", "light"}},
  },
  variants = {
    hurricane = {names = {"hurricane lamp", "hurricane lantern", "oil lantern", "storm lantern", "camping lantern"},
                 colors = {frame = "#b02a24"}},
    paper = {names = {"paper lantern", "chinese lantern"}, size_mm = 320,
             colors = {frame = "#2a2a2a", glass = "#d62a1e"}},
  },
  points = {"top"},
  build = function(k)
    local w = k.p.width
    local v = k.variant
    if v == "paper" then
      -- A ribbed paper globe between two dark bands with a tassel.
      local globe = sphere(130):stretch(1, 0.85, 1):move(0, 160, 0)
      local ribs = {}
      for i = 1, 7 do
        local y = 160 + 110 * (i - 4) / 4
        local r = 130 * math.sqrt(math.max(0, 1 - ((y - 160) / 110.5) ^ 2))
        if r > 10 then ribs[#ribs + 1] = torus(r, 2.2):move(0, y, 0) end
      end
      local caps = cylinder(62, 18):move(0, 262, 0) + cylinder(62, 18):move(0, 40, 0)
      local tassel = limb({0, 40, 0}, {0, 0, 0}, 3) + cone(12, 3, 40):move(0, -40, 0)
      k.attach("top", {0, 290, 0}, 60)
      return globe:part("glass") + (union(ribs) + caps + tassel):part("frame")
    end
    if v == "hurricane" then
      -- A round base tank, a glass chimney in wire guards, a top cap and bail.
      local tank = lathe({{60, 0}, {66, 8}, {66, 40}, {40, 52}, {38, 60}})
      local globe = lathe({{34, 58}, {52, 90}, {56, 130}, {44, 180}, {30, 200}})
      local guards = {}
      for i = 0, 3 do
        local a = i * math.pi / 2 + math.pi / 4
        local c, s = math.cos(a), math.sin(a)
        guards[#guards + 1] = tube({{38 * c, 56, 38 * s}, {58 * c, 110, 58 * s}, {46 * c, 180, 46 * s}, {32 * c, 205, 32 * s}}, 3)
      end
      local cap = lathe({{44, 200}, {48, 210}, {30, 232}, {14, 240}})
      local bail = tube({{-66, 40, 0}, {-80, 160, 0}, {-50, 280, 0}, {0, 300, 0}, {50, 280, 0}, {80, 160, 0}, {66, 40, 0}}, 3)
      local flame = smooth(4, sphere(7):move(0, 100, 0), limb({0, 100, 0}, {0, 128, 0}, 6, 0.6))
      k.attach("top", {0, 300, 0}, 40)
      return (tank + union(guards) + cap + bail):part("frame") + globe:part("glass") + flame:part("flame")
    end
    local h = w * 1.5
    local base_h = 22
    local frame = {box(w + 16, base_h, w + 16, 4):move(0, base_h / 2, 0)}
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        frame[#frame + 1] = box(10, h, 10, 2):move(sx * w / 2, base_h + h / 2, sz * w / 2)
      end
    end
    -- Cross bars on each pane.
    for _, s in ipairs({-1, 1}) do
      frame[#frame + 1] = box(6, h, 5):move(s * w / 2, base_h + h / 2, 0)
      frame[#frame + 1] = box(5, h, 6):move(0, base_h + h / 2, s * w / 2)
    end
    local top_y = base_h + h
    frame[#frame + 1] = box(w + 20, 12, w + 20, 3):move(0, top_y + 6, 0)
    local tri = {{-(w / 2 + 12), 0}, {w / 2 + 12, 0}, {0, w * 0.55}}
    local roof = intersect(extrude(tri, w + 24), extrude(tri, w + 24):roty(90))
    frame[#frame + 1] = roof:move(0, top_y + 12, 0)
    frame[#frame + 1] = cylinder(18, 20, 4):move(0, top_y + 12 + w * 0.5, 0)
    local ring_y = top_y + 12 + w * 0.5 + 20 + 26
    frame[#frame + 1] = torus(26, 5):rotx(90):move(0, ring_y, 0)
    local glass = box(w - 4, h - 4, w - 4, 2):move(0, base_h + h / 2, 0)
    local candle = cylinder(16, h * 0.35):move(0, base_h, 0)
    local flame = smooth(4, sphere(7):move(0, base_h + h * 0.35 + 5, 0), limb({0, base_h + h * 0.35 + 5, 0}, {0, base_h + h * 0.35 + 33, 0}, 6, 0.6)) -- on the candle
    k.attach("top", {0, ring_y + 26, 0}, 40)
    -- The glass is drawn as a thin shell so the candle shows through.
    return union(frame):part("frame") + glass:shell(1.5):part("glass") + (candle + flame):part("flame")
  end,
}
