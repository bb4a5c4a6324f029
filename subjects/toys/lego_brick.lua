-- A toy building brick: a 2×4 plastic brick with eight round studs on top
-- and tubes underneath.
return {
  id = "lego_brick",
  names = {"lego brick", "lego", "lego block", "toy brick", "building brick", "duplo", "duplo brick", "plastic brick",
           "lego piece", "brick toy"},
  lvis = {"Lego"},
  family = "toys",
  size_mm = 11,
  description = "A 2x4 toy building brick",
  parts = {
    {"brick", "plastic", color = "#d8201e", role = "primary", names = {"brick", "body", "studs"}},
  },
  build = function(k)
    local p = 8
    local h = 9.6
    local body = box(p * 4 - 0.2, h, p * 2 - 0.2, 0.3):move(0, h * 0.5, 0)
    body = subtract(body, box(p * 4 - 3.2, h, p * 2 - 3.2):move(0, h * 0.5 - 1.2, 0))
    local studs = {}
    for i = 0, 3 do
      for j = 0, 1 do
        studs[#studs + 1] = cylinder(2.4, 1.8, 0.2):move((i - 1.5) * p, h, (j - 0.5) * p)
      end
    end
    local tubes = {}
    for i = 0, 2 do
      tubes[#tubes + 1] = subtract(cylinder(3.25, h - 1.2), cylinder(2.4, h):move(0, -0.5, 0)):move((i - 1) * p, 0, 0)
    end
    return union(body, union(table.unpack(studs)), union(table.unpack(tubes))):part("brick"):roty(20)
  end,
}
