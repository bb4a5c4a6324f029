-- A toolbox: a red metal box with a hinged, sloping lid, a folding carry
-- handle on top and silver latches at the front.
return {
  id = "toolbox",
  names = {"toolbox", "tool box", "tool chest", "tool kit", "toolkit", "tool case", "toolbx"},
  lvis = {"toolbox"},
  family = "tools",
  size_mm = 250,
  description = "A red metal toolbox",
  params = {},
  parts = {
    {"box", "paint", color = "#c81e1e", role = "primary", names = {"box", "body", "lid"}},
    {"handle", "plastic", color = "#1e1e22", role = "secondary", names = {"handle", "grip"}},
    {"latches", "steel", color = "#d0d4d8", role = "detail", names = {"latches", "clasps", "hinges"}},
  },
  points = {"inside", "top"},
  build = function(k)
    local L, D, H = 460, 220, 190
    local body = box(L, H, D, 8):move(0, H / 2, 0)
    local lid = extrude({{-D / 2, 0}, {D / 2, 0}, {D * 0.3, 50}, {-D * 0.3, 50}}, L, 6):roty(90):move(0, H - 2, 0)
    local seam = box(L + 2, 3, D + 2):move(0, H - 6, 0)
    body = subtract(union(body, lid), seam)
    local handle = union(tube({{-L * 0.3, H + 48, 0}, {-L * 0.28, H + 90, 0}, {L * 0.28, H + 90, 0}, {L * 0.3, H + 48, 0}}, 10),
                         box(30, 18, 40, 4):move(-L * 0.3, H + 48, 0), box(30, 18, 40, 4):move(L * 0.3, H + 48, 0))
    local latches = union(box(34, 40, 10, 3):move(-L * 0.3, H - 10, D / 2 + 2), box(34, 40, 10, 3):move(L * 0.3, H - 10, D / 2 + 2))
    k.attach("inside", {0, 10, 0}, D - 20)
    return union(body:part("box"), handle:part("handle"), latches:part("latches")):roty(-20)
  end,
}
