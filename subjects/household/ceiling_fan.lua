-- A ceiling fan, upright as it hangs: a domed canopy at the top, a short
-- downrod, a round motor housing, four or five long wooden blades on metal
-- blade irons, and a frosted glass light bowl underneath.
return {
  id = "ceiling_fan",
  names = {"ceiling fan", "overhead fan", "ceiling fan with light", "hanging fan", "paddle fan", "fan light", "ceiling fan light"},
  lvis = {"fan"},
  family = "household",
  size_mm = 420,
  description = "A ceiling fan with wooden blades and a light",
  params = {blades = {4, 5.99}, turn = {0, 30}, pitch = {10, 14}},
  parts = {
    {"blades", "wood", color = "#8a5a34", role = "primary", names = {"blades", "blade", "paddles"}},
    {"body", "brass", color = "#b89a5a", role = "secondary", names = {"body", "motor", "housing", "canopy", "downrod", "rod"}},
    {"irons", "iron", color = "#3a3a3e", role = "detail", names = {"irons", "blade irons", "arms", "brackets"}},
    {"light", "gloss", color = "#f4eedc", role = "detail", names = {"light", "bowl", "lamp", "shade"}},
  },
  variants = {
    modern = {names = {"modern ceiling fan", "white ceiling fan"}, colors = {blades = "#f2f2f0", body = "#f2f2f0", irons = "#c8ccd2"}},
  },
  points = {"top"},
  build = function(k)
    local n = math.floor(k.p.blades)
    local pitch = k.p.pitch
    -- Heights from the bottom of the light bowl.
    local y_motor = 150
    local top = 420
    -- Canopy: a dome against the ceiling.
    local canopy = lathe({{8, top - 90}, {30, top - 84}, {62, top - 60}, {78, top - 30}, {80, top - 8}, {72, top}, {1, top}})
    local rod = cylinder(11, top - 60 - y_motor):move(0, y_motor + 20, 0)
    local collar = cylinder(22, 24, 4):move(0, y_motor + 46, 0)
    -- Motor housing: a rounded drum with a trim band.
    local motor = lathe({{40, y_motor - 34}, {84, y_motor - 26}, {96, y_motor - 8}, {96, y_motor + 14},
                          {84, y_motor + 32}, {40, y_motor + 48}, {1, y_motor + 50}})
    local band = cylinder(99, 10, 3):move(0, y_motor - 2, 0)
    -- A switch housing and the light bowl hanging below.
    local cap = cylinder(58, 26, 6):move(0, y_motor - 56, 0)
    local bowl = lathe({{1, 0}, {24, 4}, {46, 20}, {58, 44}, {60, y_motor - 60}, {1, y_motor - 58}})
    local body = union(canopy, rod, collar, motor, band, cap)
    -- Blade irons reach out from under the motor; each holds a long blade.
    local iron = box(170, 22, 46, 6):move(150, y_motor - 16, 0) + box(60, 26, 60, 8):move(200, y_motor - 12, 0)
    local blade_len, blade_w = 450, 130
    local outline = {{0, -blade_w * 0.4}, {blade_len * 0.7, -blade_w * 0.5}, {blade_len * 0.96, -blade_w * 0.46},
                     {blade_len, -blade_w * 0.3}, {blade_len, blade_w * 0.3}, {blade_len * 0.96, blade_w * 0.46},
                     {blade_len * 0.7, blade_w * 0.5}, {0, blade_w * 0.4}}
    -- Built flat in XY, turned to lie in XZ, pitched about its length.
    local blade = extrude(outline, 24, 6):rotx(90):rotx(pitch):move(165, y_motor - 6, 0)
    local irons = radial(iron, n, k.p.turn)
    local blades = radial(blade, n, k.p.turn)
    k.attach("top", {0, top, 0}, 140)
    return body:part("body") + irons:part("irons") + blades:part("blades") + bowl:part("light")
  end,
}
