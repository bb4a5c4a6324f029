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
    -- The bottom of a shell cracked open round a jagged rim: what hatches
    -- stands in it ("a baby dragon hatching from an egg").
    hatched = {names = {"hatched egg", "hatching egg", "cracked egg", "broken egg", "eggshell", "egg shell",
                        "cracked eggshell", "broken eggshell"}, size_mm = 60},
  },
  points = {"top", "inside"},
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
    if k.variant == "hatched" then
      local t = 2.2
      local shell = subtract(egg, egg:scale(1 - t / r):move(0, t * 1.2, 0))
      -- Cut round a jagged rim: kept below the teeth's tips, then notched
      -- down between them by inverted cones.
      local cut, tooth, n = r * 1.25, r * 0.38, 9
      shell = intersect(shell, box(r * 4, cut + tooth, r * 4):move(0, (cut + tooth) / 2, 0))
      local notches = {}
      for i = 0, n - 1 do
        local a = (i + 0.5) * 2 * math.pi / n
        notches[#notches + 1] = cone(0.5, r * 0.42, tooth + 1):move(math.cos(a) * r, cut, math.sin(a) * r)
      end
      shell = subtract(shell, union(notches))
      -- What hatches is as wide as the egg and stands up out of it.
      k.attach("inside", {0, r * 0.7, 0}, r * 2.1)
      k.attach("top", {0, cut + tooth, 0}, r * 1.8)
      return shell:part("shell")
    end
    if k.variant == "easter" then
      local bands = union(intersect(egg:round(0.6), box(100, 6, 100):move(0, r * 1.1, 0)),
                          intersect(egg:round(0.6), box(100, 4, 100):move(0, r * 1.6, 0)))
      return union(egg:part("shell"), bands:part("yolk"))
    end
    return egg:part("shell")
  end,
}
