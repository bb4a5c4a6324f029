-- Tongs: a pair of kitchen tongs lying on the counter, slightly sprung
-- open: one long steel strip standing on its edge, bent round at the back
-- into the hinge loop, the two arms running forward in a narrow V, each
-- ending in a taller head with a scalloped edge, the heads turned in a
-- little towards each other. Silicone sleeves on the back of the arms give
-- a grip. The BBQ tongs are longer, with wooden handle grips and a hanging
-- ring at the loop. Points forward along +X; the V opens across Z.

-- A flat strip along a path in the plan (x, p): the outline of the path
-- thickened to t, as a closed polygon.
local function outline(path, t)
  local left, right = {}, {}
  for i, q in ipairs(path) do
    local a = path[math.max(i - 1, 1)]
    local b = path[math.min(i + 1, #path)]
    local dx, dy = b[1] - a[1], b[2] - a[2]
    local l = math.sqrt(dx * dx + dy * dy)
    local nx, ny = -dy / l, dx / l
    left[#left + 1] = {q[1] + nx * t / 2, q[2] + ny * t / 2}
    right[#right + 1] = {q[1] - nx * t / 2, q[2] - ny * t / 2}
  end
  for i = #right, 1, -1 do left[#left + 1] = right[i] end
  return left
end

-- A strip standing on edge: plan (x, p) becomes (x, ., -p), width along Y
-- centred on y = h.
local function strip(path, t, w, h, bevel)
  local b = bevel or 0
  return extrude(outline(path, math.max(t - 2 * b, 0.5)), w - 2 * b, b):rotx(-90):move(0, h, 0)
end

return {
  id = "tongs",
  names = {"tongs", "kitchen tongs", "pair of tongs", "cooking tongs", "serving tongs", "food tongs",
           "salad tongs", "metal tongs", "steel tongs", "stainless steel tongs", "locking tongs", "spring tongs",
           "silicone tongs", "utility tongs", "tounges", "tonges"},
  lvis = {"tongs"},
  family = "kitchen",
  size_mm = 36,
  description = "A pair of kitchen tongs lying slightly open",
  params = {open = {26, 33}},
  parts = {
    {"metal", "steel", color = "#c9cdd3", role = "primary", names = {"metal", "arms", "arm", "heads", "head", "tips", "loop", "hinge", "ring"}},
    {"grips", "rubber", color = "#2b2c30", role = "secondary", names = {"grips", "grip", "handles", "handle", "sleeves", "silicone"}},
  },
  variants = {
    bbq = {names = {"bbq tongs", "barbecue tongs", "grill tongs", "barbeque tongs", "long tongs"}, size_mm = 40,
           colors = {grips = "#8a5a32"}},
  },
  points = {"top"},
  build = function(k)
    local bbq = k.variant == "bbq"
    local L = bbq and 400 or 290        -- from the loop to the tips
    local t = 5                         -- strip thickness
    local w = 18                        -- strip width (height as it lies)
    local hw = 38                       -- head height
    local h = hw / 2                    -- everything centred at this height
    local o = k.p.open                  -- half the gap at the heads
    local rl = 13                       -- the loop's radius
    local hx = L - 75                   -- where the heads start

    -- One arm's centreline, from the loop forward, on the +p side.
    local function arm(s)
      local pts = spline({{0, rl, 0}, {L * 0.3, rl + (o - rl) * 0.35, 0}, {hx, o + 4, 0}, {L - 30, o + 2, 0}, {L, o - 6, 0}}, 8)
      local out = {}
      for i, q in ipairs(pts) do out[i] = {q[1], s * q[2]} end
      return out
    end
    -- The whole strip: arm one back to the loop, round it, out along arm two.
    local path = {}
    local a1 = arm(1)
    for i = #a1, 2, -1 do path[#path + 1] = a1[i] end
    for i = 0, 12 do
      local ang = math.rad(90 + i * 15)
      path[#path + 1] = {rl * math.cos(ang), rl * math.sin(ang)}
    end
    local a2 = arm(-1)
    for i = 2, #a2 do path[#path + 1] = a2[i] end
    local metal = {strip(path, t, w, h, 1)}

    -- The heads: plates taller than the strip with scalloped top and
    -- bottom edges, along the last stretch of each arm.
    for _, s in ipairs({1, -1}) do
      local hp = {}
      for _, q in ipairs(arm(s)) do
        if q[1] >= hx - 10 then hp[#hp + 1] = q end
      end
      local hl = L - hx + 10
      local edge = {}
      local n = 7
      -- the outline in the head's side view: x along the arm, y up
      for i = 0, n * 4 do
        local x = i * hl / (n * 4)
        local rise = math.min(1, x / 18)
        local y = (w / 2) + (hw / 2 - w / 2) * rise - 3.2 * (1 - math.cos(2 * math.pi * x / (hl / n))) * 0.5 * rise
        edge[#edge + 1] = {x, y}
      end
      local poly = {}
      for _, q in ipairs(edge) do poly[#poly + 1] = {q[1], q[2]} end
      for i = #edge, 1, -1 do poly[#poly + 1] = {edge[i][1], -edge[i][2]} end
      local plate = extrude(poly, t, 1.2)
      -- bend it along the arm: short straight pieces between path points
      local first = hp[1]
      for j = 1, #hp - 1 do
        local a, b = hp[j], hp[j + 1]
        local dx, dp = b[1] - a[1], b[2] - a[2]
        local seg = math.sqrt(dx * dx + dp * dp)
        local x0 = a[1] - first[1]
        local piece = intersect(plate, box(seg + 1.5, hw + 10, t + 10):move(x0 + seg / 2, 0, 0))
        piece = piece:move(-x0, 0, 0):roty(math.deg(math.atan(dp, dx))):move(a[1], h, -a[2])
        metal[#metal + 1] = piece
      end
      -- the tip folds in: a rounded lip across the front of the head
      local tip = hp[#hp]
      metal[#metal + 1] = capsule({tip[1] - 2, h - hw / 2 + 5, -tip[2]}, {tip[1] - 2, h + hw / 2 - 5, -tip[2]}, 3.2)
    end

    -- Grip sleeves on the back half of both arms.
    local grips = {}
    local g0, g1 = bbq and 20 or 16, bbq and L * 0.5 or L * 0.42
    for _, s in ipairs({1, -1}) do
      local gp = {}
      for _, q in ipairs(arm(s)) do
        if q[1] >= g0 and q[1] <= g1 then gp[#gp + 1] = q end
      end
      grips[#grips + 1] = strip(gp, t + (bbq and 10 or 6), w + (bbq and 8 or 5), h, bbq and 3 or 2.5)
    end
    if bbq then
      metal[#metal + 1] = torus(16, 3):rotx(90):move(-rl - 16, h, 0)
    end
    k.attach("top", {L * 0.5, hw, 0}, 40)
    return union(union(metal):part("metal"), union(grips):part("grips")):move(-L * 0.5, 0, 0):roty(-35)
  end,
}
