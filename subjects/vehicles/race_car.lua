-- A race car (formula style): a low narrow body with a pointed nose, open
-- wheels standing out on both sides, a front wing, a tall rear wing, an air
-- intake over the driver's helmet; a go-kart as a variant.
local V = use and use("vehicle")

return {
  id = "race_car",
  names = {"race car", "racecar", "racing car", "formula 1", "formula one", "f1 car", "formula one car", "indy car", "indycar",
           "grand prix car", "formula car", "open wheel car"},
  lvis = {"race_car"},
  family = "vehicles",
  size_mm = 950,
  description = "A formula race car with open wheels and wings",
  params = {len = {440, 480}},
  parts = {
    {"body", "paint", color = "#d41e1e", role = "primary", names = {"body", "paint", "bodywork", "chassis"}},
    {"wings", "paint", color = "#f4f4f0", role = "secondary", names = {"wings", "wing", "spoiler", "stripes", "number"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheels", "wheel", "tires", "tyres"}},
    {"hubs", "steel", color = "#c8c8cc", role = "detail", names = {"hubs", "rims"}},
    {"helmet", "plastic", color = "#f2c418", role = "detail", names = {"helmet", "driver"}},
    {"trim", "plastic", color = "#2a2a2e", role = "detail", names = {"trim", "cockpit", "seat", "steering wheel"}},
  },
  variants = {
    kart = {names = {"go kart", "go-kart", "gokart", "kart", "go cart", "racing kart"}, size_mm = 600,
            colors = {body = "#2a7ad8"}},
  },
  points = {"top", "seat", "head"},
  build = function(k)
    local L = k.p.len
    if k.variant == "kart" then
      L = L * 0.7
      local r = 26
      local W = 200
      local frame = V.block(-L / 2 + 10, 14, -60, L / 2 - 10, 26, 60, 6)
      local nose = V.side({{L / 2 - 80, 20}, {L / 2 + 10, 20}, {L / 2 + 14, 40}, {L / 2 - 70, 50}}, 120, 6)
      local seat = V.block(-L * 0.22, 20, -40, L * 0.02, 40, 40, 8) + V.block(-L * 0.26, 20, -40, -L * 0.16, 110, 40, 8)
      local column = capsule({L * 0.25, 40, 0}, {L * 0.12, 100, 0}, 4)
      local steer = torus(28, 5):rotz(-60):move(L * 0.1, 104, 0)
      local engine = V.block(-L / 2 + 10, 24, 44, -L * 0.22, 80, 90, 6)
      local shape = (frame + nose + engine):part("body") + seat:part("trim") + (column + steer):part("trim")
      local axles = {L * 0.32, -L * 0.32}
      for i, x in ipairs(axles) do
        shape = shape + V.wheel({x, r, W / 2}, r, i == 2 and 40 or 30, 1, {hub = 0.55}) + V.wheel({x, r, -W / 2}, r, i == 2 and 40 or 30, -1, {hub = 0.55})
        shape = shape + capsule({x, r, -W / 2}, {x, r, W / 2}, 6):part("trim")
      end
      k.attach("seat", {-L * 0.1, 40, 0}, 70)
      k.attach("top", {-L * 0.1, 40, 0}, 70)
      return shape
    end
    local r = 36
    local W = 190
    local hw = W / 2
    local xf, xr = L / 2, -L / 2
    local y = 38
    -- the tub: lofted along X from the tail to a pointed nose
    local secs = {
      {y = xr + 20, rx = 30, rz = 36, x = -(y + 18)}, {y = xr + 90, rx = 36, rz = 52, x = -(y + 22)},
      {y = -20, rx = 34, rz = 50, x = -(y + 20)}, {y = 60, rx = 26, rz = 34, x = -(y + 14)},
      {y = xf - 60, rx = 14, rz = 18, x = -(y + 4)}, {y = xf - 6, rx = 7, rz = 12, x = -(y - 2)},
    }
    local tub = loft(secs):rotz(-90)
    -- side pods
    local pods = V.block(xr + 70, y - 6, -hw * 0.72, 20, y + 30, hw * 0.72, 14)
    -- engine cover rising to the air intake behind the driver
    local cover = V.side({{xr + 30, y}, {-20, y}, {-30, y + 76}, {-60, y + 80}, {xr + 40, y + 36}}, 46, 10)
    local body = smooth(10, tub, pods, cover)
    local cockpit = ellipsoid(46, 20, 22):move(0, y + 34, 0)
    body = body - cockpit
    local helmet = sphere(17):move(-10, y + 42, 0)
    local visor = intersect(sphere(17.8):move(-10, y + 42, 0), V.block(-4, y + 38, -12, 20, y + 48, 12))
    local wings = V.block(xf - 40, 8, -hw - 10, xf + 6, 14, hw + 10, 2)
    wings = wings + V.block(xf - 40, 8, -hw - 12, xf + 6, 34, -hw - 8, 2) + V.block(xf - 40, 8, hw + 8, xf + 6, 34, hw + 12, 2)
    wings = wings + V.block(xr - 30, y + 74, -hw * 0.78, xr + 24, y + 84, hw * 0.78, 2) + V.block(xr - 30, y + 56, -hw * 0.78, xr + 18, y + 62, hw * 0.78, 2)
    for _, sz in ipairs({-1, 1}) do
      wings = wings + V.block(xr - 32, y + 20, sz * hw * 0.78 - 3, xr + 26, y + 90, sz * hw * 0.78 + 3, 2)
    end
    local struts = V.block(xf - 34, 12, -12, xf - 20, y, 12)
    local shape = body:part("body") + wings:part("wings") + helmet:part("helmet") + visor:part("trim") + struts:part("body")
    -- open wheels on suspension arms
    local axles = {xf - 90, xr + 60}
    for i, x in ipairs(axles) do
      local ww = i == 2 and 50 or 40
      for _, sz in ipairs({-1, 1}) do
        shape = shape + V.wheel({x, r, sz * (hw - ww / 2 + 6)}, r + (i == 2 and 4 or 0), ww, sz, {hub = 0.5})
        shape = shape + (capsule({x, r, 0}, {x, r, sz * (hw - ww / 2)}, 4) + capsule({x - 10, y + 6, 0}, {x, r + 6, sz * (hw - ww / 2)}, 3.5)):part("trim")
      end
    end
    k.attach("head", {-10, y + 58, 0}, 34)
    k.attach("seat", {0, y + 16, 0}, 40)
    k.attach("top", {-60, y + 82, 0}, 50)
    return shape
  end,
}
