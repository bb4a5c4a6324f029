-- A street lamp: a Victorian cast-iron lamp post — a fluted post on a wide
-- bell-shaped base, a ladder cross-bar near the top and a four-sided glass
-- lantern, wider at the top, under a pointed cap with a finial. The modern
-- variant is a tall grey pole curving over into a flat LED head.
return {
  id = "street_lamp",
  names = {"street lamp", "lamp post", "lamppost", "street light", "streetlight", "streetlamp", "gas lamp",
           "lantern post", "light pole", "lamp pole", "victorian lamp post", "victorian street lamp", "gas light",
           "gaslight", "gas lamp post", "street lantern", "lampost", "lamp standard", "streetlight pole"},
  lvis = {"lamppost", "streetlight"},
  family = "buildings",
  size_mm = 3600,
  description = "A Victorian cast-iron street lamp with a glass lantern",
  params = {h = {480, 520}, lw = {46, 50}},
  parts = {
    {"post", "iron", color = "#1e2622", role = "primary", names = {"post", "pole", "column", "base", "cross bar", "crossbar", "arms"}},
    {"lantern", "iron", color = "#23292a", role = "secondary", names = {"lantern", "frame", "cap", "roof", "top", "head", "finial"}},
    {"glass", "gloss", color = "#fbe7a6", role = "detail", glows = true,
     names = {"glass", "panes", "light", "lamp", "bulb", "led", "lights"}},
  },
  variants = {
    modern = {names = {"modern street lamp", "modern street light", "led street light", "led streetlight", "highway light",
                       "road light", "cobra head light", "modern lamp post", "led street lamp"},
              size_mm = 8000, colors = {post = "#8c9096", lantern = "#6c7076", glass = "#f4f6f0"}},
  },
  points = {"top"},
  build = function(k)
    if k.variant == "modern" then
      -- a tapered pole on a flanged foot, curving over into a flat head
      local H = 760
      local pole = cone(13, 8, H - 40) + cylinder(24, 10, 3) + cylinder(16, 40, 4)
      local arm = tube({{0, H - 60, 0}, {0, H - 20, 0}, {12, H + 20, 0}, {50, H + 44, 0}, {110, H + 50, 0}, {150, H + 48, 0}}, 7.5, 6)
      local hx, hy = 215, H + 44
      local head = loft({{y = -9, rx = 70, rz = 30}, {y = 0, rx = 76, rz = 32}, {y = 10, rx = 64, rz = 24}}):move(hx, hy, 0)
      local led = box(110, 4, 42, 2):move(hx + 6, hy - 9, 0)
      local shape = pole:part("post") + arm:part("post") + head:part("lantern") + led:part("glass")
      k.attach("top", {hx, hy + 10, 0}, 60)
      return shape:roty(30)
    end
    local h = k.p.h
    local lw = k.p.lw
    -- the base: a wide plinth flaring up into a bell, then the post
    local base = lathe({{46, 0}, {46, 12}, {42, 16}, {40, 26}, {34, 32}, {30, 44}, {24, 66}, {18, 90}, {15, 104},
                        {19, 108}, {19, 116}, {12, 122}})
    local plinth = box(92, 12, 92, 3):move(0, 6, 0)
    local py0, py1 = 120, h
    local flutes = {}
    for i = 0, 7 do
      local a = i * math.pi / 4
      flutes[#flutes + 1] = cylinder(2.4, py1 - py0 - 40):move(10.8 * math.cos(a), py0 + 20, 10.8 * math.sin(a))
    end
    local post = subtract(cylinder(10.5, py1 - py0):move(0, py0, 0), union(flutes))
    local collars = torus(11, 3):move(0, py0 + 16, 0) + torus(11, 3):move(0, py1 - 24, 0) +
                    lathe({{10, 0}, {15, 10}, {15, 16}, {10, 26}}):move(0, py0 + (py1 - py0) * 0.45, 0)
    -- the ladder cross-bar with ball ends and little scroll braces
    local by = h - 44
    local bar = capsule({-44, by, 0}, {44, by, 0}, 4) + sphere(6.5):move(-46, by, 0) + sphere(6.5):move(46, by, 0)
    local braces = {}
    for _, s in ipairs({-1, 1}) do
      braces[#braces + 1] = tube({{0, by - 30, 0}, {s * 14, by - 20, 0}, {s * 26, by - 4, 0}, {s * 30, by, 0}}, 2.5)
    end
    -- the lantern seat: a flared cup on top of the post
    local seat = lathe({{10, 0}, {13, 8}, {lw * 0.55, 18}, {lw * 0.6, 22}}):move(0, h, 0)
    local ly0 = h + 22
    local lh = lw * 1.9
    local b, t = lw * 0.5, lw * 0.8
    -- a frustum of a square pyramid: two crossed trapezoids intersected
    local function frustum(hb, ht, y0, hgt)
      local trap = {{-hb, 0}, {hb, 0}, {ht, hgt}, {-ht, hgt}}
      return intersect(extrude(trap, ht * 2 + 2), extrude(trap, ht * 2 + 2):roty(90)):move(0, y0, 0)
    end
    local glass = frustum(b - 1, t - 1, ly0, lh)
    local frame = {box(b * 2 + 8, 6, b * 2 + 8, 1.5):move(0, ly0 + 1, 0), box(t * 2 + 8, 6, t * 2 + 8, 1.5):move(0, ly0 + lh, 0)}
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        frame[#frame + 1] = limb({sx * b, ly0, sz * b}, {sx * t, ly0 + lh, sz * t}, 2.6)
      end
    end
    -- the pointed cap: a low overhanging pyramid, a neck and a finial
    local cy = ly0 + lh + 3
    local roof = frustum(t + 8, 5, cy, lw * 0.9)
    local vent = cylinder(8, 8, 2):move(0, cy + lw * 0.82, 0)
    local finial = sphere(6):move(0, cy + lw * 0.82 + 12, 0) + cone(4, 0.6, 18):move(0, cy + lw * 0.82 + 16, 0)
    local shape = (base + plinth + post + collars + bar + union(braces)):part("post") +
                  (seat + union(frame) + roof + vent + finial):part("lantern") + glass:part("glass")
    k.attach("top", {0, cy + lw * 0.82 + 34, 0}, 20)
    return shape:roty(20)
  end,
}
