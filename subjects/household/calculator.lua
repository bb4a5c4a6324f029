-- A pocket calculator lying on a desk: a flat slab body, a little thicker
-- at the top end so its face slopes towards the user, a dark display window
-- in a raised bezel across the top with a small solar strip above it, and a
-- grid of raised keys, four columns by five rows: light number keys, a grey
-- top row and a column of orange operator keys down the right. The user
-- sits at +X.
return {
  id = "calculator",
  names = {"calculator", "pocket calculator", "desk calculator", "scientific calculator", "electronic calculator",
           "handheld calculator", "school calculator", "calculater", "calculatr"},
  lvis = {"calculator"},
  family = "household",
  size_mm = 22,
  description = "A pocket calculator with a display and a grid of keys",
  params = {len = {148, 160}, wid = {84, 90}},
  parts = {
    {"body", "plastic", color = "#2c2e33", role = "primary", names = {"body", "case", "shell", "casing"}},
    {"keys", "plastic", color = "#e4e2dc", role = "secondary", names = {"keys", "buttons", "keypad", "number keys"}},
    {"operators", "plastic", color = "#f0861e", role = "detail", names = {"operator keys", "operators",
                                                                          "orange keys", "function keys"}},
    {"top_keys", "plastic", color = "#9a9ca2", role = "detail", names = {"top keys", "grey keys", "clear key"}},
    {"display", "gloss", color = "#1e2622", role = "detail", names = {"display", "screen", "lcd", "window"}},
    {"digits", "paint", color = "#8fa890", role = "fixed", names = {"digits", "numbers", "readout"}},
    {"solar", "gloss", color = "#3a2a24", role = "fixed", names = {"solar panel", "solar cell"}},
  },
  points = {"top"},
  build = function(k)
    local L, W = k.p.len, k.p.wid
    local h0, h1 = 10, 17                   -- thickness at the key end and the display end
    -- side profile (x along the length, +X towards the user), extruded across Z
    local r = 3.5
    local body = extrude({{-L / 2 + r, r}, {L / 2 - r, r}, {L / 2 - r, h0 - r}, {-L / 2 + r, h1 - r}}, W - 2 * r, r)
    local a = math.deg(math.atan(h1 - h0, L))
    local hm = (h0 + h1) / 2
    -- everything on the face is laid out flat (face at y = 0) then tilted onto it
    local function onface(s) return s:rotz(-a):move(0, hm - 0.6, 0) end

    -- display: a raised dark bezel with a recessed window and a few digits
    local dx0, dx1 = -L / 2 + 14, -L / 2 + 46
    local dw = W - 16
    local bez = box(dx1 - dx0, 3, dw, 2):move((dx0 + dx1) / 2, 1.2, 0)
    local win = box(dx1 - dx0 - 7, 3, dw - 8, 1):move((dx0 + dx1) / 2, 2.6, 0)
    bez = bez - win
    local glass = box(dx1 - dx0 - 7, 1.6, dw - 8, 0.6):move((dx0 + dx1) / 2, 1.4, 0)
    -- digits: three chunky 7-segment "8"-like blocks at the right end of the window
    local digits = empty()
    local dxc = (dx0 + dx1) / 2
    for i = 0, 2 do
      local z = -dw / 2 + 12 + i * 10
      local seg = box(14, 1.2, 2.2):move(dxc, 0, z - 3) + box(14, 1.2, 2.2):move(dxc, 0, z + 3)
        + box(2.2, 1.2, 8):move(dxc - 6, 0, z) + box(2.2, 1.2, 8):move(dxc, 0, z) + box(2.2, 1.2, 8):move(dxc + 6, 0, z)
      digits = digits + seg
    end
    digits = digits:move(0, 2.1, 0)
    -- a small solar strip above the display
    local solar = box(7, 1.6, W * 0.42, 0.6):move(-L / 2 + 7.5, 0.4, -W * 0.2)

    -- keys: 4 columns by 5 rows
    local kx0, kx1 = dx1 + 10, L / 2 - 10
    local rows, cols = 5, 4
    local px = (kx1 - kx0) / rows
    local pz = (W - 12) / cols
    local kw, kd = px * 0.72, pz * 0.74
    local nums, ops, tops = {}, {}, {}
    for r = 0, rows - 1 do
      for c = 0, cols - 1 do
        local x = kx0 + px * (r + 0.5)
        local z = (W - 12) / 2 - pz * (c + 0.5)     -- c = 0 on the left (+Z), 3 on the right (-Z)
        local key = box(kw, 5, kd, 2.2):move(x, 1.4, z)
        if c == cols - 1 then ops[#ops + 1] = key
        elseif r == 0 then tops[#tops + 1] = key
        else nums[#nums + 1] = key end
      end
    end
    local face = union(bez:part("display"), glass:part("display"), digits:part("digits"), solar:part("solar"),
                       union(nums):part("keys"), union(ops):part("operators"), union(tops):part("top_keys"))
    k.attach("top", {0, h1 + 4, 0}, W * 0.8)
    return union(body:part("body"), onface(face)):roty(-28)
  end,
}
