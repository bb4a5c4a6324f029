-- Sausages: a pair of plump grilled sausages lying side by side, gently
-- curved, browned, with dark diagonal grill marks across their tops and a
-- twisted nub at each end. Salami: a fat dark red log, its cut end showing
-- the pink meat flecked with white fat, a few round slices fanned out in
-- front of it. Chorizo: a deep orange-red horseshoe tied with string.
local F = use("food")

return {
  id = "sausage",
  names = {"sausage", "grilled sausage", "bratwurst", "banger", "pair of sausages", "sausage link",
           "pork sausage", "bbq sausage", "barbecue sausage", "brat", "knackwurst", "kielbasa", "saussage", "sausauge"},
  lvis = {"sausage", "salami"},
  family = "food",
  size_mm = 32,
  description = "A pair of grilled sausages with grill marks",
  params = {bend = {10, 22}},
  parts = {
    {"skin", "food", color = "#a8562c", role = "primary", names = {"skin", "casing", "sausage", "sausages"}},
    {"marks", "food", color = "#3a1c10", role = "detail", names = {"grill marks", "marks", "char"}},
    {"meat", "food", color = "#c85a5a", role = "secondary", names = {"meat", "inside", "slices"}},
    {"fat", "food", color = "#f4e8dc", role = "detail", names = {"fat", "spots", "dots"}},
    {"string", "fabric", color = "#eee4cc", role = "detail", names = {"string", "twine"}},
  },
  variants = {
    salami = {names = {"salami", "salami log", "salami stick", "pepperoni stick", "pepperoni log", "summer sausage", "saucisson", "salame"},
              size_mm = 48, colors = {skin = "#6a2a22", meat = "#b8404a"}},
    chorizo = {names = {"chorizo", "chorizo sausage", "ring sausage", "smoked sausage", "sausage ring"},
               size_mm = 30, colors = {skin = "#a0281a"}},
  },
  points = {"top"},
  build = function(k)
    local v = k.variant
    if v == "salami" then
      -- the log: a long cylinder rounded at the back, cut flat at the front
      local r, L = 24, 150
      local log = intersect(capsule({-L / 2, r, 0}, {L / 2 + 20, r, 0}, r), box(400, 200, 200):move(L / 2 - 200, 0, 0))
      local casing = subtract(log, box(4, 100, 100):move(L / 2 - 1.5, r, 0))
      local face = intersect(log, box(4, 100, 100):move(L / 2 - 1.5, r, 0))
      -- a knot of string at the back end
      local ex = -L / 2 - r
      local string = sphere(5):move(ex + 1, r, 0) + capsule({ex + 2, r, 0}, {ex - 8, r - 2, 0}, 2.4)
        + torus(7, 2.2):rotx(90):move(ex - 14, r - 4, 0)
      local shape = union(casing:part("skin"), face:part("meat"), string:part("string"))
      -- round slices fanned out in front of the cut end, each leaning on the last
      local dots = {}
      local fat_dot = function(cx, cy, cz, normal)
        return ellipsoid(2.4, 2.4, 1.4):aim(normal, {cx, cy, cz})
      end
      for i = 0, 11 do
        local a = i * 2.39996
        local rr = (r - 5) * math.sqrt((i + 0.5) / 12)
        dots[#dots + 1] = fat_dot(L / 2, r + math.sin(a) * rr, math.cos(a) * rr, {1, 0, 0})
      end
      local slices = {}
      for i = 0, 2 do
        local c = {L / 2 + 20 + i * 20, 0, 10 - i * 16}
        local tilt = 16 - i * 4
        local s = cylinder(r, 5, 1.2):move(0, -2.5, 0):rotz(-tilt):move(c[1], r * math.sin(math.rad(tilt)) + 4 + i * 0.5, c[3])
        slices[#slices + 1] = s
        local n = {math.sin(math.rad(tilt)), math.cos(math.rad(tilt)), 0}
        for j = 0, 6 do
          local a = j * 2.39996 + i
          local rr = (r - 5) * math.sqrt((j + 0.5) / 7)
          local p = {c[1] + math.cos(a) * rr * math.cos(math.rad(tilt)), 0, c[3] + math.sin(a) * rr}
          p[2] = r * math.sin(math.rad(tilt)) + 4 + i * 0.5 - (p[1] - c[1]) * math.tan(math.rad(tilt)) + 2.5
          dots[#dots + 1] = fat_dot(p[1], p[2], p[3], n)
        end
      end
      -- the slices rest on the board line, the first against the log's foot
      local rings = {}
      for _, s in ipairs(slices) do rings[#rings + 1] = s end
      shape = shape + union(rings):part("meat") + union(dots):part("fat")
      -- a thin dark rim of casing round each slice
      local rims = {}
      for i = 0, 2 do
        local c = {L / 2 + 20 + i * 20, 0, 10 - i * 16}
        local tilt = 16 - i * 4
        rims[#rims + 1] = torus(r, 2.6):rotz(-tilt):move(c[1], r * math.sin(math.rad(tilt)) + 4 + i * 0.5, c[3])
      end
      shape = shape + union(rims):part("skin")
      return shape:roty(-20)
    end
    if v == "chorizo" then
      -- a horseshoe: a thick tube bent round most of a circle, ends tied
      local r, Rr = 15, 55
      local pts = {}
      for i = 0, 14 do
        local a = math.rad(-140 + 280 * i / 14)
        pts[#pts + 1] = {math.cos(a) * Rr, r, math.sin(a) * Rr}
      end
      local body = F.sweep(pts, function(t)
        local e = math.min(t, 1 - t) / 0.06
        return r * math.min(1, 0.55 + 0.45 * math.sqrt(math.min(e, 1)))
      end, 2, 4)
      local a0, a1 = math.rad(-140), math.rad(140)
      local e0 = {math.cos(a0) * Rr, r, math.sin(a0) * Rr}
      local e1 = {math.cos(a1) * Rr, r, math.sin(a1) * Rr}
      local mid = {(e0[1] + e1[1]) / 2 - 6, r + 4, 0}
      local string = tube({e0, mid, e1}, 2.4) + sphere(4.5):move(mid[1], mid[2], mid[3])
      return union(body:part("skin"), string:part("string")):roty(-30)
    end
    -- two plump sausages side by side, following the same gentle curve
    local r, L = 15, 150
    local bend = k.p.bend
    local function path(dz)
      local pts = {}
      for i = 0, 8 do
        local t = i / 8
        local x = -L / 2 + L * t
        pts[#pts + 1] = {x, r, dz + bend * (1 - (2 * t - 1) ^ 2)}
      end
      return pts
    end
    local function radius(t)
      local e = math.min(t, 1 - t) / 0.1
      return r * math.sqrt(math.max(0.08, 1 - (1 - math.min(e, 1)) ^ 2))
    end
    local skins, nubs = {}, {}
    for _, dz in ipairs({-12, 12}) do
      local pts = path(dz)
      skins[#skins + 1] = F.sweep(pts, radius, 3, 3)
      for _, e in ipairs({pts[1], pts[#pts]}) do
        local out = e[1] < 0 and -1 or 1
        nubs[#nubs + 1] = capsule({e[1] - out * 2, e[2], e[3]}, {e[1] + out * 6, e[2] + 1, e[3]}, 3.2)
      end
    end
    local body = union(skins)
    -- grill marks: diagonal bars across the tops, just proud of the skin
    local bars = {}
    for i = -3, 3 do bars[#bars + 1] = box(5, 24, 120):rotx(0):roty(50):move(i * 22, r * 1.7, 0) end
    local marks = intersect(union(bars), body:round(0.7))
    return union(body:part("skin"), union(nubs):part("skin"), marks:part("marks")):roty(-25)
  end,
}
