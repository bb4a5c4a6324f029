-- A golf club: a long thin steel shaft with a black rubber grip and a shiny
-- club head at the bottom (a driver's round wooden head, or an iron's flat blade).
return {
  id = "golf_club",
  names = {"golf club", "golf driver", "driver club", "golfclub"},
  lvis = {"golf_club"},
  family = "sports",
  size_mm = 1100,
  description = "A golf club",
  params = {},
  parts = {
    {"head", "steel", color = "#2a2a2e", role = "primary", names = {"head", "club head"}},
    {"shaft", "steel", color = "#c8ccd2", role = "secondary", names = {"shaft"}},
    {"grip", "rubber", color = "#1e1e22", role = "detail", names = {"grip", "handle"}},
  },
  variants = {
    iron = {names = {"golf iron", "iron club"}, colors = {head = "#c8ccd2"}},
    putter = {names = {"putter"}, size_mm = 880, colors = {head = "#a8aeb6"}},
  },
  build = function(k)
    local v = k.variant
    local L = v == "putter" and 880 or 1100
    local shaft = limb({0, 40, 0}, {0, L - 260, 0}, 9, 11)
    local grip = limb({0, L - 270, 0}, {0, L, 0}, 15, 18)
    local head
    if v == "iron" then
      head = extrude({{-10, 0}, {120, 0}, {134, 26}, {120, 90}, {-6, 66}}, 22, 5)
    elseif v == "putter" then
      head = box(150, 36, 44, 8):move(55, 18, 0)
    else
      head = smooth(8, ellipsoid(85, 52, 70):move(75, 50, 8), limb({0, 45, 0}, {0, 120, 0}, 12, 10))
      head = intersect(head, box(400, 200, 400):move(0, 100, 0))
    end
    local hosel = limb({0, 20, 0}, {0, 80, 0}, 12, 10)
    return union(union(head, hosel):part("head"), shaft:part("shaft"), grip:part("grip")):rotz(12):roty(-30)
  end,
}
