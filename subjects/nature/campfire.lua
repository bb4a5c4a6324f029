-- A campfire: a ring of grey stones round a teepee of split logs on a bed of
-- ash, with orange tongues of flame rising from the middle round a yellow core.

-- A flame tongue: a round foot tapering to a point along a gently curving path.
local function tongue(base, tip, r, bend)
  local mid = {(base[1] + tip[1]) / 2 + bend[1], (base[2] + tip[2]) / 2, (base[3] + tip[3]) / 2 + bend[2]}
  return smooth(r * 0.6, sphere(r):move(base[1], base[2], base[3]), tube({base, mid, tip}, r * 0.92, 0.8))
end

return {
  id = "campfire",
  names = {"campfire", "camp fire", "bonfire", "fire pit", "firepit", "log fire"},
  family = "nature",
  size_mm = 450,
  description = "A campfire: a ring of stones round a teepee of logs with flames",
  params = {ring = {215, 235}, logs = {5, 6}, flame_h = {300, 360}},
  parts = {
    {"stones", "stone", color = "#8c8a86", role = "primary", names = {"stones", "stone ring", "rocks", "ring"}},
    {"logs", "wood", color = "#6a4226", role = "secondary", names = {"logs", "firewood", "sticks", "kindling"}},
    {"ash", "stone", color = "#3a3532", role = "fixed", names = {"ash", "ashes", "embers", "coals"}},
    {"flame", "candy", color = "#ff6a14", role = "fixed", glows = true, names = {"flame", "flames", "fire"}},
    {"core", "candy", color = "#ffd23c", role = "fixed", glows = true, names = {"core", "inner flame"}},
  },
  points = {"top"},
  build = function(k)
    local R = k.p.ring
    -- the ring of stones: lumpy flattened boulders touching each other
    local n = 11
    local stones = {}
    for i = 1, n do
      local a = (i / n) * 2 * math.pi + k.rand(-0.05, 0.05)
      local sr = k.rand(46, 56)
      local s = ellipsoid(sr * 1.15, sr * k.rand(0.7, 0.85), sr):noise(4, 30, 2)
      s = s:roty(-math.deg(a) + k.rand(-15, 15)):move(math.cos(a) * R, sr * 0.45, math.sin(a) * R)
      stones[#stones + 1] = s
    end
    local ring = intersect(union(stones), box(4 * R, 400, 4 * R):move(0, 200, 0))
    -- a shallow bed of ash and embers joining everything
    local ash = cylinder(R - 30, 12, 4):noise(2, 20, 1)
    -- the teepee: split logs leaning together over the middle
    local nl = k.p.logs
    local logs = {}
    local apex = 210
    for i = 1, nl do
      local a = (i / nl) * 2 * math.pi + 0.3 + k.rand(-0.12, 0.12)
      local ca, sa = math.cos(a), math.sin(a)
      local foot = {ca * 135, 14, sa * 135}
      local top = {-ca * 22, apex + k.rand(-15, 15), -sa * 22}
      logs[#logs + 1] = limb(foot, top, 17, 13)
    end
    -- two logs lying crossed under the teepee
    logs[#logs + 1] = limb({-120, 20, -50}, {120, 20, 50}, 18)
    logs[#logs + 1] = limb({-50, 22, 120}, {50, 22, -120}, 18)
    local wood = union(logs):noise(1.5, 12, 1)
    -- flames: a ring of tongues leaning out, a tall one in the middle
    local FH = k.p.flame_h
    local fy = 40
    local flames = {}
    local nf = 7
    for i = 1, nf do
      local a = (i / nf) * 2 * math.pi + k.rand(-0.25, 0.25)
      local ca, sa = math.cos(a), math.sin(a)
      local h = k.rand(0.45, 0.75) * FH
      flames[#flames + 1] = tongue({ca * 45, fy + 30, sa * 45}, {ca * 75, fy + h, sa * 75}, 44, {ca * 20, sa * 20})
    end
    flames[#flames + 1] = tongue({-8, fy + 40, -8}, {k.rand(-10, 10), fy + FH, k.rand(-10, 10)}, 62, {-10, 6})
    local flame = smooth(10, union(flames), sphere(95):stretch(1, 0.7, 1):move(0, fy + 30, 0))
    -- the yellow core, leaning a little towards the viewer
    local core = smooth(8, sphere(50):move(26, fy + 55, 24),
                        tube({{26, fy + 55, 24}, {36, fy + 120, 32}, {24, fy + FH * 0.72, 20}}, 46, 1))
    k.attach("top", {0, fy + FH, 0}, 120)
    return union(ring:part("stones"), ash:part("ash"), wood:part("logs"), flame:part("flame"), core:part("core"))
  end,
}
