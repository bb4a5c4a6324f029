-- Broccoli: a pale thick stalk branching into a dome of knobbly dark green florets.
local F -- the food library, loaded when building

return {
  id = "broccoli",
  names = {"broccoli", "brocolli", "brocoli", "broccoli floret", "head of broccoli"},
  lvis = {"broccoli", "cauliflower"},
  family = "food",
  size_mm = 140,
  description = "A head of broccoli",
  params = {n = {7, 9}},
  parts = {
    {"florets", "plant", color = "#2f7a2c", role = "primary", names = {"florets", "head", "top", "crown"}},
    {"stalk", "plant", color = "#8ab85a", role = "secondary", names = {"stalk", "stem", "stems"}},
  },
  variants = {
    cauliflower = {names = {"cauliflower", "cauli"}, colors = {florets = "#f2ecd6", stalk = "#7aa850"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local stalk = lathe({{22, 0}, {18, 20}, {17, 50}, {22, 64}})
    local branches, florets = {}, {}
    local n = math.floor(k.p.n + 0.5)
    local c = {0, 64, 0}
    florets[#florets + 1] = sphere(34):move(0, 100, 0)
    for i = 0, n - 1 do
      local az = 360 * i / n + k.rand(-15, 15)
      local el = k.rand(35, 60)
      local d = F.dir(az, el)
      local e = F.add(c, F.mul(d, 46))
      branches[#branches + 1] = limb(c, e, 9, 6)
      florets[#florets + 1] = sphere(k.rand(24, 30)):move(F.add(e, F.mul(d, 12)))
    end
    local head = smooth(6, table.unpack(florets)):noise(3.5, 12, 2)
    return union(smooth(5, stalk, union(branches)):part("stalk"), head:part("florets"))
  end,
}
