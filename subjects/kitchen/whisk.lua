-- A whisk: a balloon of crossing wire loops gathered into a long handle,
-- lying on its side.
return {
  id = "whisk",
  names = {"whisk", "wisk", "balloon whisk", "egg whisk", "wire whisk"},
  lvis = {"whisk"},
  family = "kitchen",
  size_mm = 70,
  description = "A wire balloon whisk",
  params = {loops = {4, 5.99}},
  parts = {
    {"wires", "steel", color = "#c8ccd2", role = "primary", names = {"wires", "wire", "loops"}},
    {"handle", "steel", color = "#b8bcc2", role = "secondary", names = {"handle", "grip"}},
  },
  points = {"top"},
  build = function(k)
    local n = math.floor(k.p.loops)
    local L, R = 150, 34
    -- One loop: a teardrop in the XY plane from the handle (x = 0) out to x = L.
    local pts = {}
    for i = 0, 16 do
      local t = i / 16
      local a = t * 2 * math.pi
      local x = L * (0.5 - 0.5 * math.cos(a))
      local y = R * math.sin(a) * math.sin(a * 0.5) ^ 0.3 * (x / L) ^ 0.6
      pts[#pts + 1] = {x, y, 0}
    end
    local loop = polyline(pts, 2.2)
    local wires = {}
    for i = 0, n - 1 do wires[#wires + 1] = loop:rotx(i * 180 / n) end
    local handle = lathe({{8, 0}, {11, 20}, {12, 110}, {10, 120}}):rotz(90):move(10, 0, 0)
    local shape = union(wires):part("wires") + handle:part("handle")
    shape = shape:move(0, R + 2, 0)
    k.attach("top", {L * 0.6, 2 * R, 0}, R)
    return shape
  end,
}
