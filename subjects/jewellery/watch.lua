-- A watch: a wristwatch has a round case with a bezel, a white dial with hour
-- marks and hands, a crown and a strap in a loop; a pocket watch is a domed
-- gold case with a crown, a bow ring and a chain. Dial faces the viewer.
return {
  id = "watch",
  names = {"watch", "wristwatch", "wrist watch", "rolex", "analog watch", "wach"},
  lvis = {"watch"},
  family = "jewellery",
  size_mm = 60,
  description = "A wristwatch",
  params = {},
  parts = {
    {"case", "silver", color = "#d0d4d8", role = "primary", names = {"case", "bezel", "crown", "metal"}},
    {"strap", "leather", color = "#5a3420", role = "secondary", names = {"strap", "band", "bracelet"}},
    {"dial", "ceramic", color = "#f8f6f0", role = "detail", names = {"dial", "face"}},
    {"hands", "iron", color = "#141416", role = "detail", names = {"hands", "marks", "numbers"}},
    {"chain", "gold", color = "#e0b030", role = "detail", names = {"chain"}},
  },
  variants = {
    pocket = {names = {"pocket watch", "pocketwatch", "fob watch"}, size_mm = 60, colors = {case = "#e0b030"}},
    smart = {names = {"smartwatch", "smart watch", "apple watch"}, colors = {strap = "#1e1e22", dial = "#101014",
                      case = "#2a2a2e"}},
  },
  build = function(k)
    local v = k.variant
    local R = v == "pocket" and 25 or 20
    local function face(depth)
      -- dial facing +Z at z = depth
      local marks = {}
      for i = 0, 11 do
        local a = math.rad(30 * i)
        local long = i % 3 == 0
        marks[#marks + 1] = box(long and 1.6 or 1, long and 4.5 or 3, 1):move(0, R * 0.78, 0):rotz(30 * i)
      end
      local hands = union(box(1.8, R * 0.5, 1):move(0, R * 0.22, 0.6):rotz(-60), box(1.2, R * 0.72, 1):move(0, R * 0.33, 1):rotz(50),
                          cylinder(1.8, 2):rotx(90):move(0, 0, 1.8))
      return union(union(marks), hands):move(0, 0, depth)
    end
    local shape
    if v == "smart" then
      local case = box(36, 42, 11, 7)
      local screen = box(31, 37, 1, 5):move(0, 0, 5.3)
      local strap = {}
      for _, s in ipairs({-1, 1}) do
        strap[#strap + 1] = box(24, 60, 3.5, 1.5):move(0, s * 30, 0):rotx(s * -20):move(0, s * 16, -2)
        strap[#strap + 1] = box(24, 14, 7, 1.5):move(0, s * 20, -1.5) -- where the strap meets the case
      end
      return union(case:part("case"), screen:part("dial"), union(strap):part("strap")):rotx(-15):move(0, 90, 0)
    end
    if v == "pocket" then
      local case = cylinder(R, 12, 4):rotx(90):move(0, 0, -6)
      local back = sphere(R):stretch(1, 1, 0.3):move(0, 0, -4)
      local bezel = torus(R - 1, 1.8):move(0, 0, 0):rotx(90):move(0, 0, 6)
      local dial = cylinder(R - 2.5, 1):rotx(90):move(0, 0, 5.5)
      local crown = union(cylinder(2.5, 6):move(0, R, 0), cylinder(4, 5, 1.5):move(0, R + 5, 0))
      local bow = torus(8, 1.6):rotx(90):move(0, R + 15, 0)
      local chain = {}
      for i = 0, 9 do
        chain[#chain + 1] = torus(3.4, 1.3):rotx(90):roty(90 * (i % 2)):move(6 + i * 3.4, R + 22 - i * 6, -(i * 0.8))
      end
      shape = union(union(case, back, bezel, crown, bow):part("case"), dial:part("dial"), face(6.5):part("hands"), union(chain):part("chain"))
      return shape:roty(-25):move(0, R, 0)
    end
    local case = cylinder(R, 10, 3):rotx(90):move(0, 0, -5)
    local bezel = torus(R - 0.8, 1.6):rotx(90):move(0, 0, 5)
    local dial = cylinder(R - 2, 1):rotx(90):move(0, 0, 4.6)
    local crown = cylinder(2.6, 5, 1):rotz(-90):move(R - 1, 0, 0)
    local lugs = {}
    for _, sy in ipairs({-1, 1}) do
      for _, sx in ipairs({-1, 1}) do lugs[#lugs + 1] = box(4, 9, 5, 1.5):move(sx * 9, sy * (R + 2), -1) end
    end
    -- strap: a loop behind the case, as if around a wrist
    local pts = {}
    for i = 0, 24 do
      local a = math.pi * 2 * i / 24
      pts[#pts + 1] = {0, R * 0.2 + 30 * math.sin(a) * 1.05, -30 + 30 * math.cos(a)}
    end
    local strap = intersect(tube(pts, 1.8):stretch(11, 1, 1), box(200, 200, 200):move(0, 0, -100 - 6))
    strap = union(strap, box(20, 16, 3.5, 1):move(0, R + 8, -4), box(20, 16, 3.5, 1):move(0, -R - 8, -4))
    local buckle = box(24, 12, 4, 1):move(0, R * 0.2, -60) -- on the strap, at the bottom of the loop
    shape = union(union(case, bezel, crown, union(lugs)):part("case"), dial:part("dial"), face(5.4):part("hands"), strap:part("strap"), buckle:part("case"))
    return shape:roty(-25):rotx(-10):move(0, 70, 0)
  end,
}
