-- A gamepad lying face up: a wide rounded body with two grips sweeping back
-- towards the player, a D-pad cross on the left, four round face buttons in
-- a diamond on the right (each marked with a coloured dot: green, red, blue,
-- yellow), two thumbsticks low in the middle, a small button either side of
-- the centre, and shoulder buttons along the far edge. The player sits at +X.
return {
  id = "game_controller",
  names = {"game controller", "gamepad", "game pad", "controller", "joypad", "video game controller",
           "console controller", "gaming controller", "game pad controller", "videogame controller", "controler",
           "game controler", "joy pad", "wireless controller", "xbox style controller", "playstation style controller"},
  lvis = {"joystick"},
  family = "toys",
  size_mm = 60,
  description = "A video game controller with a D-pad, four face buttons and two thumbsticks",
  params = {spread = {58, 64}, tilt = {-6, 6}},
  parts = {
    {"body", "plastic", color = "#dcdde1", role = "primary", names = {"body", "shell", "case", "casing", "grips", "handles"}},
    {"buttons", "plastic", color = "#2c2d32", role = "secondary", names = {"buttons", "face buttons", "action buttons"}},
    {"sticks", "rubber", color = "#18181a", role = "detail",
     names = {"thumbsticks", "sticks", "joysticks", "analog sticks", "analogue sticks", "thumb sticks"}},
    {"dpad", "plastic", color = "#2c2d32", role = "detail", names = {"d-pad", "dpad", "d pad", "cross pad", "directional pad"}},
    {"shoulders", "plastic", color = "#2c2d32", role = "detail", names = {"shoulder buttons", "triggers", "bumpers"}},
    {"green", "gloss", color = "#2fb14a", role = "fixed"},
    {"red", "gloss", color = "#e0312c", role = "fixed"},
    {"blue", "gloss", color = "#2f6ee0", role = "fixed"},
    {"yellow", "gloss", color = "#f0c020", role = "fixed"},
    {"light", "gloss", color = "#e8eef8", role = "fixed", glows = true},
  },
  points = {"top"},
  build = function(k)
    -- The body: a flattened central slab blended with two grips that sweep
    -- back towards the player (+X) and outwards.
    local sp = k.p.spread
    local centre = box(62, 26, 112, 13):move(-8, 20, 0)
    local grips = empty()
    for _, s in ipairs({-1, 1}) do
      grips = grips + limb({-12, 13, s * (sp - 8)}, {44, 10, s * (sp + 4)}, 20, 16)
    end
    local body = smooth(14, centre, grips)
    -- flatten the underside so it lies on the table
    body = subtract(body, box(400, 40, 400):move(0, -20 + 3, 0)):move(0, -3, 0)
    local top = 33                                    -- the face's height
    -- the D-pad on the left (+Z)
    local lz, rz, py = 46, -46, -12
    local dpad = box(25, 8, 8.5, 1.5):move(py, top - 1, lz) + box(8.5, 8, 25, 1.5):move(py, top - 1, lz)
    -- four face buttons on the right, each with a coloured dot
    local btns = empty()
    local marks = {}
    local spots = {{py - 12, rz, "yellow"}, {py + 12, rz, "green"}, {py, rz - 12, "red"}, {py, rz + 12, "blue"}}
    for _, b in ipairs(spots) do
      btns = btns + cylinder(5.8, 8, 2):move(b[1], top - 4, b[2])
      marks[#marks + 1] = cylinder(3, 2):move(b[1], top + 3.2, b[2]):part(b[3])
    end
    -- two thumbsticks low in the middle: a collar, a stem and a dished cap
    local sticks = empty()
    for _, s in ipairs({-1, 1}) do
      local x, z = 16, s * 24
      local cap = subtract(cylinder(10, 7, 2.5):move(x, top + 6, z), sphere(14):move(x, top + 25.5, z))
      sticks = sticks + cylinder(12, 5, 2):move(x, top - 4, z) + cylinder(5, 8):move(x, top, z) + cap
    end
    -- two small centre buttons and a light
    btns = btns + capsule({-8, top, 13}, {-4, top, 13}, 2.6) + capsule({-8, top, -13}, {-4, top, -13}, 2.6)
    local light = cylinder(5, 4, 1.5):move(-20, top - 2.5, 0)
    -- shoulder buttons along the far edge
    local shoulders = empty()
    for _, s in ipairs({-1, 1}) do
      shoulders = shoulders + box(14, 12, 36, 5):rotx(s * 6):move(-36, 24, s * 42)
    end
    k.attach("top", {0, top + 10, 0}, 80)
    local shape = union(body:part("body"), dpad:part("dpad"), btns:part("buttons"), sticks:part("sticks"),
                        shoulders:part("shoulders"), light:part("light"), union(marks))
    -- propped a little towards the player so the face shows
    return shape:rotz(-22):roty(-20 + k.p.tilt)
  end,
}
