-- A hovercraft: a flat boat body riding on a thick black rubber skirt, with
-- a cabin up front and two big ducted fans at the back.
return {
  id = "hovercraft",
  names = {"hovercraft", "hover craft", "air cushion vehicle", "hoverboat"},
  lvis = {},
  family = "boats",
  size_mm = 4000,
  description = "A hovercraft with a skirt and ducted fans",
  params = {len = {380, 420}},
  parts = {
    {"body", "paint", color = "#f2f2ee", role = "primary", names = {"body", "hull", "deck"}},
    {"skirt", "rubber", color = "#1e1e22", role = "secondary", names = {"skirt", "cushion"}},
    {"fans", "paint", color = "#d8302a", role = "detail", names = {"fans", "fan", "ducts", "propellers", "rudders"}},
    {"windows", "gloss", color = "#2a3a50", role = "detail", names = {"windows", "cabin glass"}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local W = L * 0.5
    local sk = 24
    local skirt = capsule({-(L / 2 - W / 2), sk, 0}, {L / 2 - W / 2, sk, 0}, W / 2) * box(2000, sk * 2, 2000):move(0, sk, 0)
    local body = box(L - 30, 18, W - 20, 8):move(0, sk * 2 + 8, 0)
    local cabin = box(L * 0.4, 50, W * 0.62, 12):move(L * 0.12, sk * 2 + 40, 0)
    local glass = intersect(cabin:round(1.5), box(2000, 18, 2000):move(0, sk * 2 + 48, 0))
    local fans = {}
    for _, z in ipairs({-W * 0.22, W * 0.22}) do
      local c = {-L * 0.36, sk * 2 + 60, z}
      local duct = (cylinder(40, 30) - cylinder(32, 40):move(0, -5, 0)):move(0, -15, 0):rotz(90)
      fans[#fans + 1] = (duct + cylinder(8, 24):move(0, -12, 0):rotz(90)):move(c[1], c[2], c[3])
      fans[#fans + 1] = box(10, 40, 10):move(c[1], sk * 2 + 30, z)
      fans[#fans + 1] = radial(box(5, 32, 12):move(0, 16, 0), 3):rotz(90):rotx(30):move(c[1], c[2], c[3])
      fans[#fans + 1] = box(6, 74, 6):move(c[1] - 14, c[2], c[3])
    end
    local shape = skirt:part("skirt") + body:part("body") + cabin:part("body") + glass:part("windows") + union(fans):part("fans")
    k.attach("top", {L * 0.12, sk * 2 + 66, 0}, W * 0.5)
    return shape
  end,
}
