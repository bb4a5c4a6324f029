-- A TV remote control lying on a table: a long slab with rounded edges,
-- slightly wider at the pointing end (+X), where a dark glossy
-- infrared window is set in the nose. On its face, from the nose down: a red
-- round power button with two small buttons beside it, a silver navigation
-- ring round an OK button flanked by volume and channel rockers, then a grid
-- of round number buttons, three by four, and a row of coloured buttons.

-- A rounded rectangle w x h centred on the origin, as {x, y} points, its
-- width tapering from w at -x to w * taper at +x.
local function slab(w, h, r, taper, n)
  local pts = {}
  n = n or 5
  local cs = {{w / 2 - r, h / 2 - r, 0}, {-w / 2 + r, h / 2 - r, 90}, {-w / 2 + r, -h / 2 + r, 180}, {w / 2 - r, -h / 2 + r, 270}}
  for _, c in ipairs(cs) do
    for i = 0, n do
      local a = math.rad(c[3] + 90 * i / n)
      local x = c[1] + r * math.cos(a)
      local y = c[2] + r * math.sin(a)
      local f = 1 + (taper - 1) * (x + w / 2) / w
      pts[#pts + 1] = {x, y * f}
    end
  end
  return pts
end

return {
  id = "remote_control",
  names = {"remote control", "remote", "tv remote", "clicker", "television remote", "tv remote control",
           "remote controller", "channel changer", "zapper", "tv controller", "remote contol", "remot control",
           "infrared remote", "universal remote"},
  lvis = {"remote_control"},
  family = "household",
  size_mm = 22,
  description = "A TV remote control with a red power button and a grid of round buttons",
  params = {turn = {-34, -24}},
  parts = {
    {"body", "plastic", color = "#222327", role = "primary", names = {"body", "case", "casing", "shell", "housing"}},
    {"buttons", "rubber", color = "#8c9096", role = "secondary",
     names = {"buttons", "button", "keys", "keypad", "number buttons", "number keys"}},
    {"power", "rubber", color = "#d8262a", role = "detail", names = {"power button", "red button", "power", "on button"}},
    {"ring", "plastic", color = "#c3c7cd", role = "detail",
     names = {"ring", "d pad", "dpad", "d-pad", "arrow keys", "navigation ring", "ok button", "trim"}},
    {"colours", "rubber", color = "#3c9a4a", role = "fixed"},
    {"colours_b", "rubber", color = "#d8b02a", role = "fixed"},
    {"colours_c", "rubber", color = "#2f6fc8", role = "fixed"},
    {"window", "gloss", color = "#34121a", role = "detail", names = {"window", "ir window", "sensor", "infrared window", "nose"}},
  },
  points = {"top"},
  build = function(k)
    local L, W, T = 196, 50, 20
    local bv = 6
    -- Plan outline extruded to thickness, then laid flat: length along X,
    -- width along Z, standing on y = 0.
    local body = extrude(slab(L - 2 * bv, W - 2 * bv, 9, 1.06, 5), T, bv):rotx(90):move(0, T / 2, 0)
    local function ty(x) return T end   -- the face height along the remote
    local function btn(r, x, z, h)
      h = h or 3.2
      return cylinder(r, h + 1, math.min(r * 0.4, 1.4)):move(x, ty(x) - 1, z)
    end
    -- The infrared window set in the nose.
    local window = box(6, T - 7, W * 1.06 - 16, 2):move(L / 2 - 1.6, T / 2, 0)
    -- Power at the nose end, two small buttons beside it.
    local x = L / 2 - 24
    local power = btn(6.2, x, 12)
    local buttons = {btn(4, x, -4), btn(4, x, -15)}
    -- The navigation ring with an OK button, rockers either side.
    local nx = L / 2 - 62
    local ring = subtract(cylinder(15, 3.6, 1.2), cylinder(10, 10):move(0, -2, 0)):move(nx, ty(nx) - 1, 0)
      + btn(7.5, nx, 0, 3)
    buttons[#buttons + 1] = box(30, 4.4, 7, 3):move(nx, ty(nx) + 0.8, 18.5)
    buttons[#buttons + 1] = box(30, 4.4, 7, 3):move(nx, ty(nx) + 0.8, -18.5)
    -- The number grid.
    for r = 0, 3 do
      for c = -1, 1 do
        local bx = nx - 32 - r * 14
        buttons[#buttons + 1] = btn(4.6, bx, c * 13)
      end
    end
    -- A row of four coloured buttons at the bottom of the grid.
    local cx = nx - 32 - 4 * 14 - 2
    local cols = {btn(3.8, cx, -16.5), btn(3.8, cx, -5.5), btn(3.8, cx, 5.5), btn(3.8, cx, 16.5)}
    k.attach("top", {0, T, 0}, W * 0.8)
    local shape = union(body:part("body"), window:part("window"), power:part("power"), union(buttons):part("buttons"),
                        ring:part("ring"), cols[1]:part("power"), cols[2]:part("colours"), cols[3]:part("colours_b"),
                        cols[4]:part("colours_c"))
    return shape:roty(k.p.turn)
  end,
}
