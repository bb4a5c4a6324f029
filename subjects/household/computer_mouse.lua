-- A computer mouse lying on the desk, its nose towards +X: a smooth oval
-- dome, highest behind the middle where the palm rests, a light top shell
-- over a dark grip skirt, two buttons on the front half split by seams with
-- a rubber scroll wheel between them, and a short cable stub leaving the
-- nose. The wireless mouse has no cable; the gaming mouse is larger and
-- black, with thumb buttons on its left side, a light strip round its back
-- and a logo on the palm, both glowing when asked.
return {
  id = "computer_mouse",
  names = {"computer mouse", "pc mouse", "optical mouse", "usb mouse", "wired mouse", "mouse device",
           "laptop mouse", "office mouse", "mouse for computer", "computer mice"},
  lvis = {"mouse_(computer_equipment)"},
  family = "household",
  size_mm = 38,
  description = "A computer mouse with two buttons, a scroll wheel and a cable",
  params = {cable = {-12, 12}},
  parts = {
    {"shell", "plastic", color = "#e4e5e8", role = "primary",
     names = {"body", "shell", "top", "case", "casing", "buttons", "button", "palm rest"}},
    {"sides", "plastic", color = "#2e3035", role = "secondary", names = {"sides", "side", "grip", "grips", "base", "skirt", "bottom"}},
    {"wheel", "rubber", color = "#45484e", role = "detail", names = {"wheel", "scroll wheel", "scrollwheel"}},
    {"cable", "rubber", color = "#2a2a2c", role = "detail", names = {"cable", "cord", "wire", "lead"}},
    {"lights", "gloss", color = "#25d4ff", role = "detail", glows = true,
     names = {"lights", "light", "led", "leds", "rgb", "light strip", "logo", "accent"}},
  },
  variants = {
    wireless = {names = {"wireless mouse", "cordless mouse", "bluetooth mouse", "wireless computer mouse"}},
    gaming = {names = {"gaming mouse", "gamer mouse", "rgb mouse", "gaming computer mouse"},
              colors = {shell = "#1b1c1f", sides = "#2c2e33", wheel = "#2a2b2e"}},
  },
  points = {"top"},
  build = function(k)
    local gaming = k.variant == "gaming"
    local L, W, H = 116, 64, 38
    if gaming then L, W, H = 126, 68, 40 end
    -- The shell: a low oval dome and a higher hump behind the middle where
    -- the palm rests, blended, flat underneath.
    local hump = -L * 0.1
    local shell = smooth(12, ellipsoid(L * 0.5, H * 0.72, W * 0.5):move(0, H * 0.05, 0),
                         ellipsoid(L * 0.38, H, W * 0.42):move(hump, 0, 0))
    shell = subtract(shell, box(L * 2, H, W * 2):move(0, -H / 2, 0))
    -- The top shell (the buttons and the palm) and a darker grip skirt
    -- round the sides; the gaming mouse's light strip is a band round its
    -- back and its logo a disc on the palm.
    local bx0 = L * 0.02
    local rt = box(L * 2, H * 2, W * 2):move(0, H * 0.34 + H, 0)
    local rl = empty()
    if gaming then
      rl = box(L * 0.6, H * 0.12, W * 2):move(-L * 0.5, H * 0.22, 0) + cylinder(8, H):move(-L * 0.22, H * 0.5, 0)
    end
    local top = subtract(intersect(shell, rt), rl)
    local lights = intersect(shell, rl)
    local sides = subtract(shell, rt, rl)
    -- Seams: one down the middle between the two buttons, one across behind
    -- them; a slot for the wheel.
    local grooves = box(L * 0.6, H, 3.4):move(bx0 + L * 0.3, H * 0.85, 0) + box(3.4, H * 0.9, W * 0.8):move(bx0, H * 1.05, 0)
      + box(26, H, 11, 2):move(L * 0.2, H * 1.05, 0)
    top = subtract(top, grooves)
    -- The scroll wheel in its slot between the buttons.
    local wheel = cylinder(10, 8, 1.5):rotx(90):move(L * 0.2, H * 0.58, 4)
    local shape = union(top:part("shell"), sides:part("sides"), wheel:part("wheel"), lights:part("lights"))
    if gaming then
      -- Thumb buttons on the left side.
      local side = box(18, 7, 6, 2.5):move(L * 0.14, H * 0.5, -W * 0.47) + box(18, 7, 6, 2.5):move(-L * 0.04, H * 0.5, -W * 0.48)
      shape = union(shape, side:part("shell"))
    end
    if k.variant == "" then
      -- A short cable stub from the nose, curling away on the desk.
      local c = k.p.cable
      local x1 = L / 2
      local cable = tube({{x1 - 6, H * 0.26, 0}, {x1 + 10, H * 0.2, 0}, {x1 + 26, 3.6, c * 0.4}, {x1 + 48, 3.4, c * 1.2 + 8}}, 3.4)
      shape = shape + cable:part("cable")
    end
    k.attach("top", {hump, H, 0}, W * 0.6)
    return shape:roty(40)
  end,
}
