-- Mushrooms and toadstools: a lathe stem with a bulbous foot under a domed
-- cap; a toadstool is red with white spots.
return {
  id = "mushroom",
  names = {"mushroom", "fungus", "fungi", "shroom", "champignon", "porcini", "button mushroom", "mushrom"},
  lvis = {"mushroom"},
  family = "plants",
  size_mm = 120,
  description = "A mushroom with a domed cap on a stem",
  params = {stem_h = {70, 90}, stem_r = {12, 16}, cap_r = {45, 58}, cap_k = {0.55, 0.75}},
  parts = {
    {"cap", "plastic", color = "#a56e46", role = "primary", names = {"cap", "top"}},
    {"stem", "plastic", color = "#f0e8d7", role = "secondary", names = {"stem", "stalk"}},
    {"spots", "plastic", color = "#faf9f5", role = "detail", names = {"spots", "dots"}},
  },
  variants = {
    toadstool = {names = {"toadstool", "fly agaric", "amanita", "red mushroom", "magic mushroom", "spotted mushroom"},
                 colors = {cap = "#d2231e"}},
  },
  build = function(k)
    local toadstool = k.variant == "toadstool"
    local stem_h, stem_r = k.p.stem_h, k.p.stem_r
    local cap_r = k.p.cap_r * (k.style == "cartoon" and 1.15 or 1)
    local cap_h = cap_r * k.p.cap_k
    local prof = {}
    for i = 0, 12 do
      local t = i / 12
      prof[#prof + 1] = {stem_r * (1 + 0.45 * (1 - t) ^ 3), t * (stem_h + 5)}
    end
    local stem = lathe(prof):part("stem")
    local dome = ellipsoid(cap_r, cap_h, cap_r)
    local cap = intersect(dome, box(2 * (cap_r + 1), 2 * cap_h, 2 * (cap_r + 1)):move(0, cap_h - cap_h * 0.15, 0))
    cap = smooth_sub(cap, ellipsoid(cap_r * 0.8, cap_h * 0.25, cap_r * 0.8):move(0, -cap_h * 0.12, 0), 4)
    cap = cap:move(0, stem_h, 0)
    local shape = smooth(5 * k.soft, stem, cap:part("cap"))
    if toadstool then
      local spots = {}
      local count = k.int(7, 11)
      for i = 1, count do
        local a = 2 * math.pi * k.rand(0, 1)
        local e = k.rand(0.25, 1.3)
        local n = {math.cos(a) * math.cos(e), math.sin(e), math.sin(a) * math.cos(e)}
        spots[#spots + 1] = sphere(k.rand(4.5, 7.5)):move(n[1] * cap_r, n[2] * cap_h + stem_h, n[3] * cap_r)
      end
      shape = shape + intersect(union(spots), cap:round(1.6)):part("spots")
    end
    return shape
  end,
}
