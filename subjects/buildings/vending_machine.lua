-- A vending machine: a tall red cabinet with a big glass window showing
-- shelves of coloured cans, bottles and snacks, a control panel beside it
-- (lit display, button grid, coin and note slots, coin return) and a
-- pickup flap along the bottom. Front faces +X.
return {
  id = "vending_machine",
  names = {"vending machine", "soda machine", "snack machine", "drinks machine", "coke machine", "drink machine",
           "pop machine", "soda vending machine", "snack vending machine", "candy machine", "vendor machine",
           "vending maching", "beverage machine", "cola machine", "drinks vending machine", "coin operated machine",
           "vendingmachine", "automat"},
  lvis = {"vending_machine"},
  family = "buildings",
  size_mm = 1830,
  description = "A vending machine with a glass front full of drinks and snacks",
  params = {},
  parts = {
    {"body", "paint", color = "#c4161c", role = "primary", names = {"body", "cabinet", "case", "machine", "sides"}},
    {"panel", "plastic", color = "#26282c", role = "secondary", names = {"panel", "control panel", "flap", "trim", "base"}},
    {"glass", "glass", color = "#dcecf4", role = "detail", names = {"glass", "window", "front", "glass front"}},
    {"interior", "plastic", color = "#eef0f2", role = "detail", glows = true, names = {"interior", "inside", "back", "light"}},
    {"shelves", "steel", color = "#b4b8be", role = "detail", names = {"shelves", "shelf", "spirals", "coils", "racks"}},
    {"items", "plastic", color = "#2a6ad8", role = "detail",
     names = {"items", "bottles", "drinks", "snacks", "products", "sodas", "goods"}},
    {"cans", "steel", color = "#d8262a", role = "detail", names = {"cans", "soda cans", "tins"}},
    {"bags", "plastic", color = "#f2c21c", role = "detail", names = {"bags", "chips", "crisps", "snack bags", "packets"}},
    {"green_bottles", "plastic", color = "#2fa84a", role = "fixed"},
    {"bars", "plastic", color = "#f07a1c", role = "fixed"},
    {"buttons", "plastic", color = "#e6e8ea", role = "detail", names = {"buttons", "keypad", "keys", "coin slot", "slot"}},
    {"display", "gloss", color = "#36d06a", role = "detail", glows = true, names = {"display", "screen"}},
  },
  points = {"top"},
  build = function(k)
    local W, D, H = 900, 780, 1830
    local fx = D / 2
    local plinth = box(D - 40, 70, W - 40, 6):move(-10, 35, 0)
    local body = box(D, H - 60, W, 22):move(0, 60 + (H - 60) / 2, 0)
    -- the window: left of the control panel, above the pickup flap
    local z0, z1 = -W / 2 + 265, W / 2 - 45
    local y0, y1 = 430, H - 110
    local wz, wh = z1 - z0, y1 - y0
    local zc, yc = (z0 + z1) / 2, (y0 + y1) / 2
    local cx0 = fx - 360
    local cavity = box(fx + 20 - cx0, wh, wz):move((cx0 + fx + 20) / 2, yc, zc)
    -- pickup bay along the bottom
    local bay = box(120, 170, W - 150):move(fx, 230, 0)
    body = subtract(body, cavity, bay)
    -- (short of the window's far side by a slot, so the shelves' bays are
    -- not sealed hollows)
    local glass = box(26, wh + 24, wz - 28):move(fx - 14, yc, zc - 26)
    local back = box(8, wh + 10, wz + 10):move(cx0 + 2, yc, zc)
    local flap = box(24, 150, W - 160, 3):rotz(-6):move(fx - 50, 230, 0)
    -- shelves with a price lip, and the goods standing on them
    local rows = 5
    local rh = wh / rows
    local shelves, goods = {}, {items = {}, cans = {}, bags = {}, green_bottles = {}, bars = {}}
    local kinds = {"cans", "items", "bags", "green_bottles", "bars"}
    local n = 6
    local pitch = wz / n
    local ix = fx - 120
    for r = 0, rows - 1 do
      local sy = y0 + r * rh
      shelves[#shelves + 1] = box(fx - 14 - cx0 + 40, 14, wz + 50):move((cx0 - 40 + fx - 14) / 2, sy + 7, zc)
      shelves[#shelves + 1] = box(12, 32, wz + 50):move(fx - 30, sy + 16, zc)
      local kind = kinds[rows - r]
      local top = sy + 12
      local item
      if kind == "cans" then
        item = cylinder(33, 122, 4) + cylinder(28, 8, 2):move(0, 120, 0)
      elseif kind == "items" or kind == "green_bottles" then
        item = cylinder(34, 122, 5) + cone(33, 14, 58):move(0, 116, 0) + cylinder(14, 28):move(0, 168, 0) + cylinder(16, 14, 3):move(0, 192, 0)
      elseif kind == "bags" then
        item = box(36, 170, pitch * 0.78, 14):stretch(1, 1, 1):move(0, 85, 0)
      else
        item = box(34, 130, pitch * 0.72, 4):move(0, 65, 0)
      end
      for i = 0, n - 1 do
        local z = z0 + pitch * (i + 0.5)
        goods[kind][#goods[kind] + 1] = item:move(ix, top - 6, z)
      end
    end
    -- the control panel to the right of the window
    local pz = -W / 2 + 132
    local panel = box(14, 1150, 190, 8):move(fx + 4, 1090, pz)
    local display = box(8, 70, 150, 4):move(fx + 12, 1570, pz)
    local buttons = {}
    for r = 0, 4 do
      for c = 0, 2 do
        buttons[#buttons + 1] = box(10, 34, 40, 5):move(fx + 12, 1460 - r * 52, pz - 52 + c * 52)
      end
    end
    local coin = box(10, 70, 50, 6):move(fx + 12, 1140, pz + 40) - box(30, 40, 8):move(fx + 16, 1140, pz + 40)
    local note = box(10, 36, 120, 6):move(fx + 12, 1040, pz) - box(30, 8, 90):move(fx + 16, 1040, pz)
    local cup = box(14, 80, 90, 8):move(fx + 12, 900, pz) - box(30, 54, 64, 6):move(fx + 18, 896, pz)
    local shape = body:part("body") + (plinth + flap + panel):part("panel") + glass:part("glass") + back:part("interior") +
                  union(shelves):part("shelves") + (union(buttons) + coin + note + cup):part("buttons") + display:part("display")
    for _, kind in ipairs(kinds) do
      shape = shape + union(goods[kind]):part(kind)
    end
    k.attach("top", {0, H, 0}, W * 0.8)
    return shape
  end,
}
