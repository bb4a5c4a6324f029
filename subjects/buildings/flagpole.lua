-- A flagpole: a tall slender white pole on a base with a ball finial and a
-- rectangular flag flying from the top.
return {
  id = "flagpole",
  names = {"flagpole", "flag pole", "flagstaff", "banner pole", "flag on a flagpole"},
  lvis = {"flagpole"},
  family = "buildings",
  size_mm = 6000,
  description = "A flag flying on a flagpole",
  params = {h = {420, 460}, wave = {6, 12}},
  parts = {
    {"flag", "fabric", color = "#d42a2a", role = "primary", names = {"flag", "banner"}},
    {"pole", "paint", color = "#f2f2f0", role = "secondary", names = {"pole", "post", "staff"}},
    {"finial", "gold", color = "#d8b040", role = "detail", names = {"finial", "ball", "top"}},
    {"base", "concrete", color = "#9a968e", role = "detail", names = {"base"}},
  },
  points = {"top"},
  build = function(k)
    local h = k.p.h
    local pole = cone(6, 3.5, h)
    local base = cylinder(30, 14, 3) + cylinder(20, 24, 3)
    local finial = sphere(8):move(0, h + 6, 0)
    -- a waving flag: a thin sheet bent along a sine in Z
    local fw, fh = 170, 110
    -- the sheet: a wavy band seen from above, extruded to the flag's height
    local top, bot = {}, {}
    local n = 16
    for i = 0, n do
      local x = 2 + fw * i / n
      local z = k.p.wave * math.sin(i / n * math.pi * 2) * (i / n)
      top[#top + 1] = {x, z + 3.5}
      bot[#bot + 1] = {x, z - 3.5}
    end
    local outline = {}
    for i = 1, #bot do outline[#outline + 1] = bot[i] end
    for i = #top, 1, -1 do outline[#outline + 1] = top[i] end
    local flag = extrude(outline, fh, 1.5):rotx(90):move(0, h - fh / 2 - 6, 0)
    local shape = pole:part("pole") + base:part("base") + finial:part("finial") + flag:part("flag")
    k.attach("top", {0, h + 14, 0}, 16)
    return shape
  end,
}
