-- A bracelet: a rigid gold bangle, a charm bracelet of links with dangling
-- charms, or a string of beads, lying flat.
return {
  id = "bracelet",
  names = {"bracelet", "bangle", "cuff bracelet", "wristband jewellery", "braclet", "bracelette"},
  lvis = {"bracelet"},
  family = "jewellery",
  size_mm = 22,
  description = "A bracelet",
  params = {},
  parts = {
    {"metal", "gold", color = "#e0b030", role = "primary", names = {"metal", "bangle", "chain", "bracelet"}},
    {"beads", "gloss", color = "#3a8ad8", role = "secondary", names = {"beads", "gems", "stones", "charms"}},
  },
  variants = {
    beads = {names = {"bead bracelet", "beaded bracelet"}, size_mm = 14},
    charm = {names = {"charm bracelet"}},
  },
  build = function(k)
    local v = k.variant
    local R = 34
    if v == "beads" then
      local b = {}
      for i = 0, 21 do
        local a = 2 * math.pi * i / 22
        b[#b + 1] = sphere(5):move(math.cos(a) * R, 5, math.sin(a) * R)
      end
      return union(b):part("beads")
    end
    if v == "charm" then
      local links, charms = {}, {}
      for i = 0, 29 do
        local a = 2 * math.pi * i / 30
        -- links alternate upright and flat, each reaching into the next
        local link = i % 2 == 0 and torus(3.6, 1.6):rotx(90):roty(90 - math.deg(a)) or torus(3.6, 1.6)
        links[#links + 1] = link:move(math.cos(a) * R, 5, math.sin(a) * R)
      end
      for i = 0, 4 do
        local a = 2 * math.pi * i / 5
        local p = {math.cos(a) * (R + 9), 3, math.sin(a) * (R + 9)}
        charms[#charms + 1] = (i % 2 == 0 and star(5, 7, 3, 3):rotx(-90) or sphere(4.5)):move(p)
        -- the jump ring that hangs the charm on the chain
        links[#links + 1] = capsule({math.cos(a) * R, 5, math.sin(a) * R}, {p[1], p[2] + 1, p[3]}, 1.5)
      end
      return union(union(links):part("metal"), union(charms):part("beads"))
    end
    local bangle = torus(R, 4):stretch(1, 1.8, 1):move(0, 7.2, 0)
    local stones = {}
    for i = 0, 11 do
      local a = 2 * math.pi * i / 12
      stones[#stones + 1] = sphere(2.4):move(math.cos(a) * (R + 4), 7.2, math.sin(a) * (R + 4))
    end
    local shape = bangle:part("metal")
    if k.chance(0.5) then shape = shape + union(stones):part("beads") end
    return shape
  end,
}
