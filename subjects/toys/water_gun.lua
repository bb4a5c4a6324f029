-- A water gun: a chunky bright plastic squirt gun with a round water tank
-- on top, a pump grip under the barrel and an orange nozzle.
return {
  id = "water_gun",
  names = {"water gun", "squirt gun", "water pistol", "super soaker", "toy gun", "water blaster", "squirter"},
  lvis = {"water_gun"},
  family = "toys",
  size_mm = 200,
  description = "A plastic water gun with a tank",
  parts = {
    {"body", "plastic", color = "#2a8ad8", role = "primary", names = {"body", "gun"}},
    {"tank", "plastic", color = "#f0c020", role = "secondary", names = {"tank", "reservoir"}},
    {"trim", "plastic", color = "#f07a1e", role = "detail", names = {"nozzle", "trigger", "pump", "grip"}},
  },
  build = function(k)
    -- Side profile facing +X, extruded across Z.
    local body = extrude({{-120, 60}, {110, 60}, {130, 75}, {130, 105}, {-120, 105}}, 40, 10)
    local grip = extrude({{-110, 62}, {-70, 62}, {-80, 0}, {-125, 0}}, 36, 10)
    local shape = union(body, grip):part("body")
    shape = shape + cylinder(10, 30):rotz(-90):move(128, 90, 0):part("trim")
    shape = shape + cylinder(24, 70, 8):rotz(-90):move(20, 48, 0):part("trim")
    shape = shape + extrude({{-65, 62}, {-50, 62}, {-55, 30}, {-62, 30}}, 10, 3):part("trim")
    shape = shape + cylinder(36, 60, 14):rotx(90):move(-30, 138, -30):part("tank")
    shape = shape + cylinder(8, 14):move(-30, 172, 0):part("trim")
    return shape:roty(-20)
  end,
}
