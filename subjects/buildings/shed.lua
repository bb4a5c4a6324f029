-- A garden shed: a small wooden plank hut with a pitched roof, a door with
-- a little window beside it; a garage with a wide roll-up door as a variant.
local B = use and use("building")

return {
  id = "shed",
  names = {"garden shed", "tool shed", "wooden shed", "woodshed", "shack shed", "potting shed", "outhouse", "storage shed"},
  lvis = {},
  family = "buildings",
  size_mm = 2500,
  description = "A wooden garden shed",
  params = {w = {260, 300}, d = {220, 250}},
  parts = {
    {"walls", "wood", color = "#8a6a48", role = "primary", names = {"walls", "planks", "boards", "wood"}},
    {"roof", "rubber", color = "#3a3a3e", role = "secondary", names = {"roof", "felt", "shingles"}},
    {"door", "wood", color = "#5a8a5a", role = "detail", names = {"door", "garage door"}},
    {"trim", "wood", color = "#f2efe6", role = "detail", names = {"trim", "frames"}},
    {"windows", "glass", color = "#7ea4c0", role = "detail", names = {"windows", "window"}},
  },
  variants = {
    garage = {names = {"garage", "car garage", "carport garage", "detached garage"}, size_mm = 3000,
              colors = {walls = "#e8e2d4", roof = "#6a4a3a", door = "#9aa4ae"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local w, d = k.p.w, k.p.d
    local garage = k.variant == "garage"
    if garage then w, d = w * 1.2, d * 1.6 end
    local wh = garage and 200 or 190
    local walls = B.block(-w / 2, 0, -d / 2, w / 2, wh, d / 2)
    if not garage then
      local grooves = {}
      for x = -w / 2 + 20, w / 2 - 10, 20 do
        grooves[#grooves + 1] = B.block(x - 1.2, 0, d / 2 - 1.5, x + 1.2, wh, d / 2 + 5)
        grooves[#grooves + 1] = B.block(x - 1.2, 0, -d / 2 - 5, x + 1.2, wh, -d / 2 + 1.5)
      end
      walls = walls - union(grooves)
    end
    local roof = B.gable(w, d, garage and 90 or 100, 16):move(0, wh, 0)
    local shape = walls:part("walls") + roof:part("roof")
    if garage then
      local gw, gh = w * 0.72, wh * 0.8
      shape = shape - B.block(-gw / 2, 0, d / 2 - 6, gw / 2, gh, d / 2 + 10)
      local door = B.block(-gw / 2, 0, d / 2 - 8, gw / 2, gh, d / 2 - 4)
      for i = 1, 5 do door = door - B.block(-gw / 2 - 1, gh * i / 6 - 1.5, d / 2 - 5, gw / 2 + 1, gh * i / 6 + 1.5, d / 2) end
      shape = shape + door:part("door")
    else
      local cut, fill = B.door(-w * 0.18, 64, 150, d / 2, 1, {part = "door", depth = 10})
      local wc, wf = B.window({w * 0.24, wh * 0.6, d / 2}, 50, 44, "z", 1, {sill = true})
      shape = subtract(shape, cut + wc) + fill + wf
    end
    k.attach("top", {0, wh + 90, 0}, w * 0.3)
    k.attach("inside", {0, 2, 0}, w * 0.6)
    return shape
  end,
}
