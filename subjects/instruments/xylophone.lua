-- A xylophone: a row of rainbow-coloured bars shrinking from one end to the
-- other, resting on two rails with a pair of ball-headed mallets; a
-- glockenspiel has silver bars.
return {
  id = "xylophone",
  names = {"xylophone", "toy xylophone", "zylophone", "xylaphone"},
  lvis = {},
  family = "instruments",
  size_mm = 90,
  description = "A toy xylophone with rainbow bars",
  params = {bars = {8, 8}},
  parts = {
    {"frame", "wood", color = "#c8904e", role = "secondary", names = {"frame", "base", "rails"}},
    {"bar1", "paint", color = "#e8302a", role = "primary", names = {"bars", "keys"}},
    {"bar2", "paint", color = "#f08a1e", role = "detail"},
    {"bar3", "paint", color = "#f4d01e", role = "detail"},
    {"bar4", "paint", color = "#4ab83a", role = "detail"},
    {"bar5", "paint", color = "#2a9ad8", role = "detail"},
    {"bar6", "paint", color = "#3a4ac8", role = "detail"},
    {"bar7", "paint", color = "#9a3ac8", role = "detail"},
    {"bar8", "paint", color = "#e84a9a", role = "detail"},
    {"mallets", "wood", color = "#e0c090", role = "detail", names = {"mallets", "sticks", "beaters"}},
    {"studs", "silver", color = "#d8dce0", role = "detail", names = {"studs", "nails", "pins"}},
  },
  variants = {
    glock = {names = {"glockenspiel"}, colors = {bar1 = "#d0d4d8", bar2 = "#d0d4d8", bar3 = "#d0d4d8", bar4 = "#d0d4d8",
                                                               bar5 = "#d0d4d8", bar6 = "#d0d4d8", bar7 = "#d0d4d8", bar8 = "#d0d4d8"}},
  },
  build = function(k)
    local n = 8
    local shape = empty()
    local studs = {}
    local pitch = 36
    local x0 = -pitch * (n - 1) / 2
    for i = 0, n - 1 do
      local len = 190 - 12 * i
      local x = x0 + pitch * i
      shape = shape + box(30, 12, len, 3):move(x, 38, 0):part("bar" .. (i + 1))
      studs[#studs + 1] = cylinder(3, 4):move(x, 43, -len * 0.3)
      studs[#studs + 1] = cylinder(3, 4):move(x, 43, len * 0.3)
    end
    local L = pitch * n + 30
    local rails = {}
    for i, s in ipairs({-1, 1}) do
      local zs = (190 - 12 * 0) * 0.3
      local ze = (190 - 12 * (n - 1)) * 0.3
      local a = {x0 - 30, 16, s * zs}
      local b = {x0 + pitch * (n - 1) + 30, 16, s * ze}
      rails[#rails + 1] = capsule(a, b, 16)
    end
    local frame = union(union(rails), box(24, 30, 130, 4):move(x0 - 40, 15, 0), box(24, 30, 90, 4):move(-x0 + 40, 15, 0))
    -- the mallets rest across the bars
    local mallets = union(capsule({-100, 47, 30}, {90, 47, 50}, 4.5), sphere(11):move(-106, 50, 29),
                          capsule({-80, 47, -20}, {110, 47, 10}, 4.5), sphere(11):move(-86, 50, -21))
    return union(shape, frame:part("frame"), union(studs):part("studs"), mallets:part("mallets"))
  end,
}
