-- A handheld game console in the classic brick style, standing upright: a
-- grey slab with a big rounded bottom-right corner, a dark bezel across the
-- top holding a green screen and a little red power light, a black D-pad
-- cross on the left, two round purple A/B buttons set on a slant on the
-- right, two small start/select pills below the middle and a fan of speaker
-- slots at the bottom right. The modern handheld is a wide black tablet
-- with a big screen and a coloured controller clipped to each side (blue on
-- the left with a stick over four arrow buttons, red on the right with four
-- buttons over a stick), leaning on a kickstand. The player sits at +X.
return {
  id = "game_console",
  names = {"handheld console", "handheld game console", "game console", "handheld", "portable console",
           "portable game console", "gameboy style console", "game boy style console", "retro handheld",
           "retro game console", "handheld game", "handheld video game", "video game console", "handheld gaming console",
           "pocket console", "handheld console game", "hand held console", "handheld game system", "retro console"},
  lvis = {},
  family = "toys",
  size_mm = 148,
  description = "A classic brick-style handheld game console with a screen, a D-pad and A/B buttons",
  parts = {
    {"body", "plastic", color = "#bdbab4", role = "primary", names = {"body", "case", "shell", "casing", "console"}},
    {"buttons", "plastic", color = "#9a2656", role = "secondary",
     names = {"buttons", "a b buttons", "ab buttons", "action buttons", "face buttons", "a button", "b button"}},
    {"bezel", "plastic", color = "#5a5d6c", role = "detail", names = {"bezel", "screen frame", "frame", "screen border"}},
    {"screen", "gloss", color = "#8a9c3a", role = "detail", names = {"screen", "display", "lcd"}, glows = true},
    {"dpad", "plastic", color = "#1c1c1f", role = "detail",
     names = {"d-pad", "dpad", "d pad", "cross pad", "directional pad", "direction pad", "arrows", "sticks", "thumbsticks",
              "joysticks"}},
    {"controllers", "plastic", color = "#12a8d8", role = "detail",
     names = {"controllers", "left controller", "grips", "joy cons", "side controllers"}},
    {"right", "plastic", color = "#ee4434", role = "detail", names = {"right controller", "right grip"}},
    {"pills", "rubber", color = "#8c8e96", role = "detail", names = {"start button", "select button", "start and select"}},
    {"light", "gloss", color = "#e02020", role = "fixed", glows = true},
  },
  variants = {
    modern = {names = {"modern handheld", "modern handheld console", "modern game console", "hybrid console",
                       "switch style console", "handheld gaming pc", "gaming handheld", "modern console",
                       "hybrid game console"},
              size_mm = 112, colors = {body = "#26262a", screen = "#24344c", bezel = "#18181b", buttons = "#303034",
                                      dpad = "#2a2a2e"}},
  },
  points = {"top"},
  build = function(k)
    -- Front-view features are drawn in the XY plane ({u, y}, u to the
    -- player's right) with depth along Z, then turned to face +X.
    local function face(s, fx) return s:roty(90):move(fx, 0, 0) end

    if k.variant == "modern" then
      local TW, H, T = 172, 102, 14           -- the tablet
      local CW, CT = 36, 22                   -- each controller
      local tablet = box(TW, H, T, 4):move(0, H / 2, 0)
      local screen = box(TW - 20, H - 16, 4, 1.5):move(0, H / 2, T / 2 - 1)
      local left, right = empty(), empty()
      local sticks, btns = empty(), empty()
      for _, s in ipairs({-1, 1}) do
        -- a rounded slab clipped on the side, its outer corners well rounded
        local c = smooth(4, box(CW - 12, H, CT, 6):move(s * (TW / 2 + (CW - 12) / 2 - 2), H / 2, 0),
                         cylinder(16, CT, 6):rotx(90):move(s * (TW / 2 + CW - 18), H - 16, -CT / 2),
                         cylinder(16, CT, 6):rotx(90):move(s * (TW / 2 + CW - 18), 16, -CT / 2))
        local ux = s * (TW / 2 + CW / 2 - 1)
        local top_y, low_y = H - 30, 36
        -- a stick: a dark ring, a stem and a round cap
        local stick_y = s < 0 and top_y or low_y
        local pad_y = s < 0 and low_y or top_y
        sticks = sticks + cylinder(10, 6, 2):rotx(90):move(ux, stick_y, CT / 2 - 2)
          + cylinder(9, 5, 2.5):rotx(90):move(ux, stick_y, CT / 2 + 3)
        -- four round buttons in a diamond
        for i = 0, 3 do
          local a = math.pi / 2 * i
          btns = btns + cylinder(4.2, 5, 1.5):rotx(90):move(ux + 9 * math.cos(a), pad_y + 9 * math.sin(a), CT / 2 - 2)
        end
        if s < 0 then left = c else right = c end
      end
      -- a kickstand at the back
      local stand = box(60, 50, 4, 2):rotx(22):move(0, 24, -T / 2 - 8)
      local shape = union((tablet + stand):part("body"), screen:part("screen"), left:part("controllers"), right:part("right"),
                          sticks:part("dpad"), btns:part("buttons"))
      shape = shape:rotx(-8):move(0, 2, 0)
      k.attach("top", {0, H, 0}, TW * 0.5)
      -- turn to face +X
      return shape:roty(90):roty(-24)
    end

    -- The classic brick.
    local W, H, T = 90, 148, 32
    local r = 6
    -- front outline: a rectangle with a big round bottom-right corner
    local out = {{-W / 2 + r, r}}
    local R = 26
    for i = 0, 8 do
      local a = -math.pi / 2 + (math.pi / 2) * i / 8
      out[#out + 1] = {W / 2 - R + (R - r) * math.cos(a), R + (R - r) * math.sin(a)}
    end
    out[#out + 1] = {W / 2 - r, H - r}
    out[#out + 1] = {-W / 2 + r, H - r}
    local body = extrude(out, T, r)
    local fz = T / 2
    -- the bezel and screen
    local bezel = box(W - 14, 60, 4, 6):move(0, H - 42, fz)
    local screen = box(46, 42, 4, 1):move(2, H - 42, fz + 1.2)
    local light = sphere(2.6):move(-W / 2 + 13, H - 36, fz + 1.8)
    -- a line across above the bezel
    body = subtract(body, box(W - 10, 1.6, 3):move(0, H - 6, fz))
    -- the D-pad cross in a shallow round well
    local dx, dy = -22, 56
    body = subtract(body, cylinder(17, 4):rotx(90):move(dx, dy, fz - 1.2))
    local dpad = box(28, 9, 8, 1.6):move(dx, dy, fz) + box(9, 28, 8, 1.6):move(dx, dy, fz)
    -- A and B, set on a slant
    local btns = cylinder(7, 8, 2):rotx(90):move(17, 50, fz - 4) + cylinder(7, 8, 2):rotx(90):move(33, 58, fz - 4)
    -- start and select pills
    local pills = empty()
    for _, u in ipairs({-8, 9}) do
      pills = pills + capsule({-5, 0, 0}, {5, 0, 0}, 2.6):rotz(28):move(u, 27, fz + 0.6)
    end
    -- speaker slots at the bottom right, slanted
    local slots = empty()
    for i = 0, 5 do
      slots = slots + box(2.4, 22, 6, 1.1):rotz(-28 + 0):move(18 + i * 5, 18 + i * 1.2, fz)
    end
    body = subtract(body, slots)
    local shape = union(body:part("body"), bezel:part("bezel"), screen:part("screen"), light:part("light"),
                        dpad:part("dpad"), btns:part("buttons"), pills:part("pills"))
    k.attach("top", {0, H, 0}, W * 0.6)
    return shape:roty(90):roty(-24)
  end,
}
