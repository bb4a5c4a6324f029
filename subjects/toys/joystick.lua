-- A joystick on a desk, the player sitting at +X. The default is an arcade
-- stick: a wedge-shaped box whose top panel slopes down towards the player,
-- a thin shaft rising through a dust washer on the left to a red ball top,
-- six round buttons in two arched rows on the right, and a cable out of the
-- back. The flight stick stands on a heavy rounded base with a rubber boot:
-- a tall contoured grip leaning away from the player, finger ridges and a
-- trigger on its far side, a hat switch and a thumb button on its head, a
-- few buttons and a throttle lever on the base.
local function arcade(k)
  local W, D = 270, 180                       -- width (Z) and depth (X)
  local hb, hf = 72, 48                       -- height at the back and at the front
  local slope = math.deg(math.atan(hb - hf, D))
  local function top_y(x) return (hb + hf) / 2 - x * (hb - hf) / D end
  -- (the bevel rounds the outline outwards: drawn 12 mm in)
  local base = extrude({{-D / 2 + 12, 12}, {D / 2 - 12, 12}, {D / 2 - 12, hf - 12}, {-D / 2 + 12, hb - 12}}, W - 24, 12)
  -- the top panel: a plate set a little proud of the sloping top
  local panel = box(D - 18, 8, W - 18, 3):rotz(-slope):move(0, top_y(0) + 1, 0)
  local function on_top(x, z, lift)
    return x, top_y(x) + 5 + (lift or 0), z
  end
  -- the stick on the player's left (+Z)
  local sx, sz = -14, 66
  local px, py, pz = on_top(sx, sz)
  local washer = cylinder(24, 4, 1.5):rotz(-slope):move(px, py - 1, pz)
  local L = k.p.len
  local tip = {px + math.sin(math.rad(k.p.lean_x)) * L, py + math.cos(math.rad(k.p.lean_x)) * L * math.cos(math.rad(k.p.lean_z)),
               pz + math.sin(math.rad(k.p.lean_z)) * L}
  local shaft = limb({px, py - 6, pz}, tip, 6.5, 6)
  local ball = sphere(20):move(tip[1], tip[2] + 12, tip[3])
  -- six buttons in two arched rows on the player's right (-Z)
  local btns = {}
  local cols = {-22, -66, -110}
  for j, z in ipairs(cols) do
    for i, x in ipairs({-44, 4}) do
      local bx = x + (j == 1 and 10 or (j == 3 and 6 or 0))
      local bx2, by, bz = on_top(bx, z, -3)
      btns[#btns + 1] = cylinder(14, 9, 3):rotz(-slope):move(bx2, by, bz)
    end
  end
  -- two small start buttons at the back corner
  for _, z in ipairs({-30, -60}) do
    local bx, by, bz = on_top(-D / 2 + 22, z, -4)
    btns[#btns + 1] = cylinder(7, 7, 2):rotz(-slope):move(bx, by, bz)
  end
  -- the cable out of the back, lying on the desk
  local cable = tube({{-D / 2 + 4, 22, 0}, {-D / 2 - 30, 12, 6}, {-D / 2 - 70, 5, 30}, {-D / 2 - 90, 5, 80}, {-D / 2 - 80, 5, 120}}, 5)
  k.attach("top", {0, top_y(0) + 8, -60}, 120)
  return union(base:part("base"), washer:part("base"), panel:part("panel"), shaft:part("stick"), ball:part("knob"),
               union(btns):part("buttons"), cable:part("cable")):roty(-62)
end

local function flight(k)
  -- the base: a heavy rounded block with a raised plate on top and a
  -- rubber boot round the stick
  local base = box(200, 46, 190, 20):move(0, 23, 0)
  local plate = box(180, 10, 170, 12):move(0, 44, 0)
  local boot = empty()
  for i = 0, 3 do
    boot = boot + torus(38 - i * 5, 8):move(0, 56 + i * 11, 0)
  end
  boot = boot + cone(44, 20, 50):move(0, 46, 0)
  -- the grip: leaning away from the player (-X), a knuckle ridge on its
  -- far side, a head overhanging it
  local lean = k.p.lean_x
  local grip = loft({
    {y = 88, rx = 21, rz = 19, x = 0},
    {y = 120, rx = 24, rz = 21, x = -2},
    {y = 170, rx = 27, rz = 22, x = -6},
    {y = 210, rx = 25, rz = 21, x = -10},
    {y = 236, rx = 34, rz = 25, x = -18},
    {y = 256, rx = 30, rz = 22, x = -22},
  })
  local ridges = empty()
  for i = 0, 2 do
    ridges = ridges + ellipsoid(10, 12, 18):move(-26 - i * 1.6, 128 + i * 26, 0)
  end
  grip = smooth(6, grip, ridges)
  -- a rest for the palm on the player's side and a thumb rest on the right
  grip = smooth(10, grip, ellipsoid(14, 40, 18):move(22, 170, 0), ellipsoid(16, 22, 10):move(-4, 214, -20))
  local cap = sphere(26):stretch(1.2, 0.5, 0.9):move(-20, 256, 0)
  grip = smooth(8, grip, cap)
  -- the trigger under the head on the far side, the hat switch and a
  -- thumb button on top
  local trig = tube({{-22, 226, 0}, {-40, 214, 0}, {-44, 198, 0}, {-38, 186, 0}}, 6, 5)
  local hat = cylinder(8, 10, 2):move(-30, 262, 6) + sphere(6):move(-30, 273, 6)
  local tb = cylinder(7, 8, 2):move(-6, 260, -8)
  -- the grip pushed a little, pivoting in the boot
  local function pushed(x) return x:move(0, -60, 0):rotz(lean):move(0, 60, 0) end
  grip, trig, hat, tb = pushed(grip), pushed(trig), pushed(hat), pushed(tb)
  local btns = {trig, hat, tb}
  -- buttons on the base, and a throttle lever at its left
  for i = 0, 2 do
    btns[#btns + 1] = cylinder(8, 8, 2):move(64, 46, -54 + i * 24)
  end
  btns[#btns + 1] = cylinder(8, 8, 2):move(64, 46, 60) + cylinder(8, 8, 2):move(40, 46, 72)
  local throttle = box(60, 16, 14, 5):move(-40, 56, 84) + box(20, 30, 16, 6):move(-60, 66, 84)
  local stick = limb({0, 50, 0}, {0, 100, 0}, 14)
  local shape = union(base:part("base"), plate:part("panel"), boot:part("boot"), stick:part("boot"),
                      grip:part("knob"), union(btns):part("buttons"), throttle:part("base"))
  local cable = tube({{-96, 16, 0}, {-130, 8, 10}, {-170, 5, 40}, {-180, 5, 90}}, 5)
  k.attach("top", {-20, 270, 0}, 60)
  return union(shape, cable:part("cable")):roty(-115)
end

return {
  id = "joystick",
  names = {"joystick", "arcade stick", "joy stick", "arcade joystick", "fight stick", "fightstick", "arcade controller",
           "retro joystick", "joystik", "joystic", "arcade stick controller"},
  family = "toys",
  size_mm = 150,
  description = "An arcade joystick: a wedge box with a ball-topped stick and six buttons",
  params = {len = {58, 64}, lean_x = {-4, 4}, lean_z = {-8, 8}},
  parts = {
    {"base", "plastic", color = "#1e1e22", role = "primary", names = {"base", "body", "case", "box", "housing", "casing"}},
    {"panel", "plastic", color = "#3a3a42", role = "secondary", names = {"panel", "top panel", "top plate", "plate", "faceplate"}},
    {"knob", "plastic", color = "#d0202a", role = "detail",
     names = {"knob", "ball", "ball top", "balltop", "grip", "handle", "top"}},
    {"stick", "steel", color = "#b8b8c0", role = "detail", names = {"stick", "shaft", "lever", "rod"}},
    {"boot", "rubber", color = "#18181a", role = "detail", names = {"boot", "rubber boot", "gaiter"}},
    {"buttons", "plastic", color = "#2f6ee0", role = "detail",
     names = {"buttons", "button", "fire buttons", "fire button", "trigger", "hat switch", "arcade buttons"}},
    {"cable", "rubber", color = "#18181a", role = "detail", names = {"cable", "cord", "wire", "lead"}},
  },
  variants = {
    flight = {names = {"flight stick", "flight joystick", "flightstick", "flight sim joystick", "flight simulator joystick",
                       "aircraft joystick", "pc joystick", "hotas", "control stick"},
              size_mm = 280,
              colors = {base = "#2a2a2e", panel = "#55565e", knob = "#1c1c1f", buttons = "#d0202a"}},
  },
  points = {"top"},
  build = function(k)
    if k.variant == "flight" then return flight(k) end
    return arcade(k)
  end,
}
