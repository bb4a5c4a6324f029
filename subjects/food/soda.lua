-- A bottle of soda: a clear plastic (PET) bottle full of dark cola up to
-- its shoulder, with a ribbed waist, a petal-footed base, a red wrap-round
-- label with a white wave on it, a neck ring and a red screw cap. The cola
-- is kept a little clear of the plastic so it shows through it; the space
-- between them breathes out through a pinhole under the base.
local V = use("vessel")

return {
  id = "soda",
  -- ("soda" and "cola" alone are left to the liquid: "a glass of soda")
  names = {"bottle of soda", "soft drink", "soft drink bottle", "plastic soda bottle", "fizzy drink", "fizzy drink bottle",
           "bottle of cola", "bottle of coke", "plastic coke bottle", "bottle of pop", "two liter bottle", "2 liter bottle",
           "two litre bottle", "pet bottle", "bottle of fizzy pop", "plastic cola bottle", "cola soda bottle"},
  lvis = {"soda"},
  family = "food",
  size_mm = 260,
  description = "A plastic bottle of cola with a red label and cap",
  params = {},
  parts = {
    {"bottle", "glass", color = "#eef4f2", role = "detail", names = {"bottle", "plastic"}},
    {"drink", "food", color = "#3a1a0e", role = "primary", names = {"drink", "cola", "soda", "liquid"}},
    {"label", "paper", color = "#d21e1e", role = "secondary", names = {"label", "wrapper"}},
    {"print", "paint", color = "#f8f6f0", role = "detail", names = {"print", "stripe", "wave", "logo"}},
    {"cap", "plastic", color = "#d21e1e", role = "detail", names = {"cap", "lid", "top"}},
  },
  variants = {
    lemonade = {names = {"lemonade bottle", "lemon lime soda bottle", "bottle of lemonade", "bottle of lemon lime soda"},
                colors = {drink = "#e8f0c0", label = "#2a8a3a", cap = "#2a8a3a"}},
    orange = {names = {"orange soda bottle", "bottle of orange soda", "bottle of orangeade"}, colors = {drink = "#f07a10", label = "#1e4aa8", cap = "#1e4aa8"}},
  },
  points = {"top"},
  build = function(k)
    local h = 260
    local prof = V.keyed({{0, 32}, {0.035, 41}, {0.3, 42}, {0.36, 38.5}, {0.42, 40}, {0.6, 40}, {0.66, 42}, {0.7, 41},
                          {0.86, 15}, {0.9, 13.5}, {1, 13.5}}, h, 40)
    local wall, floor = 3, 6
    local bottle = vessel(prof, wall, floor)
    -- a ring round the neck under the cap
    bottle = bottle + torus(15, 2.4):move(0, h * 0.9, 0)
    -- ribs round the waist
    for i = 0, 2 do bottle = bottle + torus(V.radius_at(prof, h * (0.31 + i * 0.025)) - 0.6, 1.6):move(0, h * (0.31 + i * 0.025), 0) end
    -- five petal feet under the base
    local feet = {}
    for i = 0, 4 do
      local a = math.rad(i * 72)
      feet[#feet + 1] = ellipsoid(13, 9, 10):roty(-i * 72):move(math.cos(a) * 24, 5, math.sin(a) * 24)
    end
    bottle = bottle + union(feet)
    -- the drink: the inside, kept clear of the plastic, narrowed at the
    -- floor so the gap round it reaches the pinhole, up to the shoulder
    local c = wall + 5.5
    local top = h * 0.77
    local dp = {{0, floor - 1}, {28, floor - 1}, {28, floor + 6}}
    for _, p in ipairs(prof) do
      if p[2] > floor + 12 and p[2] < top then dp[#dp + 1] = {p[1] - c, p[2]} end
    end
    dp[#dp + 1] = {V.radius_at(prof, top) - c, top}
    dp[#dp + 1] = {0, top}
    local drink = revolve(dp)
    -- the pinhole through the floor between two feet
    local a = math.rad(36)
    local r_hole = 35
    bottle = subtract(bottle, cylinder(2.6, 30):move(math.cos(a) * r_hole, -10, math.sin(a) * r_hole))
    local shape = union(bottle:part("bottle"), drink:part("drink"))
    -- the label round the middle with a white wave across it
    local l0, l1 = h * 0.42, h * 0.6
    local label = subtract(cylinder(41.2, l1 - l0), cylinder(38.5, 200):move(0, -50, 0)):move(0, l0, 0)
    local wave = {}
    for i = 0, 40 do
      local t = i / 40
      local an = t * 2 * math.pi
      wave[#wave + 1] = {math.cos(an) * 41.4, (l0 + l1) / 2 + math.sin(an * 3) * 8, math.sin(an) * 41.4}
    end
    shape = shape + label:part("label") + tube(wave, 3, 3):part("print")
    -- the screw cap, ridged
    local cap = cylinder(15.5, 18, 1.5):move(0, h - 12, 0)
    cap = cap + radial(box(1.6, 14, 2):move(15.8, h - 10, 0), 24)
    shape = shape + cap:part("cap")
    k.attach("top", {0, h + 6, 0}, 31)
    return shape
  end,
}
