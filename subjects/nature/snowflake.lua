-- A snowflake: a flat six-armed ice crystal, each arm branching into little
-- side spikes, standing upright.
return {
  id = "snowflake",
  names = {"snowflake", "snow flake", "ice crystal", "snowflakes", "snow crystal"},
  lvis = {},
  family = "nature",
  size_mm = 120,
  description = "A snowflake",
  params = {},
  parts = {
    {"ice", "ice", color = "#cfe8fb", role = "primary", names = {"ice", "snowflake", "crystal"}},
  },
  build = function(k)
    local T = 8
    local arm = {box(10, 110, T, 2):move(0, 55, 0)}
    for _, y in ipairs({40, 70}) do
      local l = y == 40 and 34 or 24
      arm[#arm + 1] = box(7, l, T, 2):move(0, l / 2, 0):rotz(50):move(0, y, 0)
      arm[#arm + 1] = box(7, l, T, 2):move(0, l / 2, 0):rotz(-50):move(0, y, 0)
    end
    arm[#arm + 1] = box(14, 14, T, 2):rotz(45):move(0, 108, 0)
    local a = union(arm)
    local arms = {}
    for i = 0, 5 do arms[#arms + 1] = a:rotz(60 * i) end
    local hex = {}
    for i = 0, 5 do local t = math.pi / 3 * i; hex[#hex + 1] = {math.cos(t) * 22, math.sin(t) * 22} end
    return union(union(arms), extrude(hex, T + 2, 2)):part("ice"):roty(25):move(0, 120, 0)
  end,
}
