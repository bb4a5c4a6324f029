-- A manta ray: a broad flat diamond of wings swept back to pointed tips, two
-- rolled horn-like fins either side of a wide mouth, a short whip of a tail;
-- dark above and white below. A stingray is rounder, with a long barbed tail.
return {
  id = "manta_ray",
  names = {"manta ray", "manta", "devil ray", "giant manta", "oceanic manta", "manta ray fish", "mantaray"},
  lvis = {},
  family = "sea_life",
  size_mm = 400,
  description = "A manta ray",
  params = {span = {1.0, 1.1}, tail = {0.9, 1.2}},
  parts = {
    {"back", "skin", color = "#2c3440", role = "primary", names = {"back", "body", "wings", "skin"}},
    {"belly", "skin", color = "#eef0f0", role = "secondary", names = {"belly", "underside", "spots"}},
    {"eyes", "gloss", color = "#0c0c0e", role = "fixed"},
  },
  variants = {
    stingray = {names = {"stingray", "sting ray", "stingrey", "eagle ray", "ray fish", "spotted ray", "blue spotted ray"},
                size_mm = 250, colors = {back = "#8a7258"}},
  },
  points = {"back", "top"},
  build = function(k)
    local sting = k.variant == "stingray"
    local s = k.p.span
    local outline
    if sting then
      outline = {{150, 0}, {120, 70}, {40, 130}, {-50, 120}, {-110, 60}, {-130, 0}, {-110, -60}, {-50, -120}, {40, -130}, {120, -70}}
    else
      outline = {{120, 0}, {90, 60 * s}, {30, 170 * s}, {-10, 300 * s}, {-40, 290 * s}, {-70, 120 * s}, {-110, 40},
                 {-120, 0}, {-110, -40}, {-70, -120 * s}, {-40, -290 * s}, {-10, -300 * s}, {30, -170 * s}, {90, -60 * s}}
    end
    -- the disc lying flat (outline in X–Z), thick in the middle, thin at the tips
    local disc = extrude(outline, 10, 6):rotx(90)
    local hump = ellipsoid(sting and 130 or 110, 26, sting and 100 or 90):move(sting and 10 or 0, 0, 0)
    local body = smooth(20, disc, hump)
    local parts_back = intersect(body, box(2000, 200, 2000):move(0, 100 - 2, 0))
    local parts_belly = intersect(body, box(2000, 200, 2000):move(0, -100 - 2, 0))
    local extra = empty()
    if not sting then
      -- the cephalic fins: two rolled lobes at the front corners
      for _, sz in ipairs({-1, 1}) do
        extra = extra + ellipsoid(46, 12, 14):rotz(-10):move(140, -2, sz * 62)
      end
    end
    local tail_len = (sting and 320 or 220) * k.p.tail
    local tail = tube({{-110, 0, 0}, {-110 - tail_len * 0.5, 6, 0}, {-110 - tail_len, 14, 0}}, sting and 10 or 6, 1.5)
    local eyes = empty()
    for _, sz in ipairs({-1, 1}) do
      eyes = eyes + sphere(sting and 9 or 8):move(sting and 95 or 108, sting and 16 or 6, sz * (sting and 28 or 52))
    end
    local shape = parts_back:part("back") + parts_belly:part("belly") + extra:part("back") + tail:part("back") + eyes:part("eyes")
    -- banked towards the viewer as it glides, the front a little raised
    shape = shape:rotz(4):rotx(sting and 15 or 28)
    k.attach("back", {0, 26, 0}, 120)
    return shape
  end,
}
