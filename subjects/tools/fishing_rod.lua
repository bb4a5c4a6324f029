-- A fishing rod: a long tapering rod with a cork grip, a reel hanging under
-- it above the grip, line guides along it and the line running from the tip
-- down to a red and white float with a hook below.
return {
  id = "fishing_rod",
  names = {"fishing rod", "fishing pole", "rod and reel", "fishing rod and reel", "angling rod", "fly rod",
           "fly fishing rod", "fishingrod", "fishing road"},
  lvis = {"fishing_rod"},
  family = "tools",
  size_mm = 1800,
  description = "A fishing rod with a reel, a line and a float",
  params = {bend = {0.2, 0.26}},
  parts = {
    {"rod", "plastic", color = "#2a3a5a", role = "primary", names = {"rod", "pole", "blank"}},
    {"grip", "wood", color = "#c89860", role = "secondary", names = {"grip", "handle", "cork"}},
    {"reel", "steel", color = "#b8bcc4", role = "detail", names = {"reel", "spool"}},
    {"line", "plastic", color = "#e8e8e0", role = "detail", names = {"line", "fishing line"}},
    {"float", "plastic", color = "#e02a20", role = "detail", names = {"float", "bobber", "hook", "lure"}},
  },
  attach_to = {"hand", "top"},
  build = function(k)
    local L = 1800
    -- The rod rises from the butt (at the origin) along +Y, bowing a little
    -- towards +X at the tip.
    local pts = {}
    for i = 0, 8 do
      local t = i / 8
      pts[#pts + 1] = {L * k.p.bend * t * t, L * t, 0}
    end
    -- Thin parts keep at least about 1% of the length in radius, so they
    -- survive meshing at the draft grid.
    local tmin = L * 0.011
    local rod = tube(pts, 22, tmin)
    local grip = limb({0, 20, 0}, {0, 380, 0}, 34, 30) + sphere(36):move(0, 14, 0)
    -- The reel: a spool on a foot under the rod, with a small crank.
    local reel = limb({0, 440, 0}, {-50, 440, 0}, tmin, tmin)
      + cylinder(62, 44, 10):rotz(90):move(-48, 440, 0)
      + limb({-92, 440, 0}, {-96, 440, 50}, tmin, tmin) + sphere(tmin * 1.5):move(-96, 440, 56)
    -- Guides: small rings along the rod.
    local guides = {}
    for i = 1, 4 do
      local t = 0.3 + 0.16 * i
      local x, y = L * k.p.bend * t * t, L * t
      guides[#guides + 1] = torus(34 - 4 * i, tmin * 0.8):rotz(90):move(x - 40, y, 0)
    end
    -- The line hangs from the tip to a float and a hook.
    local tip = pts[#pts]
    local fy = L * 0.38
    local line = limb({tip[1], tip[2] - 4, 0}, {tip[1], fy + 60, 0}, tmin * 0.9, tmin * 0.9)
    local float = sphere(52):move(tip[1], fy + 30, 0):part("float")
      + cone(44, tmin, 60):move(tip[1], fy + 44, 0):part("line")
      + limb({tip[1], fy, 0}, {tip[1], fy - 150, 0}, tmin * 0.9, tmin * 0.9):part("line")
      + torus(34, tmin * 0.9):rotx(90):move(tip[1] + 30, fy - 170, 0):part("float")
    local shape = union(rod:part("rod"), grip:part("grip"), reel:part("reel"), union(guides):part("reel"),
                        line:part("line"), float)
    -- Held, it stands in the hand as carried; alone it leans.
    if k.worn then return shape end
    return shape:rotz(-12):move(0, 0, 0)
  end,
}
