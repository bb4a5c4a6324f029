-- A squid standing up on its arms: a long torpedo mantle rising from a short
-- head, its pointed tip carrying two triangular fins spread like an
-- arrowhead, two big round eyes on the sides of the head, eight short arms
-- splayed over the ground and curling at the tips, and two much longer
-- tentacles snaking out in front, each ending in a broad club lined with
-- pale suckers. Built with the funnel side to +X, then turned 45 degrees
-- about Y so the fins and both eyes show in a 3/4 view.
return {
  id = "squid",
  names = {"squid", "calamari squid", "sqiud", "squidd", "common squid", "sea squid", "toy squid", "cute squid"},
  lvis = {},
  family = "sea_life",
  size_mm = 300,
  description = "A squid with a long pointed mantle, fins, big eyes, eight arms and two long tentacles",
  params = {lean = {8, 14}, spread = {0.9, 1.1}, curl = {0.7, 1.2}},
  parts = {
    {"body", "skin", color = "#e8836c", role = "primary", names = {"body", "mantle", "skin", "head", "fins"}},
    {"arms", "skin", color = "#de7662", role = "secondary", names = {"arms", "tentacles", "legs"}},
    {"spots", "skin", color = "#b8483c", role = "detail", names = {"spots", "dots", "freckles"}},
    {"suckers", "skin", color = "#f6d2c4", role = "detail", names = {"suckers", "clubs"}},
    {"iris", "gloss", color = "#ece4c4", role = "fixed"},
    {"eyes", "gloss", color = "#0e0c10", role = "fixed"},
  },
  variants = {
    giant = {names = {"giant squid", "kraken squid", "colossal squid", "huge squid", "giant red squid", "architeuthis"},
             size_mm = 900,
             colors = {body = "#8e1c1e", arms = "#7e181c", spots = "#5a0e12", suckers = "#e4aca4"}},
  },
  points = {"head", "top", "face"},
  build = function(k)
    local giant = k.variant == "giant"
    local soft = k.soft
    local cartoon = k.style == "cartoon"
    local L = 250
    local R = 36
    local hy = 74                     -- head centre
    local base = hy + 20              -- where the mantle leaves the head
    -- The mantle along +Y, pointed at the top, then leant back a little.
    local mantle = loft({
      {y = 0, rx = R - 3, rz = R - 3},
      {y = L * 0.15, rx = R, rz = R},
      {y = L * 0.45, rx = R - 2, rz = R - 2},
      {y = L * 0.7, rx = 24, rz = 24},
      {y = L * 0.9, rx = 10, rz = 10},
      {y = L, rx = 1.5, rz = 1.5},
    })
    -- Two fins making an arrowhead round the tip, spread left and right.
    local fl = L * 0.46
    local fw = cartoon and 62 or 54
    local fin = extrude({{0, L + 6}, {fw, L - fl * 0.45}, {0, L - fl}, {-fw, L - fl * 0.45}}, 7, 3):roty(90)
    local lean = k.p.lean
    local upper = smooth(5 * soft, mantle, fin):rotz(lean):move(0, base, 0)
    local head = ellipsoid(R - 4, 30, R - 1):move(0, hy, 0)
    local body = smooth(9 * soft, upper, head)
    -- Chromatophore spots scattered over the mantle.
    local spots = {}
    for i = 0, 27 do
      local t = 0.08 + 0.7 * ((i * 0.2857 + k.rand(0, 0.12)) % 1)
      local y = L * t
      local rr = t < 0.45 and R - 1.5 or (R - 2) - (t - 0.45) / 0.25 * (R - 26)
      local a = math.rad(i * 97 + k.rand(-20, 20))
      spots[#spots + 1] = ellipsoid(3.4, 4.6, 3.4):move(math.cos(a) * rr, y, math.sin(a) * rr)
    end
    local spot_shape = union(table.unpack(spots)):rotz(lean):move(0, base, 0)
    -- Eight arms splayed over the ground, curling at the tips.
    local arms = {}
    local sp = k.p.spread
    for i = 0, 7 do
      local ang = math.rad(22.5 + i * 45)
      local dx, dz = math.cos(ang), math.sin(ang)
      local len = (giant and 120 or 105) * sp * k.rand(0.9, 1.1)
      local c = k.p.curl * k.rand(0.7, 1.2)
      local px, pz = -dz, dx
      local side = (i % 2 == 0) and 1 or -1
      local pts = {
        {dx * 16, hy - 14, dz * 16},
        {dx * len * 0.35, 14, dz * len * 0.35},
        {dx * len * 0.7, 7, dz * len * 0.7},
        {dx * len * 0.95 + px * side * 8 * c, 10 + 6 * c, dz * len * 0.95 + pz * side * 8 * c},
        {dx * len * 0.95 + px * side * 20 * c, 20 + 14 * c, dz * len * 0.95 + pz * side * 20 * c},
      }
      arms[#arms + 1] = tube(pts, 11, 3.4)
    end
    -- Two long tentacles snaking out in front, each with a club.
    local suckers = {}
    local tl = giant and 300 or 210
    for _, s in ipairs({-1, 1}) do
      local ang = math.rad(s * 24 * sp)
      local dx, dz = math.cos(ang), math.sin(ang)
      local px, pz = -dz, dx
      local function at(t, off, y) return {dx * tl * t + px * off, y, dz * tl * t + pz * off} end
      local pts = {
        {12, hy - 16, s * 10},
        at(0.25, s * 6, 12),
        at(0.5, -s * 14, 7),
        at(0.75, s * 8, 7),
        at(0.92, s * 2, 8),
      }
      arms[#arms + 1] = tube(pts, 7, 5.2)
      local tip = pts[#pts]
      local cl = giant and 64 or 52
      local club = ellipsoid(cl / 2, 7, 13):roty(-math.deg(ang)):move(tip[1] + dx * cl * 0.4, 8, tip[3] + dz * cl * 0.4)
      arms[#arms + 1] = club
      for j = 0, 4 do
        local u = -0.32 + j * 0.16
        suckers[#suckers + 1] = sphere(4.4 - math.abs(u) * 3):stretch(1, 0.6, 1)
          :move(tip[1] + dx * cl * (0.4 + u), 14.2, tip[3] + dz * cl * (0.4 + u))
      end
    end
    local arm_shape = smooth(4 * soft, table.unpack(arms))
    local shape = smooth(10 * soft, body:part("body"), arm_shape:part("arms"))
    shape = shape + spot_shape:part("spots") + union(table.unpack(suckers)):part("suckers")
    -- Big eyes on the sides of the head, looking a little forward.
    local er = cartoon and 19 or 16
    local eyes, iris = empty(), empty()
    for _, s in ipairs({-1, 1}) do
      local p = {6, hy + 4, s * (R - 9)}
      iris = iris + sphere(er):move(p[1], p[2], p[3])
      eyes = eyes + sphere(er * 0.68):move(p[1] + 3, p[2], p[3] + s * er * 0.45)
    end
    shape = shape + iris:part("iris") + eyes:part("eyes")
    -- Turned a quarter round so that a 3/4 view sees the fins spread and
    -- both eyes.
    local turn = -45
    shape = shape:roty(turn)
    local c, sn = math.cos(math.rad(turn)), math.sin(math.rad(turn))
    local function at(p) return {p[1] * c + p[3] * sn, p[2], -p[1] * sn + p[3] * c} end
    local tip = {-math.sin(math.rad(lean)) * L, base + math.cos(math.rad(lean)) * L, 0}
    k.attach("head", at({tip[1], tip[2] - 20, 0}), R * 1.4)
    k.attach("top", at({tip[1], tip[2], 0}), R)
    k.attach("face", at({R - 2, hy + 4, 0}), R * 1.8, at({1, 0, 0}))
    return shape
  end,
}
