-- A jellyfish: a translucent domed bell with a frilled rim, frilly oral arms
-- hanging from the centre and long thin wavy tentacles trailing below.
return {
  id = "jellyfish",
  names = {"jellyfish", "jelly fish", "jelly", "medusa", "moon jelly", "box jellyfish", "sea jelly"},
  lvis = {},
  family = "sea_life",
  size_mm = 300,
  description = "A jellyfish",
  params = {sway = {4, 9}},
  parts = {
    {"bell", "glass", color = "#f2a6d8", role = "primary", names = {"bell", "body", "dome"}},
    {"arms", "gloss", color = "#e87ac0", role = "secondary", names = {"arms", "oral arms", "frills"}},
    {"tentacles", "gloss", color = "#f6c8e6", role = "detail", names = {"tentacles"}},
  },
  points = {"head", "top"},
  attach_to = {"head"},
  build = function(k)
    local R, H = 60, 44
    local base = 150
    local prof = {}
    for i = 0, 12 do
      local t = i / 12
      local a = t * math.pi / 2
      prof[#prof + 1] = {math.max(0.5, R * math.cos(a)), base + H * math.sin(a)}
    end
    local bell = lathe(prof)
    bell = smooth(4, bell, torus(R - 3, 4):move(0, base + 2, 0))
    local scallops = {}
    for i = 0, 15 do
      local a = math.rad(i * 22.5)
      scallops[#scallops + 1] = sphere(6):stretch(1, 0.6, 1):move(math.cos(a) * (R - 1), base - 1, math.sin(a) * (R - 1))
    end
    bell = smooth(3, bell, union(table.unpack(scallops)))
    bell = smooth(6, bell, ellipsoid(R * 0.6, 10, R * 0.6):move(0, base - 4, 0))
    local sw = k.p.sway
    local arms = {}
    for i = 0, 3 do
      local a = math.rad(45 + i * 90)
      local dx, dz = math.cos(a), math.sin(a)
      local pts = {}
      for j = 0, 6 do
        local y = base - 4 - j * 18
        pts[#pts + 1] = {dx * (8 + j * 2) + math.sin(j * 1.3 + i) * sw, y, dz * (8 + j * 2) + math.cos(j * 1.1 + i) * sw}
      end
      arms[#arms + 1] = tube(pts, 7, 4):noise(1.6, 8)
    end
    local tents = {}
    for i = 0, 11 do
      local a = math.rad(i * 30 + 15)
      local dx, dz = math.cos(a), math.sin(a)
      local pts = {}
      local n = 7
      for j = 0, n do
        local y = base - j * 20
        local r = R * 0.85 - j * 2
        pts[#pts + 1] = {dx * r + math.sin(j * 1.2 + i * 0.7) * sw, math.max(2, y), dz * r + math.cos(j * 0.9 + i) * sw}
      end
      tents[#tents + 1] = tube(pts, 2.6, 1.9)
    end
    local shape = bell:part("bell") + union(table.unpack(arms)):part("arms") + union(table.unpack(tents)):part("tentacles")
    k.attach("head", {0, base + H, 0}, R * 1.4)
    return shape
  end,
}
