-- A salad: a wide white bowl heaped with ruffled green lettuce leaves that
-- stand up over the rim, red tomato wedges, pale cucumber slices with dark
-- green rinds, golden croutons and rings of black olive. A Caesar salad is
-- long pale romaine leaves with croutons and parmesan shavings; a fruit
-- salad is a heap of strawberry halves, orange pieces, kiwi slices, green
-- grapes and blueberries.
local F = use("food")

return {
  id = "salad",
  names = {"salad", "green salad", "garden salad", "bowl of salad", "side salad", "tossed salad", "mixed salad",
           "leafy salad", "lettuce salad", "house salad", "salade", "sallad", "salid",
           "bowl of green salad", "bowl of garden salad", "bowl of mixed salad"},
  lvis = {"salad"},
  family = "food",
  size_mm = 80,
  description = "A bowl of green salad: lettuce leaves, tomato wedges, cucumber slices, croutons and olives",
  params = {turn = {0, 360}},
  parts = {
    {"lettuce", "plant", color = "#6cb23a", role = "primary", names = {"lettuce", "leaves", "greens", "salad leaves"}},
    {"bowl", "glazed", color = "#f4f1ea", role = "secondary", names = {"bowl", "dish"}},
    {"leaves_dark", "plant", color = "#3a7e26", role = "detail", names = {"spinach", "rocket", "arugula", "dark leaves"}},
    {"tomato", "food", color = "#d6281c", role = "detail", names = {"tomato", "tomatoes", "tomato wedges"}},
    {"cucumber", "food", color = "#d4e6a0", role = "detail", names = {"cucumber", "cucumbers", "cucumber slices"}},
    {"rind", "food", color = "#2f6a22", role = "detail", names = {"cucumber skin", "rind"}},
    {"croutons", "food", color = "#d09a48", role = "detail", names = {"croutons", "crouton", "bread"}},
    {"olives", "food", color = "#25201e", role = "detail", names = {"olives", "olive", "black olives"}},
    {"cheese", "food", color = "#f2e2a8", role = "detail", names = {"cheese", "parmesan", "shavings"}},
    {"strawberry", "food", color = "#d8283a", role = "detail", names = {"strawberry", "strawberries"}},
    {"orange", "food", color = "#f39a1e", role = "detail", names = {"orange", "oranges", "mandarin"}},
    {"kiwi", "food", color = "#8cc43a", role = "detail", names = {"kiwi", "kiwis"}},
    {"grapes", "food", color = "#b8d468", role = "detail", names = {"grapes", "grape"}},
    {"blueberries", "food", color = "#2e3466", role = "detail", names = {"blueberries", "blueberry", "berries"}},
    {"melon", "food", color = "#f4b45e", role = "detail", names = {"melon", "cantaloupe"}},
    {"pineapple", "food", color = "#f6d640", role = "detail", names = {"pineapple"}},
  },
  variants = {
    caesar = {names = {"caesar salad", "ceasar salad", "cesar salad", "chicken caesar salad", "romaine salad", "bowl of caesar salad"},
              colors = {lettuce = "#8ec64e"}},
    fruit = {names = {"fruit salad", "fruit cup", "bowl of fruit salad", "fruit cocktail", "macedonia"}},
  },
  points = {"inside", "top"},
  build = function(k)
    local v = k.variant
    local R, H, foot, wall = 100, 52, 40, 5
    local prof = {}
    for i = 0, 16 do
      local t = i / 16
      prof[#prof + 1] = {foot + (R - foot) * math.sin(t * math.pi * 0.5) ^ 0.7, H * t}
    end
    local function r_at(y) return F.radius_at(prof, math.max(0, math.min(H, y))) end
    local outer = lathe(prof):round(1)
    -- the bowl: solid below a shallow well the salad fills
    local y0 = H - 22
    local poly = {{0, y0}}
    for _, p in ipairs(prof) do
      if p[2] >= y0 then poly[#poly + 1] = {p[1] - wall, p[2]} end
    end
    poly[#poly + 1] = {R - wall, H + 40}
    poly[#poly + 1] = {0, H + 40}
    local well = revolve(poly)
    local bowl = subtract(outer, well) + torus(R - wall / 2, wall / 2 + 0.5):move(0, H, 0)
    bowl = bowl + cylinder(foot * 0.9, 6, 1.5):move(0, -4, 0)
    local shape = bowl:part("bowl")
    -- the heap: a mound filling the well, standing up above the rim
    local mr, mh = R - wall - 2, v == "fruit" and 20 or 24
    -- the mound's surface: an ellipsoid centred below the rim
    local ry = mh + 17
    local rx = (R - wall + 2) / math.sqrt(1 - (14 / ry) ^ 2)
    local function top_y(x, z)
      local d = math.min(1, (x * x + z * z) / (rx * rx))
      return H - 20 + ry * math.sqrt(1 - d)
    end
    local function normal(x, z)
      local y = top_y(x, z) - (H - 20)
      return F.norm({x / (rx * rx), y / (ry * ry), z / (rx * rx)})
    end
    -- (it sinks into the bowl's wall below the rim, so no thin crevice is
    -- left between them)
    local poly2 = {{0, y0 - 4}}
    for _, p in ipairs(prof) do
      if p[2] >= y0 - 4 then poly2[#poly2 + 1] = {p[1] - wall + 2.5, p[2]} end
    end
    poly2[#poly2 + 1] = {R - wall + 2.5, H + 40}
    poly2[#poly2 + 1] = {0, H + 40}
    local mound = intersect(ellipsoid(rx, ry, rx):move(0, H - 20, 0), revolve(poly2))
    local turn = math.rad(k.p.turn)
    -- a spot on the heap: radius fraction f, angle a (degrees)
    local function spot(f, a, lift)
      local an = math.rad(a) + turn
      local x, z = math.cos(an) * f * mr, math.sin(an) * f * mr
      return {x, top_y(x, z) + (lift or 0), z}, normal(x, z)
    end
    local function put(s, f, a, lift, spin)
      local p, n = spot(f, a, lift)
      return s:roty(spin or 0):aim(n, p)
    end
    if v == "fruit" then
      -- a heap of fruit pieces, each set a third of its height into the mound
      shape = shape + mound:part("melon")
      local g = {strawberry = {}, orange = {}, kiwi = {}, grapes = {}, blueberries = {}, melon = {}, pineapple = {}}
      local kinds = {"strawberry", "orange", "kiwi", "grapes", "melon", "blueberries", "strawberry", "pineapple",
                     "grapes", "orange", "blueberries", "kiwi"}
      local n = 40
      for i = 0, n - 1 do
        local f = 0.86 * math.sqrt((i + 0.5) / n)
        local a = i * 137.5
        local kd = kinds[i % #kinds + 1]
        local list = g[kd]
        if kd == "strawberry" then
          -- a strawberry half, tip up, cut face to the side
          local half = intersect(ellipsoid(13, 16, 13):move(0, 2, 0), box(30, 40, 30):move(15, 0, 0))
          list[#list + 1] = put(half:rotz(-15), f, a, 3, a)
        elseif kd == "orange" then
          -- an orange segment lying on its back
          list[#list + 1] = put(ellipsoid(20, 9, 10), f, a, 3, a + 40)
        elseif kd == "kiwi" then
          list[#list + 1] = put(cylinder(15, 6, 1.5):move(0, -3, 0):rotz(22), f, a, 2, a)
        elseif kd == "grapes" then
          list[#list + 1] = put(ellipsoid(10, 9, 9), f, a, 4, a)
          list[#list + 1] = put(ellipsoid(10, 9, 9), f + 0.06, a + 10, 4, a + 60)
        elseif kd == "melon" then
          list[#list + 1] = put(box(16, 15, 16, 3):rotx(10), f, a, 4, a)
        elseif kd == "pineapple" then
          list[#list + 1] = put(box(20, 12, 13, 2.5):rotz(12), f, a, 3, a)
        else
          list[#list + 1] = put(sphere(6.5), f, a, 3.5)
          list[#list + 1] = put(sphere(6.5), f + 0.07, a + 14, 3.5)
          list[#list + 1] = put(sphere(6.5), f + 0.02, a - 16, 3.5)
        end
      end
      for name, list in pairs(g) do
        if #list > 0 then shape = shape + union(list):part(name) end
      end
      k.attach("inside", {0, H, 0}, 2 * mr)
      k.attach("top", {0, H + mh + 8, 0}, 2 * mr)
      return shape
    end
    -- Spots spread over the heap (golden angle); two in three take a leaf,
    -- the third a topping sitting up on the leaves.
    local caesar = v == "caesar"
    local light, dark, tops = {}, {}, {}
    local n = 36
    for i = 0, n - 1 do
      local f = 0.97 * math.sqrt((i + 0.5) / n)
      local a = i * 137.5
      local an = math.rad(a) + turn
      local x, z = math.cos(an) * f * mr * 0.85, math.sin(an) * f * mr * 0.85
      if i % 3 ~= 2 then
        -- a ruffled, cupped leaf; the outer ones point outwards and lean
        -- up over the rim, the inner ones lie every which way
        local y = top_y(x, z) - 5
        local len = caesar and 50 + (i % 3) * 6 or 42 + (i % 4) * 5
        local w = caesar and 28 or 38 + (i % 3) * 4
        local az = f > 0.6 and -math.deg(an) + (i % 3 - 1) * 25 or (i * 97) % 360
        local el = f > 0.6 and 20 + (i % 3) * 8 or 10 + (i % 4) * 8
        if caesar then el = el * 0.6 end
        -- a leaf reaching past the rim rises well clear of it (a near miss
        -- would pinch the surface there)
        local dx, dz = math.cos(math.rad(az)), -math.sin(math.rad(az))
        local b = x * dx + z * dz
        local t = -b + math.sqrt(math.max(0, b * b - (x * x + z * z - R * R)))
        if t < len * math.cos(math.rad(el)) then
          el = math.max(el, math.deg(math.atan(H + 10 - y, math.max(t, 1))))
        end
        -- a leaf: a curved sheet of even thickness, cupped or domed
        local side = i % 2 == 0 and 1 or -1
        local cup = sphere(60):shell(3.0):move(0, len / 2, side * 60)
        local leaf = intersect(ellipsoid(w / 2, len / 2, 30):move(0, len / 2, 0), cup)
        leaf = leaf:rotx(i % 2 == 0 and 10 or -10):roty(90):rotz(el - 90):roty(az):move(x, y, z)
        if i % 5 == 1 and not caesar then dark[#dark + 1] = leaf else light[#light + 1] = leaf end
      else
        x, z = x * 0.85, z * 0.85
        tops[#tops + 1] = {{x, top_y(x, z), z}, normal(x, z), i}
      end
    end
    shape = shape + mound:part("lettuce") + union(light):part("lettuce")
    if #dark > 0 then shape = shape + union(dark):part("leaves_dark") end
    local groups = {tomato = {}, cucumber = {}, rind = {}, croutons = {}, olives = {}, cheese = {}}
    for j, t in ipairs(tops) do
      local p, nrm, i = t[1], t[2], t[3]
      local kind
      if caesar then kind = (j % 3 == 0) and "cheese" or "croutons"
      else kind = ({"tomato", "cucumber", "croutons", "olives"})[j % 4 + 1] end
      local function at(s, lift) return s:roty(i * 53):aim(nrm, {p[1], p[2] + lift, p[3]}) end
      if kind == "tomato" then
        -- a wedge, red skin up, cut faces to the sides
        local sec = {{0, -2}}
        for q = 0, 8 do
          local ang = math.rad(40 + q * 12.5)
          sec[#sec + 1] = {22 * math.cos(ang), 22 * math.sin(ang)}
        end
        local wedge = intersect(extrude(sec, 50, 1.5), ellipsoid(25, 26, 22)):rotx(-10)
        groups.tomato[#groups.tomato + 1] = at(wedge, -1)
      elseif kind == "cucumber" then
        local tilt = 18
        groups.cucumber[#groups.cucumber + 1] = at(cylinder(14.5, 5, 1):move(0, -2.5, 0):rotz(tilt), 1.5)
        groups.rind[#groups.rind + 1] = at(torus(14.5, 2.6):rotz(tilt), 1.5)
      elseif kind == "croutons" then
        groups.croutons[#groups.croutons + 1] = at(box(caesar and 17 or 15, caesar and 15 or 13, caesar and 17 or 15, 2.8):rotx(14):rotz(10), 3.5)
      elseif kind == "olives" then
        groups.olives[#groups.olives + 1] = at(torus(7.5, 3.4):rotx(20), 1.5)
      else
        groups.cheese[#groups.cheese + 1] = at(box(20, 3.4, 11, 1):rotz(16), 0.8)
      end
    end
    for name, list in pairs(groups) do
      if #list > 0 then shape = shape + union(list):part(name) end
    end
    k.attach("inside", {0, H, 0}, 2 * mr)
    k.attach("top", {0, H + mh + 20, 0}, 2 * mr)
    return shape
  end,
}
