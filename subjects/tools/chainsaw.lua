-- A chainsaw: a chunky orange engine housing with a closed rear handle and
-- trigger, a black tubular front handle arching over the top, a chain brake
-- guard, a pull-start cover and a long steel guide bar reaching forward
-- with the dark chain and its cutting teeth running round its edge.
return {
  id = "chainsaw",
  names = {"chainsaw", "chain saw", "chainsaw tool", "petrol chainsaw", "gas chainsaw", "lumberjack saw"},
  lvis = {},
  family = "tools",
  size_mm = 300,
  description = "A chainsaw with a long guide bar and chain",
  params = {bar_len = {430, 500}},
  parts = {
    {"body", "plastic", color = "#f07a1e", role = "primary", names = {"body", "housing", "engine", "cover", "motor"}},
    {"trim", "plastic", color = "#26262a", role = "secondary", names = {"handle", "handles", "grip", "guard", "trim"}},
    {"bar", "steel", color = "#b4bac2", role = "detail", names = {"bar", "guide bar", "blade"}},
    {"chain", "iron", color = "#44464c", role = "detail", names = {"chain", "teeth"}},
  },
  variants = {
    electric = {names = {"cordless chainsaw", "battery chainsaw", "electric chainsaw"}, colors = {body = "#2f8a3a"}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.bar_len
    local bz = 62
    -- The engine housing: an upper orange shell over a darker crankcase.
    local upper = smooth(20, box(300, 130, 190, 40):move(-60, 180, 0),
                         ellipsoid(120, 70, 80):move(-150, 225, 0))
    local lower = box(280, 110, 170, 30):move(-50, 95, 0)
    local body = upper:part("body") + lower:part("trim")
    -- Cylinder fins on top of the housing.
    local fins = empty()
    for i = 0, 4 do fins = fins + box(12, 30, 110, 4):move(-110 + i * 26, 245, -10) end
    body = body + intersect(fins, box(200, 40, 200):move(-60, 250, 0)):part("trim")

    -- The rear handle: a closed loop from the top of the housing back and
    -- down into its tail, with a trigger under the grip.
    local rear = tube({{-120, 235, 0}, {-200, 275, 0}, {-330, 265, 0}, {-390, 220, 0}, {-395, 140, 0}, {-340, 85, 0}, {-180, 70, 0}}, 19)
    local trigger = box(40, 30, 18, 6):move(-270, 240, 0)
    body = body + smooth(8, rear, box(80, 60, 60, 20):move(-190, 90, 0)):part("trim") + trigger:part("body")

    -- The front handle: a black tube arching over the housing from the
    -- left side to the right.
    local fx = 60
    local front = tube({{fx, 90, -100}, {fx, 220, -112}, {fx - 10, 310, -60}, {fx - 15, 325, 20}, {fx - 10, 290, 85}, {fx, 230, 98}}, 14)
    body = body + front:part("trim")
    -- The chain brake guard: a plate standing in front of the front handle.
    local guard = box(12, 120, 150, 6):rotz(-18):move(fx + 50, 275, 0)
    body = body + smooth(6, guard, box(30, 40, 90, 8):move(fx + 30, 225, 0)):part("trim")

    -- The pull starter on the left: a round cover and a T grip.
    body = body + cylinder(72, 16, 6):rotx(90):move(-90, 160, -95):part("body")
    body = body + capsule({-90, 190, -95}, {-90, 190, -135}, 8):part("trim")
    body = body + capsule({-120, 190, -140}, {-60, 190, -140}, 9):part("trim")
    -- The clutch cover on the right, over the root of the bar.
    body = body + box(180, 110, 30, 12):move(40, 125, 100):part("body")
    -- The fuel cap.
    body = body + cylinder(20, 12, 3):rotx(-90):move(-210, 160, 95):part("trim")

    -- The guide bar: a flat plate reaching forward with a rounded nose.
    local x0, y0 = 40, 120
    local h0, h1 = 44, 32
    local function outline(grow)
      local pts = {{x0 - 20, y0 - h0 - grow}, {x0 + L, y0 - h1 - grow}}
      for i = 1, 11 do
        local a = -math.pi / 2 + math.pi * i / 12
        pts[#pts + 1] = {x0 + L + math.cos(a) * (h1 + grow), y0 + math.sin(a) * (h1 + grow)}
      end
      pts[#pts + 1] = {x0 + L, y0 + h1 + grow}
      pts[#pts + 1] = {x0 - 20, y0 + h0 + grow}
      return pts
    end
    local bar = extrude(outline(0), 22, 3):move(0, 0, bz)
    local chain = extrude(outline(8), 16, 2):move(0, 0, bz)
    -- Cutting teeth along the top and bottom runs of the chain.
    local n = 11
    local step = (L - 30) / n
    local tooth = box(20, 14, 18, 2):rotz(-22)
    local teeth = empty()
    for i = 0, n - 1 do
      local t = (i + 0.5) / n
      local hh = h0 + (h1 - h0) * t + 7
      teeth = teeth + tooth:move(x0 + 30 + i * step, y0 + hh, bz) + tooth:flip("y"):move(x0 + 30 + i * step + step * 0.5, y0 - hh, bz)
    end
    -- Teeth round the nose.
    for i = 1, 3 do
      local a = -math.pi / 2 + math.pi * i / 4
      teeth = teeth + tooth:rotz(math.deg(a)):move(x0 + L + math.cos(a) * (h1 + 7), y0 + math.sin(a) * (h1 + 7), bz)
    end
    local metal = bar:part("bar") + (chain + teeth):part("chain")
    local shape = body + metal
    k.attach("top", {-250, 280, 0}, 120)
    return shape:roty(-12)
  end,
}
