-- A snail: a coiled spiral shell on its back and a long soft foot gliding
-- along, its head raised with two long eye stalks and two short feelers.
local I = use and use("insect")

return {
  id = "snail",
  names = {"snail", "garden snail", "escargot", "sea snail", "snale"},
  lvis = {"escargot"},
  family = "insects",
  size_mm = 35,
  description = "A snail with a spiral shell",
  params = {coil = {2.3, 2.7}},
  parts = {
    {"shell", "glazed", color = "#b8783a", role = "primary", names = {"shell"}},
    {"body", "skin", color = "#b8a48a", role = "secondary", names = {"body", "foot", "skin"}},
    {"stripes", "glazed", color = "#6e4420", role = "detail", names = {"stripes", "spiral"}},
    {"eyes", "plastic", color = "#1a1414", role = "fixed"},
  },
  variants = {
    slug = {names = {"slug"}},
  },
  points = {"top", "head", "back"},
  attach_to = {"head", "back"},
  build = function(k)
    local soft = k.soft
    -- the foot: long, low, tapering to the tail, with the head rising at the front
    local foot = I.swell({{-45, 6, 0}, {-20, 8, 0}, {10, 9, 0}, {30, 12, 0}, {40, 22, 0}, {44, 30, 0}},
                         function(t) return 3 + 9 * math.min(1, t * 2.5) - (t > 0.7 and (t - 0.7) * 8 or 0) end, 3, 5)
    foot = intersect(foot, box(300, 200, 300):move(0, 100, 0))
    local body = foot
    local head_c = {44, 30, 0}
    local stalks, tips = {}, {}
    for _, sz in ipairs({-1, 1}) do
      local top = {58, 56, sz * 9}
      stalks[#stalks + 1] = tube({{44, 34, sz * 3}, {50, 46, sz * 6}, top}, 2.2, 1.4)
      tips[#tips + 1] = sphere(2.8):move(top[1], top[2], top[3])
      stalks[#stalks + 1] = tube({{50, 24, sz * 4}, {58, 24, sz * 7}, {62, 21, sz * 8}}, 1.8, 1.2)
    end
    body = smooth(2 * soft, body, union(table.unpack(stalks)))
    local shape = body:part("body") + union(table.unpack(tips)):part("eyes")
    if k.variant ~= "slug" then
      -- the shell: a logarithmic spiral coil in the XY plane, seen from the side
      local cx, cy = -4, 36
      local pts, rad = {}, {}
      local turns = k.p.coil
      local n = 40
      for i = 0, n do
        local th = i / n * turns * 2 * math.pi
        local R = 3 * math.exp(0.19 * th)
        pts[#pts + 1] = {cx + R * math.cos(th + 1.2), cy + R * math.sin(th + 1.2), 0}
        rad[#rad + 1] = R * 0.62 + 1.5
      end
      local parts_ = {}
      for i, p in ipairs(pts) do parts_[#parts_ + 1] = sphere(rad[i]):stretch(1, 1, 0.9):move(p[1], p[2], p[3]) end
      local shell = smooth(2.5, table.unpack(parts_))
      -- a darker band spiralling along the middle of each whorl
      local band = {}
      for i, p in ipairs(pts) do band[#band + 1] = sphere(rad[i] * 1.02):stretch(1, 1, 0.2):move(p[1], p[2], p[3]) end
      shape = shape + shell:part("shell")
      shape = shape + intersect(shell:round(0.3), union(table.unpack(band))):part("stripes")
    end
    k.attach("head", {head_c[1], 36, 0}, 14)
    k.attach("back", {-4, 62, 0}, 40)
    return shape
  end,
}
