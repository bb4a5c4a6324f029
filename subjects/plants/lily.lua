-- A lily: a trumpet of six long pointed petals curling back from the throat,
-- long stamens, on a tall leafy stem.
local P -- the plant library, loaded when building

return {
  id = "lily",
  names = {"lily", "lilly", "easter lily", "lillies flower", "lily flower"},
  lvis = {},
  family = "plants",
  size_mm = 280,
  description = "A lily",
  params = {height = {220, 260}, tilt = {30, 50}},
  parts = {
    {"petals", "plant", color = "#f6f2ec", role = "primary", names = {"petals", "petal", "flower", "head", "bloom"}},
    {"stamens", "plant", color = "#c8601e", role = "detail", names = {"stamens", "centre", "center", "pollen"}},
    {"stem", "plant", color = "#4a8a34", role = "secondary", names = {"stem", "stalk", "leaves"}},
  },
  variants = {
    tiger = {names = {"tiger lily", "daylily"}, colors = {petals = "#f0701e", stamens = "#5a2a1a"}},
    stargazer = {names = {"stargazer lily"}, colors = {petals = "#e84a8a"}},
  },
  points = {"top"},
  build = function(k)
    P = use("plant")
    local h = k.p.height
    local top = {10, h, 0}
    local petals = {}
    for i = 0, 5 do
      local az = 60 * i
      petals[#petals + 1] = P.arch_leaf({0, 0, 0}, 85, 32, 7, az, 58, 0.5, 0.8)
    end
    local throat = cone(6, 18, 28)
    local st = {}
    for i = 0, 5 do
      local d = P.dir(60 * i + 30, 70)
      local e = P.mul(d, 52)
      st[#st + 1] = capsule({0, 4, 0}, e, 3)
      st[#st + 1] = ellipsoid(4, 4, 6):move(e)
    end
    local face = P.dir(0, 90 - k.p.tilt)
    local head = (smooth(3, throat, union(petals)):part("petals") + union(st):part("stamens")):aim(face, top)
    local stem = P.stem_to(P.sub(top, P.mul(face, 2)), 3.6, {0, 0, 1}, 5)
    local leaves = {}
    for i = 0, 5 do
      local y = h * (0.15 + 0.11 * i)
      leaves[#leaves + 1] = P.arch_leaf(P.add({top[1] * y / h, y, 5 * math.sin(math.pi * y / h)}, P.mul(P.dir(75 * i, 0), -2.5)), 70 - i * 5, 16, 6, 75 * i, 45, 0.3, 0.9)
    end
    return union(union(stem, union(leaves)):part("stem"), head)
  end,
}
