-- An obelisk: a tall tapering four-sided stone shaft capped by a small
-- pyramid, on a stepped base.
return {
  id = "obelisk",
  names = {"obelisk", "washington monument", "stone obelisk", "egyptian obelisk", "monument obelisk", "needle monument"},
  lvis = {},
  family = "buildings",
  size_mm = 30000,
  description = "A stone obelisk on a stepped base",
  params = {h = {440, 480}},
  parts = {
    {"stone", "stone", color = "#d8ccb0", role = "primary", names = {"stone", "shaft", "obelisk"}},
    {"cap", "gold", color = "#d8b040", role = "secondary", names = {"cap", "tip", "pyramidion", "top"}},
    {"base", "stone", color = "#a8a092", role = "detail", names = {"base", "steps", "plinth"}},
  },
  points = {"top"},
  build = function(k)
    local h = k.p.h
    local b, t = h * 0.09, h * 0.06
    -- a square taper: intersect two wedges
    local wedge = extrude({{-b, 0}, {b, 0}, {t, h}, {-t, h}}, 2 * b + 2)
    local shaft = intersect(wedge, wedge:roty(90))
    local ph = t * 1.6
    local cap = intersect(extrude({{-t, 0}, {t, 0}, {0, ph}}, 2 * t + 2), extrude({{-t, 0}, {t, 0}, {0, ph}}, 2 * t + 2):roty(90)):move(0, h - 0.5, 0)
    local base = box(b * 4, 16, b * 4, 1):move(0, 8, 0) + box(b * 3.2, 14, b * 3.2, 1):move(0, 23, 0) + box(b * 2.6, 12, b * 2.6, 1):move(0, 36, 0)
    local shape = shaft:move(0, 40, 0):part("stone") + cap:move(0, 40, 0):part("cap") + base:part("base")
    k.attach("top", {0, h + 40 + ph, 0}, 20)
    return shape
  end,
}
