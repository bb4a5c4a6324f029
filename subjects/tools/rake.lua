-- A garden rake: a long wooden pole with a straight steel head of many tines,
-- standing on its tines.
return {
  id = "rake",
  names = {"rake", "garden rake", "raek"},
  lvis = {"rake"},
  family = "tools",
  size_mm = 1500,
  description = "A garden rake",
  params = {len = {1400, 1550}, tines = {12, 16}},
  parts = {
    {"head", "steel", color = "#5a8a5a", role = "primary", names = {"head", "tines", "teeth", "metal"}},
    {"pole", "wood", color = "#c08a4e", role = "secondary", names = {"pole", "handle", "shaft"}},
  },
  build = function(k)
    local L = k.p.len
    local n = math.floor(k.p.tines + 0.5)
    local W = 460
    local bar = box(W, 26, 24, 6):move(0, 90, 0)
    local tines = {}
    for i = 0, n - 1 do
      local x = -W / 2 + 10 + (W - 20) * i / (n - 1)
      tines[#tines + 1] = tube({{x, 92, 0}, {x, 30, 0}, {x, 8, 26}}, 11, 9.5)
    end
    local neck = limb({0, 95, 0}, {0, 170, 0}, 14, 12) + limb({-60, 95, 0}, {0, 170, 0}, 10, 10) + limb({60, 95, 0}, {0, 170, 0}, 10, 10)
    local pole = cylinder(20, L - 160):move(0, 160, 0)
    return union(union(bar, union(tines), neck):part("head"), pole:part("pole"))
  end,
}
