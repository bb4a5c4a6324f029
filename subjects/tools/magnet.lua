-- A horseshoe magnet: a thick red U with silver pole tips, standing on its
-- bend with the poles up.
return {
  id = "magnet",
  names = {"magnet", "horseshoe magnet", "u magnet", "u-shaped magnet", "magnit"},
  lvis = {"magnet"},
  family = "tools",
  size_mm = 140,
  description = "A horseshoe magnet",
  params = {},
  parts = {
    {"body", "paint", color = "#d8201e", role = "primary", names = {"body", "magnet"}},
    {"poles", "steel", color = "#d0d4d8", role = "secondary", names = {"poles", "tips", "ends"}},
  },
  build = function(k)
    local R, W, T = 50, 32, 30
    local outer, inner = {}, {}
    local o = {}
    for i = 0, 16 do
      local a = math.pi + math.pi * i / 16
      o[#o + 1] = {math.cos(a) * (R + W / 2), R + W / 2 + math.sin(a) * (R + W / 2)}
    end
    o[#o + 1] = {R + W / 2, R + W / 2 + 70}
    o[#o + 1] = {R - W / 2, R + W / 2 + 70}
    for i = 16, 0, -1 do
      local a = math.pi + math.pi * i / 16
      o[#o + 1] = {math.cos(a) * (R - W / 2), R + W / 2 + math.sin(a) * (R - W / 2)}
    end
    o[#o + 1] = {-R + W / 2, R + W / 2 + 70}
    o[#o + 1] = {-R - W / 2, R + W / 2 + 70}
    local u = extrude(o, T, 4)
    local top = R + W / 2 + 70
    local poles = intersect(u, box(400, 30, 100):move(0, top - 15, 0))
    local body = subtract(u, box(400, 30, 100):move(0, top - 15, 0))
    return union(body:part("body"), poles:part("poles")):roty(-25)
  end,
}
