-- A steamed dumpling: a pale round purse of dough, flat underneath, its
-- wrapper gathered at the top into swirling pleated folds that twist up to a
-- little pinched knot. Gyoza are half-moon crescents with a row of pleats
-- along the seam and a browned, pan-fried bottom; bao are smooth round white
-- buns with a spiral twist on top; soup dumplings (xiaolongbao) are
-- translucent purses with many fine pleats gathered to a point.
local F -- the food library, loaded when building

-- A pleated purse: a lathe of dough with `n` spiral folds climbing from the
-- shoulder to the knot at the top.
local function purse(k, o)
  local R, H = o.R, o.H
  -- (6 points a span: at 4 the profile's faint facet rings let the mesh
  -- simplifier fold a sliver off the dough at fine resolution)
  local prof = F.smooth_profile({{R * 0.82, 0}, {R * 0.98, H * 0.12}, {R, H * 0.3}, {R * 0.9, H * 0.55},
                                 {R * 0.6, H * 0.78}, {R * 0.26, H * 0.93}, {R * 0.08, H}}, 6)
  local body = lathe(prof)
  local folds, grooves = {}, {}
  local function spiral(a0, lift0, lift1, t0)
    local pts = {}
    t0 = t0 or 0
    for j = 0, 3 do
      local t = t0 + (1 - t0) * j / 3
      -- from the knot (t = 0) down the shoulder, turning as it goes, and
      -- sinking into the dough at its lower end
      local y = H * (0.97 - t * (0.97 - o.low))
      local r = F.radius_at(prof, y) + lift0 + (lift1 - lift0) * t
      local a = a0 + t * o.twist
      pts[#pts + 1] = {math.cos(a) * r, y, math.sin(a) * r}
    end
    return pts
  end
  for i = 0, o.n - 1 do
    local a0 = 2 * math.pi * i / o.n
    folds[#folds + 1] = tube(spiral(a0, o.fold * 0.3, -o.fold * 0.9), o.fold, o.fold * 0.45)
    -- the crease between two folds starts a quarter of the way down: above
    -- that the folds close over it, and a buried crease leaves slivers of
    -- trapped air at fine resolution
    grooves[#grooves + 1] = tube(spiral(a0 + math.pi / o.n, o.fold * 0.2, 0, 0.25), o.fold * 0.3875, o.fold * 0.2)
  end
  body = smooth_sub(body, union(grooves), 0.6)
  local knot = sphere(R * 0.16):stretch(1, 1.3, 1):move(0, H * 0.98, 0)
  if o.point then
    -- the gathered tip twisted up into a little peak
    knot = cone(R * 0.2, R * 0.05, H * 0.3):move(0, H * 0.86, 0) + sphere(R * 0.06):move(0, H * 1.16, 0)
  end
  return smooth(o.blend, body, union(folds), knot)
end

return {
  id = "dumpling",
  names = {"dumpling", "dim sum", "momo", "wonton", "steamed dumpling", "chinese dumpling", "pork dumpling",
           "dumplin", "dumpling purse", "har gow"},
  lvis = {},
  family = "food",
  size_mm = 28,
  description = "A steamed dumpling with pleated folds gathered at the top",
  params = {twist = {0.5, 0.8}},
  parts = {
    {"dough", "food", color = "#f2e6cc", role = "primary", names = {"dough", "wrapper", "skin", "bun", "pleats"}},
    {"crust", "food", color = "#c2843e", role = "secondary", names = {"crust", "bottom", "browned bottom"}},
  },
  variants = {
    gyoza = {names = {"gyoza", "potsticker", "pot sticker", "jiaozi", "fried dumpling", "pan fried dumpling",
                      "crescent dumpling"}, size_mm = 24},
    bao = {names = {"bao", "bao bun", "steamed bun", "baozi", "pork bun", "char siu bao", "bun dumpling"},
           size_mm = 45, colors = {dough = "#f8f5ee"}},
    xiaolongbao = {names = {"soup dumpling", "xiaolongbao", "xiao long bao", "xiaolong bao", "xlb"},
                   size_mm = 30, colors = {dough = "#efe4cc"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local tw = k.p.twist
    if k.variant == "gyoza" then
      -- A half-moon standing on its flat side, bowed in plan, the seam along
      -- the top a scalloped row of folded tabs with pleats running from each
      -- down the front (convex, +X) face; the underside browned.
      local Rarc, span = 38, 124
      local function fat(t) return 2 + 11 * math.sin(math.pi * t) ^ 0.75 end
      local sy = 1.3
      local function at(t, out, y)
        local a = math.rad(-span / 2 + span * t)
        local r = Rarc + out
        return {math.cos(a) * r - Rarc + 10, y, math.sin(a) * r}
      end
      -- the plump lower body, cut flat underneath
      local spine = {}
      for i = 0, 8 do
        local t = i / 8
        spine[#spine + 1] = at(t, 0, fat(t) * 0.4)
      end
      local body = intersect(F.sweep(spine, fat, 3, 3):stretch(1, sy, 1), box(300, 100, 300):move(0, 50, 0))
      local function side(f, y, lift)
        return f * math.sqrt(math.max(0, 1 - ((y - f * 0.4 * sy) / (f * sy)) ^ 2)) + lift
      end
      local tabs, pleats = {}, {}
      local np = 9
      for i = 0, np - 1 do
        local t = 0.1 + 0.8 * i / (np - 1)
        local f = fat(t)
        local top = f * 1.4 * sy
        local a = math.rad(-span / 2 + span * t)
        local sc = 0.55 + 0.45 * math.sin(math.pi * t)
        local tab = ellipsoid(6 * sc + 1, 4.5 * sc + 1, 2.2):rotz(28):rotx(-12):roty(-90 - math.deg(a))
        tabs[#tabs + 1] = tab:move(table.unpack(at(t, 0.6, top - 0.5)))
        local function fold(dt, l0, l1, l2)
          return {at(t + dt, l0, top - 1), at(t + dt + 0.03, side(f, top * 0.7, l1), top * 0.7),
                  at(t + dt + 0.06, side(f, top * 0.35, l2), top * 0.35)}
        end
        pleats[#pleats + 1] = tube(fold(0.01, 1.2, 2.0, -0.8), 2.6 * sc + 0.6, 1.0)
      end
      local dough = smooth(1.2, body, union(pleats), union(tabs))
      local crust = intersect(dough, box(300, 5, 300):move(0, 1, 0))
      dough = subtract(dough, box(300, 5, 300):move(0, 1, 0))
      k.attach("top", {0, 22, 0}, 30)
      return union(dough:part("dough"), crust:part("crust")):roty(-45)
    elseif k.variant == "bao" then
      -- A smooth round bun; a shallow spiral of creases twisting into a
      -- small knot on top.
      local R, H = 34, 40
      local prof = F.smooth_profile({{R * 0.86, 0}, {R * 0.99, H * 0.14}, {R, H * 0.3}, {R * 0.88, H * 0.64},
                                     {R * 0.55, H * 0.9}, {R * 0.06, H}}, 4)
      local bun = lathe(prof)
      local creases = {}
      local nc = 7
      for i = 0, nc - 1 do
        local a0 = 2 * math.pi * i / nc
        local pts = {}
        for j = 0, 4 do
          local t = j / 4
          local y = H * (0.99 - t * 0.3)
          local r = F.radius_at(prof, y)
          local a = a0 + t * 1.3
          pts[#pts + 1] = {math.cos(a) * r, y, math.sin(a) * r}
        end
        creases[#creases + 1] = tube(pts, 0.8, 2.2)
      end
      bun = smooth_sub(bun, union(creases), 1.2)
      bun = smooth(1.5, bun, sphere(3.2):stretch(1, 0.8, 1):move(0, H - 0.5, 0))
      k.attach("top", {0, H, 0}, 40)
      return bun:part("dough")
    elseif k.variant == "xiaolongbao" then
      local s = purse(k, {R = 24, H = 24, n = 18, low = 0.34, twist = tw + 0.2, fold = 1.6, blend = 1.0, point = true})
      -- a thin flat foot where it sat on the steamer paper
      s = smooth(1.5, s, cylinder(21, 2, 1))
      k.attach("top", {0, 29, 0}, 20)
      return s:part("dough")
    end
    local s = purse(k, {R = 23, H = 27, n = 12, low = 0.3, twist = tw, fold = 2.9, blend = 1.0})
    k.attach("top", {0, 29, 0}, 20)
    return s:part("dough")
  end,
}
