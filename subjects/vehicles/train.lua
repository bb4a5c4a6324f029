-- A steam locomotive: a long black boiler with a tall smokestack, a steam
-- dome, a cab at the back, a cowcatcher in front and big driving wheels
-- joined by coupling rods. Variants: a modern passenger train car and a
-- bullet train.
local V = use and use("vehicle")

return {
  id = "train",
  names = {"train", "locomotive", "steam engine", "steam locomotive", "steam train", "choo choo train", "choo-choo",
           "engine train", "railway engine", "loco", "toy train", "train engine"},
  lvis = {"train_(railroad_vehicle)", "bullet_train", "freight_car", "cabin_car", "passenger_car_(part_of_a_train)", "railcar_(part_of_a_train)"},
  family = "vehicles",
  size_mm = 4000,
  description = "A steam locomotive",
  params = {len = {440, 480}},
  parts = {
    {"body", "paint", color = "#1e1e22", role = "primary", names = {"body", "boiler", "paint"}},
    {"trim", "paint", color = "#c8282a", role = "secondary", names = {"trim", "cab roof", "cowcatcher", "stripes", "frame"}},
    {"wheels", "iron", color = "#c8282a", role = "detail", names = {"wheels", "wheel"}},
    {"brass", "brass", color = "#d8b040", role = "detail", names = {"brass", "bell", "dome", "bands", "rods"}},
    {"windows", "gloss", color = "#3a4a5a", role = "detail", names = {"windows", "window", "glass"}},
    {"lights", "gloss", color = "#fff4c8", role = "fixed"},
    {"taillights", "gloss", color = "#c81e1e", role = "fixed"},
  },
  variants = {
    modern = {names = {"passenger train", "commuter train", "electric train", "diesel train", "diesel locomotive", "subway train",
                       "metro train", "railcar", "passenger car", "train car"}, colors = {body = "#d8dadd", trim = "#c8282a", wheels = "#3a3a3e"}},
    tram = {names = {"tram", "streetcar", "street car", "trolley car", "tramcar", "cable car", "light rail"},
            size_mm = 3600, colors = {body = "#e8c428", trim = "#c8282a", wheels = "#3a3a3e"}},
    boxcar = {names = {"boxcar", "box car", "freight car", "freight wagon", "goods wagon", "railway wagon", "train wagon",
                       "cargo car"}, size_mm = 3500, colors = {body = "#8a3a22", trim = "#2a2a2e", wheels = "#3a3a3e"}},
    caboose = {names = {"caboose", "cabin car", "brake van", "guard's van"}, size_mm = 4000,
               colors = {body = "#b8281e", trim = "#2a2a2e", wheels = "#3a3a3e"}},
    bullet = {names = {"bullet train", "shinkansen", "high speed train", "high-speed train", "maglev", "tgv"},
              colors = {body = "#f2f2f2", trim = "#2a58b0", wheels = "#3a3a3e"}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local W = 150
    local hw = W / 2
    local v = k.variant
    local xf, xr = L / 2, -L / 2
    if v == "boxcar" or v == "caboose" then
      local cab = v == "caboose"
      local y0, H = 44, 160
      L = L * 0.9
      xf, xr = L / 2, -L / 2
      local car = V.block(xr, y0, -hw, xf, y0 + H, hw, 3)
      local roof = V.side({{xr - 6, y0 + H - 2}, {xf + 6, y0 + H - 2}, {xf + 6, y0 + H + 4}, {0, y0 + H + 14}, {xr - 6, y0 + H + 4}}, W + 8, 2)
      local ribs = {}
      for x = xr + 20, xf - 20, 36 do ribs[#ribs + 1] = V.block(x - 2.5, y0 + 4, -hw - 2, x + 2.5, y0 + H - 4, hw + 2) end
      local shape = car:part("body") + roof:part("trim") + union(ribs):part("body")
      if cab then
        -- a cupola on the roof, windows down the side and railed end platforms
        shape = shape + V.block(-40, y0 + H + 6, -hw * 0.6, 40, y0 + H + 60, hw * 0.6, 3):part("body")
        shape = shape + V.block(-48, y0 + H + 58, -hw * 0.68, 48, y0 + H + 66, hw * 0.68, 2):part("trim")
        for _, x in ipairs({-20, 20}) do shape = shape + V.block(x - 10, y0 + H + 20, -hw * 0.6 - 1.5, x + 10, y0 + H + 46, hw * 0.6 + 1.5):part("windows") end
        for _, x in ipairs({xr + 50, -30, 30, xf - 50}) do shape = shape + V.block(x - 14, y0 + 70, -hw - 1.5, x + 14, y0 + 110, hw + 1.5):part("windows") end
        for _, sx in ipairs({-1, 1}) do
          local x = sx * (L / 2 + 16)
          shape = shape + V.block(x - 18, y0 - 4, -hw, x + 18, y0 + 4, hw, 1):part("trim")
          shape = shape + (polyline({{x + sx * 14, y0, -hw + 4}, {x + sx * 14, y0 + 60, -hw + 4}, {x + sx * 14, y0 + 60, hw - 4}, {x + sx * 14, y0, hw - 4}}, 3)):part("trim")
        end
      else
        local door = V.block(-44, y0 + 10, hw - 1, 44, y0 + H - 12, hw + 4, 2)
        local rail = V.block(-60, y0 + H - 14, hw, 60, y0 + H - 8, hw + 5)
        shape = shape + door:part("body") + rail:part("trim")
        shape = shape + (V.block(-44, y0 + 10, hw + 3, 44, y0 + 16, hw + 5) + V.block(-3, y0 + 10, hw + 3, 3, y0 + H - 12, hw + 5)):part("trim")
      end
      shape = shape + V.block(xr + 10, 16, -hw * 0.7, xf - 10, y0 + 4, hw * 0.7, 4):part("trim")
      for _, x in ipairs({xr - 8, xf + 8}) do shape = shape + V.block(x - 8, y0 + 10, -20, x + 8, y0 + 30, 20, 3):part("trim") end
      local wheels = {}
      for _, cx in ipairs({xr + 60, xf - 60}) do
        for _, dx in ipairs({-22, 22}) do
          for _, sz in ipairs({-1, 1}) do
            wheels[#wheels + 1] = cylinder(20, 12, 2):move(0, -6, 0):rotx(90):move(cx + dx, 20, sz * (hw - 22))
          end
        end
        wheels[#wheels + 1] = V.block(cx - 38, 14, -hw + 12, cx + 38, 30, hw - 12, 3)
      end
      shape = shape + union(wheels):part("wheels")
      k.attach("top", {0, y0 + H + 14, 0}, W * 0.8)
      return shape
    end
    if v == "modern" or v == "bullet" or v == "tram" then
      if v == "tram" then L = L * 0.8; xf, xr = L / 2, -L / 2 end
      local y0 = 44
      local H = 170
      local outline
      if v == "bullet" then
        L = L * 1.25; xf, xr = L / 2, -L / 2
        outline = {{xr, y0}, {xf, y0}, {xf, y0 + 14}, {xf - 70, y0 + 60}, {xf - 170, y0 + H - 14}, {xf - 220, y0 + H}, {xr, y0 + H}}
      elseif v == "tram" then
        outline = {{xr, y0}, {xf, y0}, {xf + 6, y0 + H * 0.45}, {xf - 8, y0 + H}, {xr + 8, y0 + H}, {xr - 6, y0 + H * 0.45}}
      else
        outline = {{xr, y0}, {xf, y0}, {xf, y0 + H * 0.5}, {xf - 14, y0 + H}, {xr, y0 + H}}
      end
      local body = V.body(outline, W, v == "bullet" and 30 or 14, 12)
      if v == "bullet" then
        -- a long rounded nose lofted forward from the full section
        local xn = xf - 240
        body = V.body({{xr, y0}, {xn, y0}, {xn, y0 + H}, {xr, y0 + H}}, W, 24, 12)
        local secs = {}
        for i = 0, 8 do
          local t = i / 8
          local e = math.sqrt(1 - t * t)
          secs[#secs + 1] = {y = xn - 20 + t * 260, rx = (H / 2 + 4) * (0.12 + 0.88 * e), rz = (W / 2) * (0.25 + 0.75 * e ^ 0.6),
                             x = -((y0 + H / 2) - (H / 2 - 6) * (1 - e) * 0.9)}
        end
        body = body + intersect(loft(secs):rotz(-90), V.block(xn - 40, y0, -W, xf + 40, y0 + H + 10, W))
        outline = {{xr, y0}, {xf, y0}, {xf, y0 + 14}, {xf - 70, y0 + 60}, {xf - 170, y0 + H - 14}, {xf - 220, y0 + H}, {xr, y0 + H}}
      end
      local shape = body:part("body")
      local pills = {}
      for i = 1, 6 do pills[#pills + 1] = xr + 30 + i * 52 end
      shape = shape + V.glaze(body, y0 + 84, y0 + 130, xr + 20, xf - (v == "bullet" and 220 or 40), hw, {pillars = pills, pw = 10, corner = 14})
      if v ~= "bullet" then
        shape = shape + V.glaze(body, y0 + 84, y0 + H - 20, xf - 30, xf + 10, hw, {corner = 14, pillars = {}})
      else
        shape = shape + intersect(body:round(1.5), V.block(xf - 210, y0 + 100, -hw * 0.8, xf - 130, y0 + H, hw * 0.8)):part("windows")
      end
      shape = shape + (V.block(xr - 4, y0 + 40, -hw - 2, xf + 4, y0 + 56, hw + 2) * body:round(1.5)):part("trim")
      shape = shape + V.block(xr + 10, 16, -hw * 0.7, xf - 20, y0 + 4, hw * 0.7, 4):part("trim")
      if v == "tram" then
        local py = y0 + H + 4
        shape = shape + V.block(-40, py - 8, -30, 40, py + 4, 30, 3):part("trim")
        shape = shape + (polyline({{-30, py, -26}, {10, py + 50, -26}, {-20, py + 90, -26}}, 3) + polyline({{-30, py, 26}, {10, py + 50, 26}, {-20, py + 90, 26}}, 3)
          + capsule({-20, py + 90, -44}, {-20, py + 90, 44}, 3.5)):part("trim")
      elseif v ~= "bullet" then
        shape = shape + V.block(xr + 30, y0 + H - 4, -30, xr + 110, y0 + H + 16, 30, 6):part("wheels")
      end
      shape = shape + V.lights(xf - (v == "bullet" and 4 or 1), xr, y0 + 26, hw * 0.6, 9)
      -- bogies
      local wheels = {}
      for _, cx in ipairs({xr + 70, xf - 90}) do
        for _, dx in ipairs({-24, 24}) do
          for _, sz in ipairs({-1, 1}) do
            wheels[#wheels + 1] = cylinder(20, 12, 2):move(0, -6, 0):rotx(90):move(cx + dx, 20, sz * (hw - 22))
          end
        end
        wheels[#wheels + 1] = V.block(cx - 40, 14, -hw + 12, cx + 40, 30, hw - 12, 3)
      end
      shape = shape + union(wheels):part("wheels")
      k.attach("top", {0, y0 + H, 0}, W * 0.8)
      return shape
    end
    -- steam locomotive
    local Rw = 44
    local boiler_r = 58
    local by = Rw * 2 + 14 + boiler_r * 0.6
    local bx0, bx1 = xr + 120, xf - 30
    local boiler = capsule({bx0, by, 0}, {bx1, by, 0}, boiler_r):stretch(1, 1, 1)
    boiler = intersect(boiler, V.block(bx0, -1000, -1000, bx1 + 20, 1000, 1000))
    local smokebox = cylinder(boiler_r + 3, 50):rotz(-90):move(bx1 - 50, by, 0)
    local door = cylinder(boiler_r * 0.8, 8):rotz(-90):move(bx1 - 2, by, 0)
    local stack = lathe({{20, 0}, {18, 40}, {30, 70}, {32, 84}}):move(bx1 - 30, by + boiler_r - 10, 0)
    local dome = lathe({{30, 0}, {28, 14}, {20, 30}, {0.5, 40}}):move((bx0 + bx1) / 2, by + boiler_r - 10, 0)
    local dome2 = lathe({{24, 0}, {22, 12}, {16, 24}, {0.5, 32}}):move(bx0 + 60, by + boiler_r - 10, 0)
    local bands = {}
    for _, x in ipairs({bx0 + 30, (bx0 + bx1) / 2 + 45, bx1 - 60}) do
      bands[#bands + 1] = cylinder(boiler_r + 1.5, 6):rotz(-90):move(x, by, 0)
    end
    -- cab
    local cab0, cab1 = xr + 10, bx0 + 10
    local cab = V.block(cab0, Rw * 2, -hw, cab1, by + boiler_r + 60, hw, 3)
    local roof = V.block(cab0 - 14, by + boiler_r + 56, -hw - 8, cab1 + 10, by + boiler_r + 70, hw + 8, 4)
    local wins = {}
    for _, sz in ipairs({-1, 1}) do
      wins[#wins + 1] = V.block(cab0 + 20, by + 10, sz * hw - 2, cab1 - 20, by + boiler_r + 40, sz * hw + 1.5)
    end
    wins[#wins + 1] = V.block(cab1 - 2, by + boiler_r + 4, -hw + 14, cab1 + 1.5, by + boiler_r + 44, -16)
    wins[#wins + 1] = V.block(cab1 - 2, by + boiler_r + 4, 16, cab1 + 1.5, by + boiler_r + 44, hw - 14)
    -- running board and frame
    local frame = V.block(xr + 6, Rw * 2 - 14, -hw, xf - 10, Rw * 2 + 4, hw)
    local buffer = V.block(xf - 14, Rw * 0.9, -hw, xf + 4, Rw * 2 + 4, hw, 3)
    local catcher = extrude({{0, 0}, {0, Rw * 1.4}, {40, 6}, {40, 0}}, W - 10, 2):move(xf, 4, 0)
    local wheels = {}
    local drive = {bx0 + 20, bx0 + 20 + Rw * 2.3, bx0 + 20 + Rw * 4.6}
    for _, x in ipairs(drive) do
      for _, sz in ipairs({-1, 1}) do
        wheels[#wheels + 1] = V.wheel({x, Rw, sz * (hw - 12)}, Rw, 16, sz, {spokes = 6, tyre_part = "wheels", hub_part = "wheels"})
      end
    end
    local pony = xf - 40
    for _, sz in ipairs({-1, 1}) do
      wheels[#wheels + 1] = cylinder(24, 12, 2):move(0, -6, 0):rotx(90):move(pony, 24, sz * (hw - 14))
    end
    local rods = {}
    for _, sz in ipairs({-1, 1}) do
      rods[#rods + 1] = capsule({drive[1], Rw * 0.7, sz * (hw - 1)}, {drive[3], Rw * 0.7, sz * (hw - 1)}, 4)
      rods[#rods + 1] = capsule({drive[2], Rw * 0.7, sz * (hw - 1)}, {bx1 - 40, Rw * 1.1, sz * (hw - 1)}, 4)
      rods[#rods + 1] = cylinder(18, 60):rotz(-90):move(bx1 - 70, Rw * 1.1, sz * (hw - 10))
    end
    local lamp = cylinder(14, 20):rotz(-90):move(bx1 - 4, by + boiler_r + 8, 0)
    local axles = {}
    for _, x in ipairs(drive) do axles[#axles + 1] = capsule({x, Rw, -hw + 14}, {x, Rw, hw - 14}, 8) + V.block(x - 8, Rw, -18, x + 8, Rw * 2 - 6, 18) end
    axles[#axles + 1] = capsule({pony, 24, -hw + 14}, {pony, 24, hw - 14}, 7)
    axles[#axles + 1] = V.block(pony - 10, 24, -20, pony + 10, Rw * 2, 20)
    local shape = (boiler + smokebox + stack + cab):part("body") + (dome + dome2 + union(bands) + door):part("brass")
    shape = shape + (roof + frame + buffer + catcher):part("trim") + union(wins):part("windows") + union(wheels) + union(rods):part("brass")
    shape = shape + union(axles):part("body")
    shape = shape + cylinder(10, 8):rotz(-90):move(bx1 + 14, by + boiler_r + 8, 0):part("lights") + lamp:part("brass")
    k.attach("top", {(cab0 + cab1) / 2, by + boiler_r + 70, 0}, W * 0.6)
    return shape
  end,
}
