-- A shopping cart (trolley): a wire basket tapering to the back-to-front
-- nesting shape, a push handle, a lower tray and four castor wheels.
local V = use and use("vehicle")

return {
  id = "shopping_cart",
  names = {"shopping cart", "shopping trolley", "grocery cart", "supermarket trolley", "trolley cart", "supermarket cart", "trolley"},
  lvis = {"shopping_cart"},
  family = "vehicles",
  size_mm = 1000,
  description = "A wire shopping cart",
  params = {len = {330, 360}},
  parts = {
    {"wire", "steel", color = "#c8cacf", role = "primary", names = {"wire", "basket", "frame", "body"}},
    {"handle", "plastic", color = "#d42a2a", role = "secondary", names = {"handle", "bumpers"}},
    {"wheels", "rubber", color = "#2a2a2c", role = "detail", names = {"wheels", "wheel", "castors", "casters"}},
  },
  points = {"inside", "top"},
  build = function(k)
    local L = k.p.len
    local W = 220
    local hw = W / 2
    local y0, y1 = 170, 300
    local xb, xf = -L / 2, L / 2
    local bottom_f = xf - 30
    -- wire basket: an open box with wire rails and bars
    local wires = {}
    local r = 3.5
    local corners = {{xb, y1, -hw}, {xf, y1, -hw * 0.85}, {xf, y1, hw * 0.85}, {xb, y1, hw}}
    local low = {{xb + 20, y0, -hw + 10}, {bottom_f, y0, -hw * 0.75}, {bottom_f, y0, hw * 0.75}, {xb + 20, y0, hw - 10}}
    for i = 1, 4 do
      local j = i % 4 + 1
      wires[#wires + 1] = capsule(corners[i], corners[j], 4)
      wires[#wires + 1] = capsule(low[i], low[j], 3)
      wires[#wires + 1] = capsule(corners[i], low[i], 3.5)
    end
    -- vertical bars on the sides and front
    local n = 9
    for i = 1, n - 1 do
      local t = i / n
      for _, side in ipairs({{1, 2}, {4, 3}}) do
        local top = {corners[side[1]][1] + (corners[side[2]][1] - corners[side[1]][1]) * t, y1, corners[side[1]][3] + (corners[side[2]][3] - corners[side[1]][3]) * t}
        local bot = {low[side[1]][1] + (low[side[2]][1] - low[side[1]][1]) * t, y0, low[side[1]][3] + (low[side[2]][3] - low[side[1]][3]) * t}
        wires[#wires + 1] = capsule(top, bot, r)
      end
    end
    for i = 1, 5 do
      local t = i / 6
      wires[#wires + 1] = capsule({xf, y1, -hw * 0.85 + W * 0.85 * t}, {bottom_f, y0, -hw * 0.75 + W * 0.75 * t}, r)
      local zr = (hw - 10) + (hw * 0.75 - (hw - 10)) * t
      wires[#wires + 1] = capsule({xb + 20 + (bottom_f - xb - 20) * t, y0, -zr}, {xb + 20 + (bottom_f - xb - 20) * t, y0, zr}, r)
    end
    for i = 1, 2 do
      local y = y0 + (y1 - y0) * i / 3
      wires[#wires + 1] = capsule({xb + 20 - 20 * i / 3, y, -hw + 10 - 10 * i / 3}, {xf - 30 + 30 * i / 3, y, -hw * 0.8}, r)
      wires[#wires + 1] = capsule({xb + 20 - 20 * i / 3, y, hw - 10 + 10 * i / 3}, {xf - 30 + 30 * i / 3, y, hw * 0.8}, r)
    end
    -- chassis, lower tray and castors
    local legs = {}
    local wr = 18
    for _, p in ipairs({{xb + 10, -hw + 20}, {xb + 10, hw - 20}, {xf - 20, -hw * 0.6}, {xf - 20, hw * 0.6}}) do
      legs[#legs + 1] = capsule({p[1], wr * 2 + 6, p[2]}, {p[1] + 10, y0, p[2] * 0.9}, 5)
      legs[#legs + 1] = cylinder(wr, 12, 3):move(0, -6, 0):rotx(90):move(p[1], wr, p[2])
    end
    local tray = V.block(xb + 20, 40, -hw * 0.6 - 6, xf - 30, 48, hw * 0.6 + 6, 2)
    local rails = capsule({xb + 10, wr * 2 + 6, -hw + 20}, {xf - 20, wr * 2 + 6, -hw * 0.6}, 5) + capsule({xb + 10, wr * 2 + 6, hw - 20}, {xf - 20, wr * 2 + 6, hw * 0.6}, 5)
    local shape = (union(wires) + rails + tray):part("wire")
    for i = 2, #legs, 2 do shape = shape + legs[i]:part("wheels") end
    for i = 1, #legs, 2 do shape = shape + legs[i]:part("wire") end
    local handle = capsule({xb - 30, y1 + 20, -hw}, {xb - 30, y1 + 20, hw}, 9) + capsule({xb - 30, y1 + 20, -hw + 4}, {xb, y1, -hw + 4}, 4)
      + capsule({xb - 30, y1 + 20, hw - 4}, {xb, y1, hw - 4}, 4)
    shape = shape + handle:part("handle")
    k.attach("inside", {0, y0 + 4, 0}, W * 0.7)
    k.attach("top", {0, y1, 0}, W)
    return shape
  end,
}
