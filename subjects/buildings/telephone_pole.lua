-- A telephone pole: a tall wooden pole with cross arms carrying insulators,
-- sagging wires leaving both ways, and a transformer can.
return {
  id = "telephone_pole",
  names = {"telephone pole", "power pole", "utility pole", "electric pole", "telegraph pole", "power line pole", "electricity pole"},
  lvis = {"telephone_pole"},
  family = "buildings",
  size_mm = 10000,
  description = "A wooden utility pole with cross arms and wires",
  params = {h = {420, 460}},
  parts = {
    {"pole", "wood", color = "#6a4a32", role = "primary", names = {"pole", "post", "cross arms", "wood"}},
    {"insulators", "ceramic", color = "#3a6a4a", role = "secondary", names = {"insulators"}},
    {"wires", "rubber", color = "#1e1e22", role = "detail", names = {"wires", "cables", "lines"}},
    {"transformer", "steel", color = "#8a9098", role = "detail", names = {"transformer", "box"}},
  },
  points = {"top"},
  build = function(k)
    local h = k.p.h
    local pole = cone(10, 7, h)
    local arms, ins, wires = {}, {}, {}
    for i, y in ipairs({h - 20, h - 70}) do
      local aw = i == 1 and 110 or 80
      arms[#arms + 1] = box(10, 10, aw * 2):move(0, y, 0)
      for _, z in ipairs(i == 1 and {-aw + 10, -aw * 0.4, aw * 0.4, aw - 10} or {-aw + 10, aw - 10}) do
        ins[#ins + 1] = cylinder(5, 14, 1):move(0, y + 5, z)
        local pts = {}
        for j = 0, 8 do
          local t = j / 8
          local x = -120 + 240 * t
          pts[#pts + 1] = {x, y + 16 - 14 * (1 - (2 * t - 1) ^ 2), z}
        end
        wires[#wires + 1] = tube(pts, 5)
      end
    end
    local can = cylinder(18, 50, 3):move(16, h - 160, 0) + box(14, 10, 10):move(6, h - 130, 0)
    local shape = pole:part("pole") + union(arms):part("pole") + union(ins):part("insulators") + union(wires):part("wires") + can:part("transformer")
    k.attach("top", {0, h, 0}, 20)
    return shape:roty(-20)
  end,
}
