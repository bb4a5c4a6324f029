-- A necklace: a fine chain hanging in a U (a loop of small links) with a
-- pendant: a heart, a gem in a bezel, or a pearl string.
return {
  id = "necklace",
  names = {"necklace", "neckless", "necklase", "pendant", "pendant necklace", "chain necklace", "gold chain", "amulet", "neclace",
           "necklase"},
  lvis = {"necklace"},
  family = "jewellery",
  size_mm = 200,
  description = "A necklace with a pendant",
  params = {},
  parts = {
    {"chain", "gold", color = "#e0b030", role = "primary", names = {"chain", "metal", "necklace"}},
    {"pendant", "gloss", color = "#d0102a", role = "secondary", names = {"pendant", "gem", "stone", "heart", "jewel", "locket"}},
    {"pearls", "ceramic", color = "#f6f0e6", role = "detail", names = {"pearls", "beads"}},
  },
  variants = {
    pearl = {names = {"pearl necklace", "string of pearls", "pearls"}},
    heart = {names = {"heart necklace", "heart pendant", "locket"}},
  },
  build = function(k)
    local v = k.variant
    -- the chain hangs in a U in the XY plane
    local W, H = 70, 170
    local pts = {}
    local n = v == "pearl" and 44 or 60
    for i = 0, n do
      local t = i / n
      local a = math.pi * 2 * t
      local x = W * math.sin(a)
      local y = H * (0.5 + 0.5 * math.cos(a)) ^ 1.0
      pts[#pts + 1] = {x, H - y + 30, (1 - math.cos(a)) * 8}
    end
    local links = {}
    if v == "pearl" then
      for i = 1, n do links[#links + 1] = sphere(6.2):move(pts[i]) end
      return union(links):part("pearls"):rotx(-25)
    end
    for i = 1, n do
      local p, q = pts[i], pts[i + 1]
      local d = {q[1] - p[1], q[2] - p[2], q[3] - p[3]}
      local l = math.sqrt(d[1] ^ 2 + d[2] ^ 2 + d[3] ^ 2)
      local link = torus(3.6, 2.2):stretch(1, 1, 1.4):rotx(90):rotz(i % 2 == 0 and 0 or 90)
      links[#links + 1] = link:roty(0):aim({d[1] / l, d[2] / l, d[3] / l}, p)
    end
    local bottom = {0, 30, 0}
    local bail = torus(4.5, 2.2):rotx(90):rotz(90):move(0, 24, 0)
    local pendant
    if v == "heart" then
      local o = {}
      for i = 0, 32 do
        local t = 2 * math.pi * i / 32
        o[#o + 1] = {1.1 * 16 * math.sin(t) ^ 3, 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)}
      end
      pendant = extrude(o, 7, 2.5):move(0, 15, 0)
    else
      local bezel = torus(11, 2.5):rotx(90):move(0, 8, 0)
      local stone = sphere(11):stretch(1, 1, 0.55):move(0, 8, 0)
      return union(union(links):part("chain"), union(bail, bezel):part("chain"), stone:part("pendant")):rotx(-25)
    end
    return union(union(links):part("chain"), bail:part("chain"), pendant:part("pendant")):rotx(-25)
  end,
}
