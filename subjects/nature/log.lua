-- A log: a length of tree trunk lying down, rough bark with a stub of a cut
-- branch, and pale end grain with growth rings; a stump is a short trunk
-- standing on flaring roots with a ringed top.
return {
  id = "log",
  names = {"log", "wood log", "firewood", "tree log", "timber", "fallen log", "lumber log", "fallen tree",
           "fallen tree trunk",
           "fallen trunk", "tree trunk", "felled tree", "rotting log"},
  lvis = {"log"},
  family = "nature",
  size_mm = 130,
  description = "A log",
  params = {len = {330, 400}, r = {55, 65}},
  parts = {
    {"bark", "wood", color = "#5a3e28", role = "primary", names = {"bark", "log", "wood"}},
    {"rings", "wood", color = "#d8b080", role = "secondary", names = {"rings", "end grain", "ends", "top"}},
    {"moss", "plant", color = "#5c8a32", role = "detail", names = {"moss"}},
  },
  variants = {
    stump = {names = {"tree stump", "stump"}, size_mm = 250},
  },
  build = function(k)
    local L, r = k.p.len, k.p.r
    if k.variant == "stump" then
      local R = r * 1.8
      local h = R * 1.3
      local trunk = cylinder(R, h)
      local roots = {}
      for i = 0, 4 do
        local a = 72 * i + k.rand(-12, 12)
        local d = {math.cos(math.rad(a)), 0, math.sin(math.rad(a))}
        roots[#roots + 1] = limb({d[1] * R * 0.5, h * 0.35, d[3] * R * 0.5}, {d[1] * R * 1.7, 6, d[3] * R * 1.7}, R * 0.35, R * 0.12)
      end
      local bark = smooth(12, trunk, union(roots)):noise(3, 18, 2)
      bark = subtract(bark, cylinder(R * 3, 100):move(0, h - 2, 0))
      local top = cylinder(R - 3, 6):move(0, h - 6, 0)
      local rings = {}
      for i = 1, 5 do rings[#rings + 1] = torus(R * i / 6, 1.2):move(0, h, 0) end
      local tilt_top = union(top, union(rings))
      return union(bark:part("bark"), intersect(tilt_top, cylinder(R * 3, h + 0.6)):part("rings"))
    end
    local body = cylinder(r, L):rotz(-90):move(-L / 2, r, 0)
    local branch = limb({0, r, 0}, {40, r * 2.1, 20}, r * 0.35, r * 0.28)
    local bark = smooth(6, body, branch):noise(2.5, 14, 2)
    bark = subtract(bark, union(box(40, 4 * r, 4 * r):move(-L / 2 - 20 + 3, r, 0), box(40, 4 * r, 4 * r):move(L / 2 + 20 - 3, r, 0)))
    local ends = {}
    for _, s in ipairs({-1, 1}) do
      local e = cylinder(r - 3, 4):rotz(-90):move(s > 0 and (L / 2 - 5) or (-L / 2 + 1), r, 0)
      ends[#ends + 1] = e
      for i = 1, 4 do ends[#ends + 1] = torus(r * i / 5, 1.1):rotz(90):move(s * (L / 2 - 3), r, 0) end
    end
    local cap = sphere(r * 0.28):stretch(0.4, 1, 1):move(40, r * 2.1, 20):rotz(0)
    return union(bark:part("bark"), union(union(ends), intersect(cap, sphere(r * 0.3):move(44, r * 2.2, 22))):part("rings"))
  end,
}
