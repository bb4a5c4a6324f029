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
    {"tools", "steel", color = "#b8bcc4", role = "fixed", names = {"tools", "hammer", "screwdriver", "wrench"}},
  },
  variants = {
    open = {names = {"open toolbox", "open tool box", "open tool chest"}},
  },
  points = {"inside", "top"},
  build = function(k)
    local L, D, H = 460, 220, 190
    local body = box(L, H, D, 8):move(0, H / 2, 0)
    local lid = extrude({{-D / 2, 0}, {D / 2, 0}, {D * 0.3, 50}, {-D * 0.3, 50}}, L, 6):roty(90):move(0, H - 2, 0)
    local open = k.variant == "open"
    local tools
    if open then
      -- Hollow, the lid swung back on hinges along the rear edge (-Z), and
      -- tools standing out of it: a hammer, a screwdriver, a wrench.
      body = subtract(body, box(L - 16, H, D - 16, 4):move(0, H / 2 + 10, 0))
      lid = lid:move(0, -H, D / 2):rotx(-110):move(0, H, -D / 2 - 4)
      body = union(body, lid)
      -- Each stands on the floor of the box (y = 10), so all is one piece.
      local hammer = union(cylinder(11, 276):move(0, 4, 0), box(34, 40, 140, 6):move(0, 285, 0)):rotz(12):move(-L * 0.28, 0, 0)
      local screwdriver = union(cylinder(6, 216):move(0, 4, 0), cylinder(18, 100, 7):move(0, 210, 0)):rotz(-10)
        :move(-L * 0.05, 0, D * 0.18)
      local wrench = union(box(18, 256, 36, 5):move(0, 132, 0),
                           subtract(cylinder(36, 14):rotx(90):move(0, 270, 7), box(26, 50, 40):move(0, 296, 0)))
        :rotz(-15):move(L * 0.25, 0, -D * 0.12)
      tools = union(hammer, screwdriver, wrench)
    else
      local seam = box(L + 2, 3, D + 2):move(0, H - 6, 0)
      body = subtract(union(body, lid), seam)
    end
    local handle = union(tube({{-L * 0.3, H + 48, 0}, {-L * 0.28, H + 90, 0}, {L * 0.28, H + 90, 0}, {L * 0.3, H + 48, 0}}, 10),
                         box(30, 18, 40, 4):move(-L * 0.3, H + 48, 0), box(30, 18, 40, 4):move(L * 0.3, H + 48, 0))
    local latches = union(box(34, 40, 10, 3):move(-L * 0.3, H - 10, D / 2 + 2), box(34, 40, 10, 3):move(L * 0.3, H - 10, D / 2 + 2))
    k.attach("inside", {0, 10, 0}, D - 20)
    if open then
      -- The carry handle sits on the lid, swung back out of sight.
      return union(body:part("box"), latches:part("latches"), tools:part("tools")):roty(-20)
    end
    return union(body:part("box"), handle:part("handle"), latches:part("latches")):roty(-20)
  end,
}
