-- A fireplace: a brick (or stone) chimney breast with a dark firebox
-- opening, a wooden mantel shelf, a hearth slab, and logs with flames in
-- the grate. Front faces +X.
return {
  id = "fireplace",
  names = {"fireplace", "fire place", "hearth", "mantelpiece", "mantel", "chimney breast", "brick fireplace",
           "firepalce", "open fire"},
  lvis = {"fireplace"},
  family = "household",
  size_mm = 1300,
  description = "A brick fireplace with a mantel and a fire",
  params = {width = {1300, 1500}},
  parts = {
    {"brick", "terracotta", color = "#a04a32", role = "primary", names = {"brick", "bricks", "stone", "surround", "chimney"}},
    {"mantel", "wood", color = "#5a3620", role = "secondary", names = {"mantel", "mantelpiece", "shelf", "hearth"}},
    {"soot", "iron", color = "#1c1a1a", role = "fixed", names = {"firebox", "grate"}},
    {"logs", "wood", color = "#6a4024", role = "detail", names = {"logs", "wood logs"}},
    {"fire", "candy", color = "#ff8a1e", role = "fixed", names = {"fire", "flames", "flame"}},
  },
  points = {"top"},
  build = function(k)
    local W, H, D = k.p.width, 1300, 400
    local body = box(D, H, W, 4):move(-D / 2, H / 2, 0)
    -- Brick courses: shallow grooves across the front face.
    local grooves = {}
    for i = 1, 13 do grooves[#grooves + 1] = box(8, 6, W + 10):move(0, i * 90, 0) end
    body = subtract(body, union(grooves))
    local ow, oh = W * 0.5, H * 0.45
    local arch = box(300, oh, ow):move(0, 120 + oh / 2, 0) + cylinder(ow / 2, 300):move(0, -150, 0):rotz(90):move(0, 120 + oh, 0):stretch(1, 0.35, 1)
    arch = box(300, oh, ow):move(0, 120 + oh / 2, 0)
    body = subtract(body, arch:move(-120, 0, 0))
    local soot = box(20, oh, ow):move(-260, 120 + oh / 2, 0) + box(260, 12, ow):move(-130, 126, 0)
    local mantel = box(D * 0.5 + 80, 60, W + 160, 6):move(30, 120 + oh + 260, 0)
      + box(140, 40, W + 60, 6):move(20, 120 + oh + 220, 0)
      + box(D * 0.4 + 200, 100, W + 300, 8):move(60, 50, 0)
    local logs = {}
    for i = -1, 1 do
      logs[#logs + 1] = limb({-140, 150, i * 110 - 60}, {-80, 160 + (i == 0 and 60 or 0), i * 110 + 60}, 32)
    end
    local fire = {}
    for i = -2, 2 do
      local z = i * 55
      local hgt = 200 - math.abs(i) * 45
      fire[#fire + 1] = smooth(20, sphere(42):move(-120, 200, z), limb({-120, 200, z}, {-120, 200 + hgt, z + 10}, 36, 2))
    end
    k.attach("top", {30, 120 + oh + 290, 0}, 300)
    return body:part("brick") + mantel:part("mantel") + soot:part("soot") + union(logs):part("logs") + smooth(20, union(fire)):part("fire")
  end,
}
