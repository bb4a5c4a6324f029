-- A screw: a steel shank with a spiral thread tapering to a point, under a
-- round head with a cross slot, standing point down; a nail is a plain shank
-- with a flat head; a bolt has a hex head and a nut.
return {
  id = "screw",
  names = {"screw", "wood screw", "phillips screw", "screws"},
  lvis = {"screw"},
  family = "tools",
  size_mm = 60,
  description = "A screw",
  params = {},
  parts = {
    {"metal", "steel", color = "#b8bec6", role = "primary", names = {"metal", "screw", "shank", "head"}},
    {"nut", "steel", color = "#9aa0a8", role = "secondary", names = {"nut"}},
  },
  variants = {
    nail = {names = {"nail", "iron nail"}},
    bolt = {names = {"bolt", "nut and bolt", "bolt and nut", "hex bolt"}},
  },
  build = function(k)
    local v = k.variant
    if v == "nail" then
      local shank = union(cone(0.5, 5, 14), cylinder(5, 130):move(0, 14, 0), cylinder(12, 4, 1):move(0, 144, 0))
      return shank:part("metal"):rotz(-20)
    end
    if v == "bolt" then
      local hex = {}
      for i = 0, 5 do local a = math.pi / 3 * i; hex[#hex + 1] = {math.cos(a) * 22, math.sin(a) * 22} end
      local head = extrude(hex, 14, 1.5):rotx(-90):move(0, 127, 0)
      local shank = cylinder(11, 120)
      local thread = {}
      for i = 0, 15 do thread[#thread + 1] = torus(11, 2):rotz(6):move(0, 6 + i * 5, 0) end
      local nut = subtract(extrude(hex, 16, 1.5):rotx(-90):move(0, 60, 0), cylinder(11.5, 40):move(0, 40, 0))
      return union(union(head, shank, union(thread)):part("metal"), nut:part("nut")):rotz(-20)
    end
    local head = intersect(sphere(20):stretch(1, 0.5, 1):move(0, 128, 0), box(100, 40, 100):move(0, 148, 0))
    local slot = union(box(26, 8, 4), box(4, 8, 26)):move(0, 137, 0)
    head = subtract(head, slot)
    local shank = union(cone(0.5, 9, 24), cylinder(9, 104):move(0, 24, 0))
    local pts = {}
    for i = 0, 64 do
      local t = i / 64
      local a = 2 * math.pi * 11 * t
      local y = 6 + t * 108
      local r = math.min(9, 1 + y * 0.4) + 2.5
      pts[#pts + 1] = {math.cos(a) * r, y, math.sin(a) * r}
    end
    local thread = polyline(pts, 2.2)
    return union(head, shank, thread):part("metal"):rotz(-20)
  end,
}
