-- A tulip: a closed cup of pointed petals on a straight stem with two long
-- broad leaves from the base.
local P -- the plant library, loaded when building

return {
  id = "tulip",
  names = {"tulip", "tulips flower", "red tulip", "tullip", "tulipe"},
  lvis = {"tulip"},
  family = "plants",
  size_mm = 240,
  description = "A tulip",
  params = {height = {190, 230}, lean = {-8, 8}},
  parts = {
    {"petals", "plant", color = "#e0242c", role = "primary", names = {"petals", "petal", "flower", "head", "bloom", "cup"}},
    {"stem", "plant", color = "#5a9a3a", role = "secondary", names = {"stem", "stalk"}},
    {"leaves", "plant", color = "#5a9a46", role = "detail", names = {"leaves", "leaf"}},
  },
  points = {"top"},
  build = function(k)
    P = use("plant")
    local h = k.p.height
    local top = {k.p.lean, h, 0}
    local cup = lathe({{4, 0}, {13, 6}, {19, 18}, {20.5, 30}, {18, 42}, {13, 50}})
    local petals = {}
    for i = 0, 5 do
      local outer = i % 2 == 0
      petals[#petals + 1] = P.leaf_at({0, 4, 0}, outer and 58 or 60, outer and 32 or 30, 3, 60 * i, outer and 79 or 83, 0.55)
        :move(P.mul(P.dir(60 * i, 0), outer and 7 or 5))
    end
    local head = smooth(3, cup, union(petals)):move(top[1], top[2] - 4, top[3]):part("petals")
    local stem = tube({{0, 0, 0}, {top[1] * 0.3, h * 0.5, 2}, top}, 3.6, 3):part("stem")
    local az = k.rand(0, 180)
    local leaves = union(
      P.arch_leaf({0, 3, 0}, h * 0.62, 36, 2.6, az, 72, 0.28, 0.7),
      P.arch_leaf({0, 3, 0}, h * 0.5, 32, 2.6, az + 170, 66, 0.32, 0.7)):part("leaves")
    return union(stem, leaves, head)
  end,
}
