-- A computer keyboard lying on the desk, its front edge (the space bar)
-- towards +X: a low tray sloping up towards the back, full of raised square
-- keys: a function row, the main block of letters with its wide space bar,
-- the arrow and editing cluster, and a number pad on the right, with three
-- small status lights over the number pad and a short cable leaving the
-- back. Built with the number pad at +Z, then mirrored so it is on the
-- right of the user at +X. The compact variant has no number pad; the
-- wireless one is white with no cable; the gaming one is black with a
-- glowing light strip round the tray.
local U = 19 -- key pitch (mm)

-- A row of keys along Z: `spec` a list of widths in key units, a gap as a
-- negative width. Runs of 1u keys become one array. Returns the row of
-- keys (and the space bar separately when a key is 5u or wider).
local function row(spec, x, z0, cap, kh)
  local keys, space = {}, empty()
  local z = z0
  local run, run_z = 0, 0
  local function flush()
    if run > 0 then
      keys[#keys + 1] = array(box(cap, kh, cap, 2.2), run, 0, 0, U):move(x, 0, run_z + U / 2)
      run = 0
    end
  end
  for _, w in ipairs(spec) do
    if w < 0 then
      flush()
      z = z + -w * U
    elseif w == 1 then
      if run == 0 then run_z = z end
      run = run + 1
      z = z + U
    else
      flush()
      local k = box(cap, kh, w * U - (U - cap), 2.2):move(x, 0, z + w * U / 2)
      if w >= 5 then space = space + k else keys[#keys + 1] = k end
      z = z + w * U
    end
  end
  flush()
  return union(keys), space
end

return {
  id = "keyboard",
  names = {"keyboard", "computer keyboard", "pc keyboard", "typing keyboard", "qwerty keyboard", "usb keyboard",
           "wired keyboard", "office keyboard", "desktop keyboard", "mechanical keyboard", "keybord", "key board",
           "keyboad", "computer key board"},
  lvis = {"computer_keyboard"},
  family = "household",
  size_mm = 32,
  description = "A computer keyboard: a low sloping tray of square keys with a space bar and a number pad",
  params = {cable = {-14, 14}},
  parts = {
    {"case", "plastic", color = "#4a4d53", role = "primary", names = {"case", "body", "tray", "frame", "casing", "base"}},
    {"keys", "plastic", color = "#1f2023", role = "secondary", names = {"keys", "key", "keycaps", "keycap", "buttons"}},
    {"space", "plastic", color = "#1f2023", role = "detail", names = {"space bar", "spacebar", "space key"}},
    {"cable", "rubber", color = "#202022", role = "detail", names = {"cable", "cord", "wire", "lead"}},
    {"lights", "gloss", color = "#3ad06a", role = "detail", glows = true,
     names = {"lights", "light", "leds", "led", "status lights", "rgb", "light strip", "backlight"}},
  },
  variants = {
    compact = {names = {"compact keyboard", "tenkeyless keyboard", "tkl keyboard", "laptop style keyboard",
                        "small keyboard", "mini keyboard"}},
    wireless = {names = {"wireless keyboard", "bluetooth keyboard", "cordless keyboard"},
                colors = {case = "#e6e7ea", keys = "#f6f6f7", space = "#f6f6f7"}},
    gaming = {names = {"gaming keyboard", "gamer keyboard", "rgb keyboard", "backlit keyboard"},
              colors = {case = "#141517", keys = "#1c1d20", space = "#1c1d20", lights = "#ff3ad0"}},
  },
  points = {"top"},
  build = function(k)
    local v = k.variant
    local pad = v ~= "compact"
    local gaming = v == "gaming"
    -- Key columns: 15 units of main block, a gap, 3 of the editing
    -- cluster, a gap, 4 of the number pad.
    local cols = 15 + 0.5 + 3 + (pad and 4.5 or 0)
    local W = cols * U + 22
    local D = 6.5 * U + 22
    local h0, h1 = 15, 25
    local cap, kh = U - 4, 9
    -- The tray: a bevelled wedge, low at the front (+X), and a raised lip
    -- round the key well.
    local bv = 3
    local tray = extrude({{D / 2 - bv, 0}, {D / 2 - bv, h0}, {-D / 2 + bv, h1}, {-D / 2 + bv, 0}}, W - 2 * bv, bv)
    local a = math.deg(math.atan(h1 - h0, D))
    -- Rows from the back (function row, x most negative) to the front.
    local z0 = -W / 2 + 11
    local x0 = -D / 2 + 11 + U / 2
    local function rx(r) return x0 + (r == 0 and 0 or (r + 0.5) * U) end
    local keys, space = {}, empty()
    local function add(spec, r, zs)
      local kk, sp = row(spec, rx(r), zs or z0, cap, kh)
      keys[#keys + 1] = kk
      space = space + sp
    end
    add({1, -1, 1, 1, 1, 1, -0.5, 1, 1, 1, 1, -0.5, 1, 1, 1, 1}, 0)
    add({1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2}, 1)
    add({1.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.5}, 2)
    add({1.75, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2.25}, 3)
    add({2.25, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2.75}, 4)
    add({1.25, 1.25, 1.25, 6.25, 1.25, 1.25, 1.25, 1.25}, 5)
    -- The editing cluster: two rows of three over the arrow keys.
    local ze = z0 + 15.5 * U
    add({1, 1, 1}, 0, ze)
    add({1, 1, 1}, 1, ze)
    add({1, 1, 1}, 2, ze)
    add({-1, 1}, 4, ze)
    add({1, 1, 1}, 5, ze)
    local lights = empty()
    if pad then
      local zp = ze + 3.5 * U
      add({1, 1, 1, 1}, 1, zp)
      add({1, 1, 1}, 2, zp)
      add({1, 1, 1}, 3, zp)
      add({1, 1, 1}, 4, zp)
      add({2, 1}, 5, zp)
      -- the tall plus and enter keys
      local tall = box(2 * U - (U - cap), kh, cap, 2.2)
      keys[#keys + 1] = tall:move(rx(2) + U / 2, 0, zp + 3.5 * U) + tall:move(rx(4) + U / 2, 0, zp + 3.5 * U)
      -- three status lights over the number pad
      for i = 0, 2 do
        lights = lights + cylinder(2.6, kh):move(rx(0), -kh / 2, zp + (i + 0.7) * U * 1.1)
      end
    else
      lights = cylinder(2.6, kh):move(rx(0), -kh / 2, ze + 2.5 * U)
    end
    -- Keys on the sloping top, sunk a little into it.
    local tilt = function(s) return s:rotz(-a):move(0, (h0 + h1) / 2 + kh * 0.15, 0) end
    local keyset = tilt(union(keys))
    space = tilt(space)
    lights = tilt(lights)
    local case = tray
    if gaming then
      -- a light strip round the tray's foot
      local strip = subtract(box(D + 1, 4, W + 1, 2), box(D - 10, 10, W - 10)):move(0, 5, 0)
      lights = lights + intersect(strip, tray:round(1))
      case = subtract(tray, strip)
    end
    -- The space bar is one of the keys unless the prompt names it.
    local shape = union(case:part("case"), keyset:part("keys"), space:part(k.asked.space and "space" or "keys"),
                        lights:part("lights"))
    if v == "" or gaming then
      -- A short cable from the middle of the back edge, curling on the desk.
      local c = k.p.cable
      local xb = -D / 2
      local cable = tube({{xb + 6, 10, 40}, {xb - 14, 8, 40}, {xb - 34, 3.6, 40 + c}, {xb - 58, 3.4, 40 + c * 2.4}}, 3.6)
      shape = shape + cable:part("cable")
    end
    k.attach("top", {0, h1 + kh, 0}, D)
    return shape:flip("z"):roty(-20)
  end,
}
