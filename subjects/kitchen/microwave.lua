-- A microwave oven: a boxy appliance with a dark glass door window and a
-- handle on the left of the front, a control panel with a display and
-- buttons on the right. Front faces +X.
return {
  id = "microwave",
  names = {"microwave", "microwave oven", "microwve", "countertop microwave", "mikrowave", "toaster oven", "countertop oven",
           "mini oven", "convection oven"},
  lvis = {"microwave_oven"},
  family = "kitchen",
  size_mm = 290,
  description = "A microwave oven with a window door and a control panel",
  params = {w = {460, 520}},
  parts = {
    {"body", "plastic", color = "#e8e8e6", role = "primary", names = {"body", "case", "casing"}},
    {"window", "gloss", color = "#1e2226", role = "secondary", names = {"window", "door", "glass"}},
    {"panel", "plastic", color = "#2a2c30", role = "detail", names = {"panel", "controls", "buttons", "display"}},
    {"display", "candy", color = "#3adc6a", role = "fixed", names = {"screen", "numbers"}},
  },
  points = {"top"},
  build = function(k)
    local W, H, D = k.p.w, 290, 380
    local body = box(D, H, W, 12):move(0, H / 2 + 8, 0)
    local feet = {}
    for _, sx in ipairs({-1, 1}) do for _, sz in ipairs({-1, 1}) do feet[#feet + 1] = cylinder(14, 10):move(sx * (D / 2 - 40), 0, sz * (W / 2 - 40)) end end
    local fx = D / 2
    local door_w = W * 0.72
    local door_z = -W / 2 + door_w / 2 + 10
    local window = box(8, H * 0.62, door_w * 0.7, 3):move(fx + 6, H / 2 + 8, door_z - door_w * 0.05)
    local door = box(8, H - 30, door_w, 6):move(fx + 1, H / 2 + 8, door_z)
    local handle = box(22, H * 0.6, 20, 6):move(fx + 10, H / 2 + 8, door_z + door_w / 2 - 25)
    local pz = W / 2 - (W - door_w - 20) / 2 - 5
    local panel = box(6, H - 40, W - door_w - 40, 4):move(fx + 2, H / 2 + 8, pz)
    local display = box(4, 30, 70, 2):move(fx + 5, H - 40, pz)
    local buttons = {}
    for r = 0, 3 do for c = -1, 1 do buttons[#buttons + 1] = box(6, 18, 22, 3):move(fx + 5, H - 100 - r * 32, pz + c * 30) end end
    buttons[#buttons + 1] = cylinder(22, 10):rotz(-90):move(fx + 4, 60, pz)
    k.attach("top", {0, H + 8, 0}, math.min(W, D) * 0.7)
    return (body + union(feet) + door + handle):part("body") + window:part("window") + (panel + union(buttons)):part("panel") + display:part("display")
  end,
}
