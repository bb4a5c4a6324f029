-- A quadcopter drone: a compact body with a camera underneath, four arms
-- with a propeller on each motor, and landing legs.
local A = use and use("aircraft")

return {
  id = "drone",
  names = {"drone", "quadcopter", "quadrocopter", "camera drone", "quad copter", "multicopter", "uav"},
  lvis = {"drone"},
  family = "aircraft",
  size_mm = 120,
  description = "A quadcopter drone with four propellers",
  params = {arm = {130, 150}},
  parts = {
    {"body", "plastic", color = "#ececee", role = "primary", names = {"body", "shell"}},
    {"arms", "plastic", color = "#3a3a3e", role = "secondary", names = {"arms", "frame"}},
    {"propellers", "plastic", color = "#222226", role = "detail", names = {"propellers", "props", "rotors", "blades"}},
    {"camera", "gloss", color = "#15181e", role = "detail", names = {"camera", "lens"}},
    {"lights", "gloss", color = "#e03030", role = "detail", names = {"lights", "leds"}},
  },
  points = {"top"},
  build = function(k)
    local a = k.p.arm
    local y = 50
    local body = ellipsoid(62, 26, 46):move(0, y, 0)
    local arms, props, motors, legs = {}, {}, {}, {}
    for i, ang in ipairs({45, 135, 225, 315}) do
      local c = {a * math.cos(math.rad(ang)), y + 8, a * math.sin(math.rad(ang))}
      arms[#arms + 1] = capsule({0, y, 0}, c, 9)
      motors[#motors + 1] = cylinder(14, 22, 4):move(c[1], c[2] - 8, c[3])
      props[#props + 1] = A.rotor({c[1], c[2] + 16, c[3]}, 62, 2, 12, 2.5)
      legs[#legs + 1] = capsule({c[1] * 0.25, y - 8, c[3] * 0.25}, {c[1] * 0.45, 3, c[3] * 0.62}, 4)
    end
    local cam = sphere(16):move(34, y - 24, 0)
    local gimbal = capsule({20, y - 18, 0}, {30, y - 20, 0}, 8)
    local shape = body:part("body") + union(arms):part("arms") + union(motors):part("arms") + union(props):part("propellers")
    shape = shape + union(legs):part("arms") + (cam + gimbal):part("camera")
    shape = shape + (sphere(4):move(60, y + 2, 18) + sphere(4):move(60, y + 2, -18)):part("lights")
    k.attach("top", {0, y + 26, 0}, 60)
    return shape
  end,
}
