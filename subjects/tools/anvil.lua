-- An anvil: a heavy dark iron block with a flat working face, a tapering
-- horn at the front and a waisted body on a wide foot.
return {
  id = "anvil",
  names = {"anvil", "blacksmith anvil", "iron anvil", "anvill"},
  lvis = {},
  family = "tools",
  size_mm = 300,
  description = "A blacksmith's anvil",
  params = {},
  parts = {
    {"iron", "iron", color = "#3a3c42", role = "primary", names = {"iron", "body", "anvil"}},
    {"face", "steel", color = "#8a9098", role = "secondary", names = {"face", "top"}},
  },
  build = function(k)
    local L, W = 420, 130
    local foot = box(340, 60, 190, 10):move(0, 30, 0)
    local waist = box(150, 140, 90, 12):move(0, 120, 0)
    local top = box(L * 0.7, 80, W, 8):move(-20, 230, 0)
    local horn = limb({100, 236, 0}, {330, 250, 0}, 58, 6):stretch(1, 0.85, 1)
    local heel = box(60, 60, W * 0.85, 6):move(-170, 240, 0)
    local body = smooth(18, foot, waist, top)
    body = smooth(10, body, horn, heel)
    body = intersect(body, box(2000, 270, 2000):move(0, 135, 0))
    local face = intersect(body, box(320, 8, 200):move(-20, 268, 0))
    return union(body:part("iron"), face:part("face")):roty(-25)
  end,
}
