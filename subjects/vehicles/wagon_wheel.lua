-- A wagon wheel: a big wooden spoked wheel standing upright in a low wooden
-- stand: a thick felloe rim bound with an iron tyre, twelve tapering spokes
-- and a large barrel-shaped hub with iron bands.
return {
  id = "wagon_wheel",
  names = {"wagon wheel", "cart wheel", "cartwheel", "wooden wheel", "spoked wheel", "wooden cart wheel",
           "wooden wagon wheel", "old wagon wheel"},
  lvis = {"wagon_wheel", "wheel"},
  family = "vehicles",
  size_mm = 1000,
  description = "A wooden wagon wheel standing upright",
  params = {R = {440, 460}, tilt = {18, 26}},
  parts = {
    {"rim", "wood", color = "#9a6a3c", role = "primary", names = {"rim", "felloe", "spokes"}},
    {"tyre", "iron", color = "#2e2c2c", role = "secondary", names = {"tyre", "tire", "band", "iron band", "hoop"}},
    {"hub", "wood", color = "#7a5230", role = "detail", names = {"hub", "nave", "axle"}},
    {"stand", "wood", color = "#5e4026", role = "detail", names = {"stand", "base", "block"}},
  },
  build = function(k)
    local R = k.p.R
    local rim_t, rim_d = 62, 70            -- radial thickness, depth along the axle
    local hub_r, hub_l = 100, 220
    local cy = R + 46                      -- wheel centre height: the tyre sits in the stand's slot
    local function ring(r0, r1, d) return revolve({{r0, -d / 2}, {r1, -d / 2}, {r1, d / 2}, {r0, d / 2}}):rotx(90) end
    local rim = ring(R - rim_t, R - 4, rim_d)
    local tyre = ring(R - 8, R + 10, rim_d - 8)
    -- twelve spokes, thicker at the hub, oval in section
    local sp = {}
    for i = 0, 11 do
      local a = math.rad(i * 30 + 15)
      local c, s = math.cos(a), math.sin(a)
      sp[#sp + 1] = limb({c * hub_r * 0.7, s * hub_r * 0.7, 0}, {c * (R - rim_t + 8), s * (R - rim_t + 8), 0}, 19, 13):stretch(1, 1, 1.3)
    end
    local spokes = union(table.unpack(sp))
    local hub = revolve({{0, -hub_l / 2}, {hub_r * 0.62, -hub_l / 2}, {hub_r * 0.85, -hub_l * 0.28}, {hub_r, 0},
                         {hub_r * 0.85, hub_l * 0.28}, {hub_r * 0.62, hub_l / 2}, {0, hub_l / 2}}):rotx(90)
    local bore = cylinder(hub_r * 0.3, hub_l + 20):move(0, -hub_l / 2 - 10, 0):rotx(90)
    local hub_bands = union(torus(hub_r * 0.66, 7):rotx(90):move(0, 0, hub_l * 0.44), torus(hub_r * 0.66, 7):rotx(90):move(0, 0, -hub_l * 0.44),
                            torus(hub_r * 0.95, 6):rotx(90):move(0, 0, hub_l * 0.14), torus(hub_r * 0.95, 6):rotx(90):move(0, 0, -hub_l * 0.14))
    local axle = cylinder(hub_r * 0.3, hub_l + 10):move(0, -hub_l / 2 - 5, 0):rotx(90)
    local wheel = union(rim:part("rim"), spokes:part("rim"), (hub - bore):part("hub"), axle:part("tyre"),
                        tyre:part("tyre"), hub_bands:part("tyre"))
    wheel = wheel:move(0, cy, 0)
    -- a low plank stand with two chocks holding the foot of the wheel
    local base = box(420, 40, 300, 6):move(0, 20, 0)
    local chocks = {}
    for _, sx in ipairs({-1, 1}) do
      chocks[#chocks + 1] = box(140, 70, 300, 6):move(sx * 110, 60, 0)
    end
    local cradle = union(base, table.unpack(chocks)) - cylinder(R + 6, 400):move(0, -200, 0):rotx(90):move(0, cy, 0)
    local shape = wheel + cradle:part("stand")
    k.attach("top", {0, cy + R + 10, 0}, 120)
    return shape:roty(k.p.tilt)
  end,
}
