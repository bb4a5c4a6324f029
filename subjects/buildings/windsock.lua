-- A windsock: a striped orange-and-white fabric cone flying from a ring on
-- a tall pole.
return {
  id = "windsock",
  names = {"windsock", "wind sock", "wind cone", "air sock", "wind sleeve", "airport windsock"},
  lvis = {"windsock"},
  family = "buildings",
  size_mm = 5000,
  description = "A striped windsock on a pole",
  params = {h = {380, 420}, droop = {4, 14}},
  parts = {
    {"sock", "fabric", color = "#f06a1e", role = "primary", names = {"sock", "cone", "fabric"}},
    {"stripes", "fabric", color = "#f6f4ee", role = "secondary", names = {"stripes", "stripe", "bands"}},
    {"pole", "steel", color = "#b8bcc4", role = "detail", names = {"pole", "post", "ring", "frame"}},
  },
  points = {"top"},
  build = function(k)
    local h = k.p.h
    local L = h * 0.55
    local r0, r1 = 34, 16
    local pole = cylinder(7, h) + cylinder(22, 10, 2)
    local y = h - 20
    -- the sock: a cone lying along +X, drooping a little
    local sock = cone(r0, r1, L):rotz(-90):rotz(-k.p.droop):move(14, y, 0)
    local hollow = cone(r0 - 4, r1 - 4, L + 10):rotz(-90):rotz(-k.p.droop):move(10, y, 0)
    sock = sock - hollow
    local stripes = {}
    for i = 1, 4, 2 do
      local band = box(L / 5, 200, 200):move(14 + L * (i + 0.5) / 5, y, 0):rotz(-k.p.droop)
      stripes[#stripes + 1] = intersect(sock:round(1), band)
    end
    local ring = torus(r0 + 1, 4):rotz(90):move(14, y, 0) + capsule({0, y, 0}, {16, y, 0}, 5)
    local shape = pole:part("pole") + ring:part("pole") + sock:part("sock") + union(stripes):part("stripes")
    k.attach("top", {0, h, 0}, 12)
    return shape:roty(-30)
  end,
}
