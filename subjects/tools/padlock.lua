-- A padlock: a chunky brass body with a keyhole and a steel U-shaped shackle,
-- standing upright.
return {
  id = "padlock",
  names = {"padlock", "lock", "pad lock", "locked padlock", "padlok"},
  lvis = {"padlock"},
  family = "tools",
  size_mm = 90,
  description = "A padlock",
  params = {},
  parts = {
    {"body", "brass", color = "#d0a040", role = "primary", names = {"body", "lock", "case"}},
    {"shackle", "steel", color = "#c8ccd2", role = "secondary", names = {"shackle", "loop", "hoop"}},
    {"keyhole", "iron", color = "#141416", role = "fixed"},
  },
  build = function(k)
    local body = box(70, 60, 28, 8):move(0, 30, 0)
    local pts = {}
    for i = 0, 12 do
      local a = math.pi * i / 12
      pts[#pts + 1] = {-22 * math.cos(a), 66 + 26 * math.sin(a), 0}
    end
    table.insert(pts, 1, {-22, 50, 0})
    pts[#pts + 1] = {22, 50, 0}
    local shackle = tube(pts, 6)
    local hole = union(cylinder(5, 10):rotx(90):move(0, 32, 10), box(4, 12, 10):move(0, 24, 15))
    local keyhole = intersect(hole, box(100, 100, 3.5):move(0, 0, 10.75))
    return union(subtract(body, hole):part("body"), shackle:part("shackle"), keyhole:part("keyhole")):roty(30)
  end,
}
