-- A clock tower: a tall square stone tower with a big round clock face on
-- each side near the top, a belfry and a pointed spire (Big Ben).
local B = use and use("building")

return {
  id = "clock_tower",
  names = {"clock tower", "big ben", "clocktower", "elizabeth tower", "town clock", "tower clock"},
  lvis = {"clock_tower"},
  family = "buildings",
  size_mm = 60000,
  description = "A clock tower with four clock faces and a spire",
  params = {w = {90, 100}, h = {380, 420}},
  parts = {
    {"walls", "stone", color = "#d8c49a", role = "primary", names = {"walls", "stone", "tower"}},
    {"roof", "clay", color = "#3a4a48", role = "secondary", names = {"roof", "spire"}},
    {"clock", "ceramic", color = "#f6f2e6", role = "detail", names = {"clock", "clock face", "clock faces", "dial"}},
    {"hands", "iron", color = "#1a1a1c", role = "detail", names = {"hands", "numbers", "windows"}},
    {"gold", "gold", color = "#d8b040", role = "detail", names = {"gold", "trim", "finial"}},
  },
  points = {"top"},
  build = function(k)
    local w, h = k.p.w, k.p.h
    local hw = w / 2
    local shaft = B.block(-hw, 0, -hw, hw, h, hw)
    local base = B.block(-hw - 8, 0, -hw - 8, hw + 8, 30, hw + 8, 2)
    local clock_y = h - w * 0.75
    local clock_box = B.block(-hw - 6, clock_y - w * 0.55, -hw - 6, hw + 6, clock_y + w * 0.55, hw + 6, 2)
    local belfry = B.block(-hw + 4, h, -hw + 4, hw - 4, h + w * 0.55, hw - 4)
    local cornice = B.block(-hw - 8, h - 6, -hw - 8, hw + 8, h + 4, hw + 8, 2)
    local roof_h = w * 1.8
    local spire = intersect(extrude({{-hw, 0}, {hw, 0}, {0, roof_h}}, 2000), extrude({{-hw, 0}, {hw, 0}, {0, roof_h}}, 2000):roty(90)):move(0, h + w * 0.55 - 2, 0)
    local shape = (shaft + base + clock_box + belfry + cornice):part("walls") + spire:part("roof")
    -- vertical window slots down the shaft
    local slots = {}
    for _, face in ipairs({0, 90, 180, 270}) do
      for _, x in ipairs({-hw * 0.45, 0, hw * 0.45}) do
        slots[#slots + 1] = box(8, clock_y - w * 0.55 - 70, 4):move(x, 40 + (clock_y - w * 0.55 - 70) / 2, hw + 0.8):roty(face)
      end
      slots[#slots + 1] = B.arch_cut(0, h + 8, w * 0.4, w * 0.42, hw - 3, 4):roty(face)
    end
    local faces, hands = {}, {}
    for _, face in ipairs({0, 90, 180, 270}) do
      faces[#faces + 1] = cylinder(w * 0.42, 6):move(0, -3, 0):rotx(90):move(0, clock_y, hw + 7):roty(face)
      hands[#hands + 1] = (box(3, w * 0.3, 3):move(0, w * 0.15, 0):rotz(-30) + box(3, w * 0.22, 3):move(0, w * 0.11, 0):rotz(100)
                          + radial(box(3, 8, 3):move(0, w * 0.34, 0):rotx(90), 12):rotx(-90)):move(0, clock_y, hw + 10.5):roty(face)
      hands[#hands + 1] = torus(w * 0.42, 2.5):rotx(90):move(0, clock_y, hw + 9):roty(face)
    end
    shape = shape + union(slots):part("hands") + union(faces):part("clock") + union(hands):part("hands")
    shape = shape + (sphere(7):move(0, h + w * 0.55 + roof_h + 2, 0) + cylinder(2, 30):move(0, h + w * 0.55 + roof_h - 6, 0)):part("gold")
    k.attach("top", {0, h + w * 0.55 + roof_h + 10, 0}, 20)
    return shape
  end,
}
