-- A traffic cone: an orange cone with white reflective bands on a square base.
return {
  id = "traffic_cone",
  names = {"traffic cone", "safety cone", "road cone", "pylon cone", "construction cone", "witch's hat cone", "street cone"},
  lvis = {"cone"},
  family = "buildings",
  size_mm = 700,
  description = "An orange traffic cone with white bands",
  params = {h = {270, 300}},
  parts = {
    {"cone", "plastic", color = "#f0661e", role = "primary", names = {"cone", "body"}},
    {"bands", "plastic", color = "#f4f4f4", role = "secondary", names = {"bands", "stripes", "reflective bands"}},
    {"base", "rubber", color = "#f0661e", role = "detail", names = {"base"}},
  },
  points = {"top"},
  build = function(k)
    local h = k.p.h
    local rb, rt = h * 0.22, h * 0.05
    local y0 = 10
    local body = cone(rb, rt, h - y0):move(0, y0, 0) + cylinder(rt + 2, 6, 2):move(0, h - 6, 0)
    local r = function(y) return rb + (rt - rb) * (y - y0) / (h - y0) end
    local bands = {}
    for _, b in ipairs({{0.42, 0.56}, {0.66, 0.76}}) do
      local ya, yb = y0 + (h - y0) * b[1], y0 + (h - y0) * b[2]
      bands[#bands + 1] = cone(r(ya) + 1.2, r(yb) + 1.2, yb - ya):move(0, ya, 0)
    end
    local base = box(rb * 2.5, y0, rb * 2.5, 6):move(0, y0 / 2, 0)
    local shape = body:part("cone") + union(bands):part("bands") + base:part("base")
    k.attach("top", {0, h, 0}, rt * 3)
    k.attach("head", {0, h, 0}, rt * 3)
    return shape
  end,
}
