-- A treehouse: a little wooden hut with a pitched roof up in a big leafy
-- tree, on a platform round the trunk, with a rope ladder hanging down.
local B = use and use("building")

return {
  id = "treehouse",
  names = {"treehouse", "tree house", "tree fort", "treefort", "tree hut"},
  lvis = {},
  family = "buildings",
  size_mm = 7000,
  description = "A wooden treehouse in a tree",
  params = {h = {200, 230}},
  parts = {
    {"house", "wood", color = "#b08050", role = "primary", names = {"house", "hut", "walls", "planks"}},
    {"roof", "wood", color = "#a83a2a", role = "secondary", names = {"roof"}},
    {"trunk", "wood", color = "#6a4a30", role = "detail", names = {"trunk", "tree", "branches", "bark"}},
    {"leaves", "plant", color = "#4a8a3a", role = "detail", names = {"leaves", "foliage", "canopy"}},
    {"ladder", "fabric", color = "#c8a870", role = "detail", names = {"ladder", "rope ladder", "rope"}},
    {"windows", "wood", color = "#2a1e16", role = "fixed"},
  },
  points = {"top"},
  build = function(k)
    local h = k.p.h
    local trunk = cone(40, 26, h + 160) + cone(60, 40, 30)
    local branches = capsule({0, h + 60, 0}, {-90, h + 150, 40}, 14) + capsule({0, h + 90, 0}, {80, h + 170, -50}, 13)
    local leaves = union({sphere(110):move(-20, h + 230, -10), sphere(90):move(-100, h + 170, 50), sphere(85):move(90, h + 190, -60),
                          sphere(80):move(40, h + 270, 60), sphere(70):move(-60, h + 280, -70)}):noise(6, 40)
    -- platform and hut sit in front (+Z) of the trunk
    local py = h
    local platform = B.block(-110, py - 10, -60, 110, py, 150, 2)
    local braces = capsule({0, py - 90, 30}, {-90, py - 8, 130}, 7) + capsule({0, py - 90, 30}, {90, py - 8, 130}, 7)
    local hw, hd, wh = 75, 60, 90
    local hut = B.block(-hw, py, 40 - hd, hw, py + wh, 40 + hd)
    local roof = B.gable(hw * 2, hd * 2, 60, 14):move(0, py + wh, 40)
    local door = B.block(-18, py, 40 + hd - 6, 18, py + 64, 40 + hd + 2)
    local win = B.block(34, py + 36, 40 + hd - 6, 58, py + 60, 40 + hd + 2) + B.block(hw - 6, py + 36, 20, hw + 2, py + 60, 50)
    local rails = {}
    for _, x in ipairs({-105, 105}) do rails[#rails + 1] = capsule({x, py, 140}, {x, py + 40, 140}, 3.5) end
    rails[#rails + 1] = capsule({-105, py + 40, 145}, {105, py + 40, 145}, 3.5)
    local ladder = capsule({-16, py, 148}, {-16, 4, 160}, 4.5) + capsule({16, py, 148}, {16, 4, 160}, 4.5)
    for i = 1, 7 do
      local t = i / 8
      ladder = ladder + capsule({-16, py * (1 - t), 148 + 12 * t}, {16, py * (1 - t), 148 + 12 * t}, 4)
    end
    local shape = (trunk + branches):part("trunk") + leaves:part("leaves") + (hut + platform):part("house") + braces:part("trunk")
    shape = shape + roof:part("roof") + (door + win):part("windows") + union(rails):part("house") + ladder:part("ladder")
    k.attach("top", {0, h + 330, 0}, 80)
    return shape
  end,
}
