-- A harp: a triangular frame — a slanted soundbox, a curving neck on top and
-- a straight carved pillar at the front — strung with many parallel strings.
return {
  id = "harp",
  names = {"harp", "concert harp", "celtic harp", "harp instrument", "lap harp", "pedal harp"},
  lvis = {"harp"},
  family = "instruments",
  size_mm = 1700,
  description = "A harp",
  params = {},
  parts = {
    {"frame", "wood", color = "#c08040", role = "primary", names = {"frame", "wood", "body", "pillar", "neck"}},
    {"strings", "fabric", color = "#f4ecd8", role = "detail", names = {"strings"}},
    {"trim", "gold", color = "#d8b040", role = "secondary", names = {"trim", "gold", "crown"}},
  },
  build = function(k)
    local H = 1600
    -- soundbox from the base (back) up to the top of the neck
    local sb0, sb1 = {-80, 60, 0}, {-380, 1450, 0}
    local soundbox = limb(sb0, sb1, 110, 40):stretch(1, 1, 1)
    soundbox = intersect(soundbox, box(4000, 4000, 4000):move(0, 2000, 0))
    -- neck: an S-curve from the soundbox top to the pillar top
    local neck_pts = {sb1, {-250, 1520, 0}, {-60, 1400, 0}, {180, 1460, 0}, {360, 1620, 0}}
    local neck = tube(neck_pts, 34, 38)
    local pillar = union(cylinder(34, 1560):move(360, 40, 0), lathe({{60, 0}, {60, 40}, {40, 60}}):move(360, 0, 0),
                         lathe({{44, 0}, {52, 40}, {40, 90}}):move(360, 1560, 0))
    local base = box(560, 50, 240, 14):move(120, 25, 0)
    local strings = {}
    local path = spline(neck_pts, 8)
    for i = 0, 29 do
      local t = (i + 0.5) / 30
      local bottom = {sb0[1] + (sb1[1] - sb0[1]) * t + 30, sb0[2] + (sb1[2] - sb0[2]) * t, 0}
      -- matching point on the neck: straight up from the string's base x
      local x = bottom[1] + 10 + 420 * t
      local top
      for j = 1, #path - 1 do
        if path[j][1] <= x and path[j + 1][1] >= x then
          local f = (x - path[j][1]) / (path[j + 1][1] - path[j][1])
          top = {x, path[j][2] + (path[j + 1][2] - path[j][2]) * f - 30, 0}
        end
      end
      if top and top[2] > bottom[2] + 40 then strings[#strings + 1] = capsule(bottom, top, 4) end
    end
    local trim = union(torus(40, 14):rotx(90):move(360, 1665, 0), sphere(30):move(360, 1700, 0))
    return union(union(soundbox, neck, pillar, base):part("frame"), union(strings):part("strings"), trim:part("trim")):roty(-25)
  end,
}
