-- A dishwasher: a freestanding kitchen dishwasher with its door folded
-- down flat. The tub inside is steel, with the upper rack of upturned cups
-- and glasses on its side rails; the lower rack is pulled out onto the open
-- door, a wire basket with a row of dinner plates standing in it and a row
-- of side plates beside them. A black control strip with buttons runs
-- across the top of the front, the door has a handle bar along its edge and
-- a kick plate sits under it. Front faces +X; width runs along Z.

-- A wire basket: a bottom grid and a top rim joined by posts.
local function rack(x0, x1, z0, z1, yb, yt, r)
  local wires = {
    polyline({{x0, yb, z0}, {x1, yb, z0}, {x1, yb, z1}, {x0, yb, z1}, {x0, yb, z0}}, r),
    polyline({{x0, yt, z0}, {x1, yt, z0}, {x1, yt, z1}, {x0, yt, z1}, {x0, yt, z0}}, r),
  }
  local nx = math.max(2, math.floor((x1 - x0) / 110))
  for i = 0, nx do
    local x = x0 + (x1 - x0) * i / nx
    wires[#wires + 1] = capsule({x, yb, z0}, {x, yt, z0}, r)
    wires[#wires + 1] = capsule({x, yb, z1}, {x, yt, z1}, r)
    wires[#wires + 1] = capsule({x, yb, z0}, {x, yb, z1}, r * 0.85)
  end
  local nz = math.max(2, math.floor((z1 - z0) / 110))
  for i = 0, nz do
    local z = z0 + (z1 - z0) * i / nz
    wires[#wires + 1] = capsule({x0, yb, z}, {x0, yt, z}, r)
    wires[#wires + 1] = capsule({x1, yb, z}, {x1, yt, z}, r)
    wires[#wires + 1] = capsule({x0, yb, z}, {x1, yb, z}, r * 0.85)
  end
  return union(wires)
end

-- A plate standing on its edge, facing +X: a disc with a raised rim (kept
-- thick enough to survive meshing at this scale).
local function plate(R, t)
  local p = cylinder(R - t * 0.5, t, t * 0.45) + torus(R - t * 0.6, t * 0.6):move(0, t * 0.9, 0)
  return p:move(0, -t / 2, 0):rotz(-90)
end

return {
  id = "dishwasher",
  names = {"dishwasher", "dish washer", "dishwashing machine", "dish washing machine", "dishwasher machine",
           "kitchen dishwasher", "open dishwasher", "diswasher", "dishwaser", "dishwaher"},
  lvis = {"dishwasher"},
  family = "household",
  size_mm = 850,
  description = "A dishwasher with its door open and plates in the pulled-out rack",
  params = {plates = {5, 7.99}, tilt = {4, 9}},
  parts = {
    {"body", "steel", color = "#c9ccd1", role = "primary", names = {"body", "case", "casing", "cabinet", "front", "door", "outside"}},
    {"plates", "ceramic", color = "#f6f5f0", role = "secondary", names = {"plates", "plate", "dishes", "dish", "crockery", "cups", "cup", "mugs", "bowls"}},
    {"tub", "steel", color = "#aeb2b8", role = "detail", names = {"tub", "interior", "inside", "liner", "inner door"}},
    {"racks", "plastic", color = "#7e848e", role = "detail", names = {"racks", "rack", "basket", "baskets", "wire rack", "rails"}},
    {"panel", "plastic", color = "#1d1e22", role = "detail", names = {"panel", "control panel", "controls", "buttons", "handle", "kick plate", "display"}},
    {"glasses", "glass", color = "#dce8ee", role = "detail", names = {"glasses", "glass", "tumblers", "wine glasses"}},
    {"lights", "gloss", color = "#3ad06a", role = "detail", glows = true, names = {"lights", "light", "led", "leds"}},
  },
  points = {"top"},
  build = function(k)
    local D, W, H = 600, 600, 850
    local fx = D / 2
    local yf, yc = 96, 780                  -- the tub's floor and ceiling
    local zw = W / 2 - 26                   -- the tub's side walls
    local body = box(D, H, W, 10):move(0, H / 2, 0)
    body = subtract(body, box(D - 22, yc - yf, 2 * zw, 6):move(22, (yf + yc) / 2, 0))
    -- a thin steel lining on the tub's walls and a lip round the opening
    local tub = subtract(box(D - 36, yc - yf + 8, 2 * zw + 8, 4):move(14, (yf + yc) / 2, 0),
                         box(D - 20, yc - yf - 4, 2 * zw - 4, 4):move(24, (yf + yc) / 2, 0))
    -- the control strip across the top of the front, its buttons and lights
    local panel = box(16, 52, W - 30, 4):move(fx + 2, yc + 36, 0)
    local buttons = empty()
    for i = 0, 4 do
      buttons = buttons + cylinder(9, 10, 2):rotz(-90):move(fx + 6, yc + 36, 120 - i * 34)
    end
    local lights = box(6, 14, 90, 2):move(fx + 9, yc + 36, -140)
    -- the kick plate under the door
    local kick = box(10, 56, W - 40, 3):move(fx - 2, 30, 0)
    -- the door, hinged at its foot and folded down flat
    local dl = 560
    local door = box(dl, 54, W - 12, 8):move(fx - 4 + dl / 2, yf - 27, 0)
    local liner = box(dl - 60, 8, W - 90, 3):move(fx + 20 + (dl - 60) / 2, yf + 2, 0)
    local handle = capsule({fx + dl + 18, yf - 30, -W * 0.36}, {fx + dl + 18, yf - 30, W * 0.36}, 12)
      + capsule({fx + dl - 6, yf - 30, -W * 0.34}, {fx + dl + 18, yf - 30, -W * 0.34}, 9)
      + capsule({fx + dl - 6, yf - 30, W * 0.34}, {fx + dl + 18, yf - 30, W * 0.34}, 9)
    -- the lower rack pulled out onto the door
    local r = 8
    local rx0, rx1 = fx + 30, fx + dl - 40
    local rz = W / 2 - 60                   -- a wire runs under each row of plates
    local ryb = yf + 12
    local lower = rack(rx0, rx1, -rz, rz, ryb, ryb + 130, r)
    -- wheels under it, resting on the door's liner
    for _, x in ipairs({rx0 + 30, rx1 - 30}) do
      for _, s in ipairs({-1, 1}) do
        lower = lower + cylinder(16, 14, 2):move(0, -7, 0):rotx(90):move(x, ryb - 2, s * (rz - 12))
      end
    end
    -- dinner plates in a row, leaning back a little, and side plates
    local plates = empty()
    local n = math.floor(k.p.plates)
    local pr = 112
    for i = 0, n - 1 do
      local x = rx0 + 50 + i * ((rx1 - rx0 - 100) / math.max(n - 1, 1))
      plates = plates + plate(pr, 18):rotz(k.p.tilt):move(x, ryb + pr - 9, -rz / 2 + 12)
    end
    for i = 0, 3 do
      local x = rx0 + 80 + i * ((rx1 - rx0 - 160) / 3)
      plates = plates + plate(82, 17):rotz(k.p.tilt):move(x, ryb + 82 - 9, rz / 2 + 10)
    end
    -- the upper rack on rails inside, with upturned cups and glasses
    local uy = 470
    local upper = rack(-fx + 50, fx - 40, -zw + 20, zw - 20, uy, uy + 80, r)
    local rails = box(D - 80, 14, 20, 3):move(0, uy + 4, zw - 10) + box(D - 80, 14, 20, 3):move(0, uy + 4, -zw + 10)
    local cups, glasses = empty(), empty()
    for i = 0, 2 do
      local x = fx - 110 - i * 130
      cups = cups + cylinder(42, 92, 8):move(x, uy - 4, -140) + torus(24, 10):rotx(90):move(x, uy + 46, -140 - 44)
      glasses = glasses + lathe({{0, 0}, {40, 0}, {40, 6}, {8, 14}, {7, 70}, {34, 90}, {36, 150}, {30, 150}, {28, 96}, {0, 84}})
        :flip("y"):move(x, uy + 146, 124)
    end
    k.attach("top", {0, H, 0}, W * 0.7)
    return union(body:part("body"), door:part("body"), tub:part("tub"), liner:part("tub"), (panel + kick + handle):part("panel"),
                 buttons:part("panel"), lights:part("lights"), (lower + upper + rails):part("racks"),
                 (plates + cups):part("plates"), glasses:part("glasses"))
  end,
}
