-- An alarm clock: a round twin-bell clock on two splayed feet, two bells
-- on top joined by a hammer bracket and a carrying handle, a white dial
-- with hands, facing +X.
return {
  id = "alarm_clock",
  names = {"alarm clock", "twin bell alarm clock", "bell alarm clock", "wind up clock", "bedside clock",
           "desk clock", "table clock", "alarm"},
  lvis = {"alarm_clock", "clock"},
  family = "household",
  size_mm = 160,
  description = "A twin-bell alarm clock",
  params = {hour = {1, 12}, minute = {0, 60}},
  parts = {
    {"case", "paint", color = "#d42a2a", role = "primary", names = {"case", "body", "bells", "rim"}},
    {"face", "paint", color = "#f6f4ee", role = "secondary", names = {"face", "dial"}},
    {"metal", "steel", color = "#c8ccd2", role = "detail", names = {"metal", "feet", "legs", "handle", "hammer"}},
    {"hands", "paint", color = "#141416", role = "detail", names = {"hands", "marks", "numbers"}},
  },
  points = {"top"},
  build = function(k)
    local R = 55
    local cy = 70
    -- The case is a drum whose axis runs along X (the dial faces +X).
    local case = cylinder(R, 40, 10):move(0, -20, 0):rotz(-90):move(0, cy, 0)
    local face = cylinder(R - 7, 4):rotz(-90):move(18, cy, 0)
    local bezel = torus(R - 5, 4):rotz(90):move(21, cy, 0)
    local marks = {}
    for i = 0, 11 do
      local a = math.rad(i * 30)
      local l = i % 3 == 0 and 9 or 5
      marks[#marks + 1] = box(2, l, 3):move(0, R - 16, 0):rotx(i * 30):move(23, cy, 0)
    end
    local ha = (k.p.hour % 12 + k.p.minute / 60) * 30
    local ma = k.p.minute * 6
    local hands = box(2, 26, 5):move(0, 12, 0):rotx(-ha):move(25, cy, 0) + box(2, 38, 3.5):move(0, 18, 0):rotx(-ma):move(26, cy, 0)
      + cylinder(4, 6):rotz(-90):move(22, cy, 0)
    local bells, metal = {}, {}
    for _, s in ipairs({-1, 1}) do
      local dir = {0, math.cos(math.rad(38)), s * math.sin(math.rad(38))}
      local at = {-4, cy + dir[2] * (R + 4), dir[3] * (R + 4)}
      bells[#bells + 1] = subtract(sphere(30), box(80, 40, 80):move(0, -20, 0)):stretch(1, 0.9, 1):aim(dir, at)
      metal[#metal + 1] = limb({0, cy - R * 0.6, s * R * 0.55}, {4, 2, s * R * 0.95}, 5, 4)
      metal[#metal + 1] = sphere(7):move(4, 4, s * R * 0.95)
    end
    metal[#metal + 1] = limb({-4, cy + R - 5, 0}, {-4, cy + R + 24, 0}, 3) + sphere(6):move(-4, cy + R + 26, 0)
    local handle = tube({{-4, cy + R - 2, -24}, {-4, cy + R + 34, -14}, {-4, cy + R + 34, 14}, {-4, cy + R - 2, 24}}, 3.5)
    metal[#metal + 1] = handle
    k.attach("top", {-4, cy + R + 36, 0}, 40)
    return (case + bezel + union(bells)):part("case") + face:part("face") + union(metal):part("metal")
      + (union(marks) + hands):part("hands")
  end,
}
