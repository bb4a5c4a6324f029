-- A caterpillar: a chain of round green segments crawling in a gentle wave,
-- a bigger round head with two short feelers, little legs under each
-- segment and a pale stripe along the side.
return {
  id = "caterpillar",
  names = {"caterpillar", "catterpillar", "caterpiller", "inchworm", "larva", "hungry caterpillar"},
  lvis = {},
  family = "insects",
  size_mm = 20,
  description = "A caterpillar",
  params = {segments = {8, 10}},
  parts = {
    {"body", "skin", color = "#6cc03a", role = "primary", names = {"body", "segments"}},
    {"head", "skin", color = "#d83a2a", role = "secondary", names = {"head", "face"}},
    {"marks", "skin", color = "#f4e04a", role = "detail", names = {"stripe", "spots", "dots"}},
    {"legs", "plastic", color = "#2a2a22", role = "detail", names = {"legs", "feet", "antennae"}},
    {"eyes", "plastic", color = "#0e0c0c", role = "fixed"},
  },
  attach_to = {"head", "back"},
  points = {"head", "back", "face"},
  build = function(k)
    local n = math.floor(k.p.segments)
    local r = 9
    local segs, legs, dots = {}, {}, {}
    local last
    for i = 0, n - 1 do
      local x = -i * r * 1.45
      local y = r + math.max(0, math.sin(i * 0.9 - 1.2)) * r * 0.9
      local z = math.sin(i * 0.6) * r * 0.5
      local rr = r * (i == n - 1 and 0.75 or 1)
      segs[#segs + 1] = sphere(rr):move(x, y, z)
      for _, sz in ipairs({-1, 1}) do
        legs[#legs + 1] = limb({x, y - rr * 0.6, z + sz * rr * 0.45}, {x + 1, 0.8, z + sz * rr * 0.7}, 1.6, 1.2)
        dots[#dots + 1] = sphere(rr * 0.32):move(x, y + rr * 0.2, z + sz * rr * 0.92)
      end
      last = {x, y, z}
    end
    local body = smooth(r * 0.35 * k.soft, table.unpack(segs))
    local hr = r * (k.style == "cartoon" and 1.5 or 1.25)
    local hc = {r * 1.6, r * 1.45, 0}
    local head = sphere(hr):move(hc[1], hc[2], hc[3])
    local shape = body:part("body") + head:part("head")
    shape = shape + intersect(body:round(0.4), union(table.unpack(dots))):part("marks")
    shape = shape + union(table.unpack(legs)):part("legs")
    for _, sz in ipairs({-1, 1}) do
      local b = {hc[1] + hr * 0.2, hc[2] + hr * 0.8, sz * hr * 0.35}
      local t = {hc[1] + hr * 0.5, hc[2] + hr * 1.6, sz * hr * 0.6}
      shape = shape + limb(b, t, 1.2, 1.0):part("legs") + sphere(2):move(t[1], t[2], t[3]):part("legs")
      shape = shape + sphere(hr * 0.2):move(hc[1] + hr * 0.75, hc[2] + hr * 0.25, sz * hr * 0.45):part("eyes")
    end
    k.attach("head", {hc[1], hc[2] + hr, 0}, hr * 1.8)
    k.attach("back", {-r * 3, r * 2, 0}, r * 2)
    k.attach("face", {hc[1] + hr * 0.9, hc[2] + hr * 0.2, 0}, hr * 1.6, {1, 0, 0})
    local _ = last
    return shape
  end,
}
