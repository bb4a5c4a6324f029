-- An egg: a smooth oval, wider at the bottom; a fried egg is a flat irregular
-- white with a round yellow yolk.
return {
  id = "egg",
  names = {"egg", "chicken egg", "white egg", "boiled egg", "eggs food", "eg"},
  lvis = {"egg", "fried_egg"},
  family = "food",
  size_mm = 58,
  description = "An egg",
  params = {r = {21, 23}},
  parts = {
    {"shell", "ceramic", color = "#f4ecdc", role = "primary", names = {"shell", "egg", "white"}},
    {"yolk", "glazed", color = "#f6b614", role = "secondary", names = {"yolk"}},
  },
  variants = {
    brown = {names = {"brown egg"}, colors = {shell = "#d6a070"}},
    fried = {names = {"fried egg", "sunny side up", "egg sunny side up"}, size_mm = 18, colors = {shell = "#fbfaf5"}},
    easter = {names = {"easter egg", "painted egg"}, colors = {shell = "#8ac8f0", yolk = "#f8e060"}},
  },
  points = {"top"},
  build = function(k)
    local r = k.p.r
    if k.variant == "fried" then
      local white = cylinder(60, 6, 2.8):noise(7, 45, 2):stretch(1, 0.8, 1)
      local puff = ellipsoid(34, 6, 34):move(8, 5, 4)
      local yolk = ellipsoid(20, 12, 20):move(8, 7, 4)
      return union(smooth(4, white, puff):part("shell"), yolk:part("yolk"))
    end
    local prof = {}
    for i = 0, 20 do
      local t = i / 20
      local y = t * 2.6 * r
      local rr = r * math.sqrt(math.max(0, 1 - (2 * t - 1) ^ 2)) * (1.08 - 0.2 * t)
      prof[#prof + 1] = {math.max(rr, 0.3), y}
    end
    local egg = lathe(prof)
    if k.variant == "easter" then
      local bands = union(intersect(egg:round(0.6), box(100, 6, 100):move(0, r * 1.1, 0)),
                          intersect(egg:round(0.6), box(100, 4, 100):move(0, r * 1.6, 0)))
      return union(egg:part("shell"), bands:part("yolk"))
    end
    return egg:part("shell")
  end,
}
