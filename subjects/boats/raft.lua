-- A raft: a square of lashed logs with rope bindings, a short mast with a
-- square sail and a paddle; an inflatable raft as a variant.
local H = use and use("boat")

return {
  id = "raft",
  names = {"raft", "log raft", "wooden raft", "bamboo raft", "castaway raft", "kon-tiki raft"},
  lvis = {"raft"},
  family = "boats",
  size_mm = 2000,
  description = "A log raft with a sail",
  params = {logs = {6, 8}, len = {300, 340}},
  parts = {
    {"logs", "wood", color = "#a07a4e", role = "primary", names = {"logs", "wood", "deck"}},
    {"sail", "fabric", color = "#e8dcc0", role = "secondary", names = {"sail", "cloth"}},
    {"rope", "fabric", color = "#c8b080", role = "detail", names = {"rope", "ropes", "bindings"}},
    {"mast", "wood", color = "#6a4a30", role = "detail", names = {"mast", "paddle", "oar"}},
  },
  variants = {
    inflatable = {names = {"inflatable raft", "rubber raft", "rubber dinghy", "inflatable boat", "life raft", "rubber boat"},
                  size_mm = 600, colors = {logs = "#e8641e"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local L = k.p.len
    if k.variant == "inflatable" then
      local R = 22
      local hw = L * 0.22
      local pts = {}
      for i = 0, 24 do
        local a = 2 * math.pi * i / 24
        local x, z = (L / 2 - R) * math.cos(a), hw * math.sin(a)
        pts[#pts + 1] = {x, R, z}
      end
      local tube_ = tube(pts, R)
      local floor = intersect(loft({{y = 0, rx = L / 2 - R, rz = hw}, {y = 10, rx = L / 2 - R, rz = hw}}), box(2000, 10, 2000):move(0, 5, 0))
      local shape = (tube_ + floor):part("logs")
      shape = shape + (torus(10, 2.5):rotx(90):move(0, R * 2 - 2, hw)):part("rope")
      k.attach("inside", {0, 10, 0}, hw)
      return shape
    end
    local n = math.floor(k.p.logs + 0.5)
    local r = L / n / 2
    local logs = {}
    for i = 0, n - 1 do
      local z = -L / 2 + r + i * 2 * r
      local dl = (i % 2 == 0) and 0 or 14
      logs[#logs + 1] = capsule({-L / 2 + dl, r, z}, {L / 2 - dl, r, z}, r * 1.02)
    end
    local ropes = {}
    for _, x in ipairs({-L * 0.35, L * 0.35}) do
      ropes[#ropes + 1] = capsule({x, r * 2 + 1, -L / 2 + r}, {x, r * 2 + 1, L / 2 - r}, 3.2)
      ropes[#ropes + 1] = capsule({x, r * 2 - 2, -L / 2 + r}, {x, r * 2 - 2, L / 2 - r}, 4) * box(20, 20, L + 40):move(x, r * 2 + 6, 0)
    end
    local mh = L * 0.9
    local mast = cylinder(5, mh):move(-L * 0.05, r, 0) + capsule({-L * 0.05, r + mh - 10, -L * 0.3}, {-L * 0.05, r + mh - 10, L * 0.3}, 3.5)
    local sail = H.square_sail(-L * 0.05 + 3, r + mh - 12, L * 0.58, mh * 0.6, 14)
    local paddle = capsule({L * 0.2, r * 2 + 2, -L * 0.3}, {L * 0.4, r * 2 + 2, L * 0.2}, 4) + ellipsoid(18, 4, 30):roty(-20):move(L * 0.44, r * 2 + 2, L * 0.3)
    local shape = union(logs):part("logs") + union(ropes):part("rope") + (mast + paddle):part("mast") + sail:part("sail")
    k.attach("top", {0, r * 2, 0}, L * 0.5)
    k.attach("inside", {0, r * 2, 0}, L * 0.5)
    return shape
  end,
}
