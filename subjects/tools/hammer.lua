-- A hammer: a wooden handle with a steel head, a round striking face on one
-- side and a curved split claw on the other; a war hammer has a heavy square
-- head, a back spike and a top spike. Stands on the handle end, head up
-- (origin at the grip's end, up +Y, so it can be held).
return {
  id = "hammer",
  names = {"hammer", "claw hammer", "carpenter's hammer", "hamer", "hammmer"},
  lvis = {"hammer"},
  family = "tools",
  size_mm = 330,
  description = "A claw hammer",
  params = {len = {300, 320}},
  parts = {
    {"handle", "wood", color = "#b07a44", role = "secondary", names = {"handle", "shaft", "grip"}},
    {"head", "steel", color = "#9aa0a8", role = "primary", names = {"head", "metal"}},
    {"grip", "rubber", color = "#1e1e22", role = "detail", names = {"rubber grip", "wrap", "binding"}},
  },
  variants = {
    war = {names = {"war hammer", "warhammer", "battle hammer", "maul"}, size_mm = 700, colors = {head = "#6a6e74", handle = "#5a3a22"}},
    sledge = {names = {"sledgehammer", "sledge hammer", "sledge"}, size_mm = 800},
    mallet = {names = {"mallet", "wooden mallet", "rubber mallet"}, size_mm = 300, colors = {head = "#c89a60"}},
  },
  build = function(k)
    local v = k.variant
    local L = k.p.len
    if v == "war" or v == "sledge" then L = L * 2.1 end
    local handle = cylinder(v == "war" and 15 or 13, L, 4):stretch(1, 1, 0.8)
    local hy = L - 20
    local head
    local shape
    if v == "war" then
      local block = box(80, 60, 60, 4):move(0, hy, 0)
      local spike = cone(26, 2, 110):rotz(-90):move(40, hy, 0):flip("x")
      local top = cone(16, 1, 70):move(0, hy + 28, 0)
      local rings = union(cylinder(22, 10, 2):move(0, L * 0.45, 0), cylinder(20, 8, 2):move(0, 0, 0))
      head = union(block, spike, top):part("head")
      shape = union(handle:part("handle"), head, rings:part("head"),
                    cylinder(16.5, L * 0.22, 3):stretch(1, 1, 0.8):move(0, L * 0.06, 0):part("grip"))
      return shape
    elseif v == "sledge" then
      head = box(150, 62, 62, 6):move(0, hy, 0)
      return union(handle:part("handle"), head:part("head"))
    elseif v == "mallet" then
      head = cylinder(42, 130, 5):rotz(90):move(65, hy, 0)
      return union(handle:part("handle"), head:part("head"))
    end
    local neck = box(34, 34, 26, 5):move(0, hy, 0)
    local face = cylinder(15, 40, 2):rotz(90):move(0, hy, 0):move(56, 0, 0)
    local cheek = limb({0, hy, 0}, {40, hy, 0}, 15, 13)
    local claw = {}
    for _, z in ipairs({-1, 1}) do
      claw[#claw + 1] = tube({{-10, hy + 4, z * 6}, {-40, hy + 2, z * 6}, {-62, hy - 14, z * 8}, {-72, hy - 32, z * 9}}, 8, 3):stretch(1, 1, 0.75)
    end
    head = smooth(4, neck, face, cheek, union(claw))
    local grip = cylinder(15, L * 0.42, 6):stretch(1, 1, 0.82)
    return union(handle:part("handle"), head:part("head"), k.chance(0.5) and grip:part("grip") or empty())
  end,
}
