-- A quad bike (ATV): four knobbly balloon tyres, a chunky body with front and
-- rear racks, a saddle and motorbike handlebars.
local V = use and use("vehicle")

return {
  id = "quad_bike",
  names = {"quad bike", "atv", "quad", "all terrain vehicle", "four wheeler", "quadbike", "all-terrain vehicle"},
  lvis = {},
  family = "vehicles",
  size_mm = 1150,
  description = "A quad bike with four fat tyres",
  params = {len = {300, 330}},
  parts = {
    {"body", "plastic", color = "#d8301e", role = "primary", names = {"body", "fenders", "paint"}},
    {"seat", "leather", color = "#1e1e22", role = "secondary", names = {"seat", "saddle", "grips"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheels", "wheel", "tires", "tyres"}},
    {"hubs", "steel", color = "#b8bcc4", role = "detail", names = {"hubs", "rims", "racks", "handlebars", "frame"}},
    {"lights", "gloss", color = "#fff4c8", role = "fixed"},
  },
  points = {"seat", "back", "top"},
  build = function(k)
    local L = k.p.len
    local xf, xr = L / 2, -L / 2
    local r = 44
    local W = 200
    local hw = W / 2
    local frame = V.block(xr + 30, 50, -40, xf - 30, 80, 40, 10)
    local front = V.side({{xf - 120, 70}, {xf + 10, 70}, {xf + 16, 100}, {xf - 40, 124}, {xf - 120, 118}}, W - 20, 12)
    local rear = V.side({{xr - 6, 84}, {xr + 120, 84}, {xr + 120, 118}, {xr + 6, 124}}, W - 20, 12)
    front = front - V.arches({xf - 64}, r + 8, hw - 10, 40)
    rear = rear - V.arches({xr + 64}, r + 8, hw - 10, 40)
    local tank = ellipsoid(44, 26, 36):move(20, 118, 0)
    local seat = loft({{y = xr + 60, rx = 12, rz = 30}, {y = -40, rx = 18, rz = 34}, {y = 0, rx = 14, rz = 30}}):rotz(-90):move(0, 128, 0)
    local bars = capsule({38, 140, 0}, {34, 168, 0}, 6) + capsule({30, 168, -70}, {30, 168, 70}, 5)
    local grips = capsule({30, 168, 54}, {30, 168, 76}, 8) + capsule({30, 168, -54}, {30, 168, -76}, 8)
    local racks = {}
    for _, x in ipairs({xf - 50, xr + 50}) do
      racks[#racks + 1] = V.block(x - 40, x > 0 and 126 or 126, -hw * 0.6, x + 40, x > 0 and 132 or 132, hw * 0.6, 2)
      for i = -2, 2 do racks[#racks + 1] = V.block(x - 40, 126, i * hw * 0.25 - 2.5, x + 40, 134, i * hw * 0.25 + 2.5) end
    end
    local shape = (frame + front + rear + tank):part("body") + (seat + grips):part("seat") + (bars + union(racks)):part("hubs")
    shape = shape + V.lights(xf + 14, nil, 100, 40, 10)
    for _, x in ipairs({xf - 64, xr + 64}) do
      for _, sz in ipairs({-1, 1}) do
        local w = V.wheel({x, r, sz * (hw - 20)}, r, 50, sz, {hub = 0.5})
        -- knobbly tread
        local knobs = radial(box(8, 8, 50):move(r, 0, 0), 16):rotz(0)
        shape = shape + w + (knobs:rotx(0):move(x, r, sz * (hw - 20))):part("wheels")
      end
      shape = shape + capsule({x, r, -hw + 30}, {x, r, hw - 30}, 9):part("hubs")
    end
    k.attach("seat", {-40, 140, 0}, 60)
    k.attach("back", {-40, 140, 0}, 60)
    k.attach("top", {-40, 140, 0}, 60)
    return shape
  end,
}
