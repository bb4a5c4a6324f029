-- A garden shed: a small wooden plank hut with a pitched roof, a door with
-- a little window beside it; a garage with a wide roll-up door as a variant.
local B = use and use("building")

-- A gable roof with its ridge along X, thick at the eaves, resting on y = 0.
local function gable(w, d, h, over)
  local hd = d / 2 + over
  return extrude({{-hd, 0}, {hd, 0}, {hd, 8}, {6, h}, {-6, h}, {-hd, 8}}, w + 2 * over):roty(90):round(2)
end

-- A door in the front face: a recess with the leaf set into it and a knob.
local function door(cx, w, h, z)
  local cut = box(w, h * 2, 20):move(cx, 0, z)
  local leaf = box(w + 6, h + 3, 6):move(cx, (h + 3) / 2, z - 8)
  local knob = sphere(math.max(4, w * 0.07)):move(cx + w * 0.3, h * 0.48, z - 4)
  return cut, (leaf + knob):part("door")
end

-- A window in the front face: a pane let into the reveal, glazing bars and
-- a sill.
local function window(cx, cy, w, h, z)
  local cut = box(w, h, 20):move(cx, cy, z)
  local glass = box(w + 6, h + 6, 8):move(cx, cy, z - 8)
  local bars = box(w, 5, 6):move(cx, cy, z - 4) + box(5, h, 6):move(cx, cy, z - 4)
  bars = bars + box(w + 10, 6, 12):move(cx, cy - h / 2 - 3, z + 2)
  return cut, glass:part("windows") + bars:part("trim")
end

return {
  id = "shed",
  names = {"garden shed", "tool shed", "wooden shed", "woodshed", "shack shed", "potting shed", "storage shed"},
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
    {"windows", "gloss", color = "#7ea4c0", role = "detail", names = {"windows", "window"}},
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
    local roof = gable(w, d, garage and 90 or 100, 16):move(0, wh - 2, 0)
    local shape = walls:part("walls") + roof:part("roof")
    if garage then
      local gw, gh = w * 0.72, wh * 0.8
      shape = shape - B.block(-gw / 2, 0, d / 2 - 6, gw / 2, gh, d / 2 + 10)
      local door = B.block(-gw / 2, 0, d / 2 - 8, gw / 2, gh, d / 2 - 4)
      for i = 1, 5 do door = door - B.block(-gw / 2 - 1, gh * i / 6 - 1.5, d / 2 - 5, gw / 2 + 1, gh * i / 6 + 1.5, d / 2) end
      shape = shape + door:part("door")
    else
      local cut, fill = door(-w * 0.18, 64, 150, d / 2)
      local wc, wf = window(w * 0.24, wh * 0.6, 50, 44, d / 2)
      shape = subtract(shape, cut + wc) + fill + wf
    end
    k.attach("top", {0, wh + 90, 0}, w * 0.3)
    k.attach("inside", {0, 2, 0}, w * 0.6)
    return shape
  end,
}
