-- A wagon: a wooden plank box on four big spoked wheels with a pulling
-- tongue; a covered wagon with a white canvas top and a kid's red wagon as
-- variants.
local V = use and use("vehicle")

return {
  id = "wagon",
  names = {"wagon", "cart", "farm wagon", "hay wagon", "hay cart", "horse cart", "wooden cart", "handcart", "pushcart",
           "oxcart", "ox cart", "horse carriage", "carriage", "buggy wagon"},
  lvis = {"wagon", "cart", "handcart", "horse_carriage"},
  family = "vehicles",
  size_mm = 1500,
  description = "A wooden wagon with spoked wheels",
  params = {len = {400, 440}},
  parts = {
    {"body", "wood", color = "#9a6a3e", role = "primary", names = {"body", "box", "bed", "planks", "wood"}},
    {"wheels", "wood", color = "#6a4426", role = "detail", names = {"wheels", "wheel"}},
    {"hubs", "wood", color = "#6a4426", role = "detail", names = {"spokes", "hubs"}},
    {"cover", "fabric", color = "#f2ecdc", role = "secondary", names = {"cover", "canvas", "top", "bonnet"}},
    {"iron", "iron", color = "#2a2a2c", role = "detail", names = {"iron", "tyres", "bands", "handle"}},
  },
  variants = {
    covered = {names = {"covered wagon", "prairie schooner", "conestoga wagon", "pioneer wagon", "wild west wagon"}, size_mm = 3000},
    kids = {names = {"red wagon", "toy wagon", "radio flyer", "kids wagon", "little red wagon", "pull wagon"}, size_mm = 500,
            colors = {body = "#c8201e", wheels = "#1c1c1e", hubs = "#e8e8e8"}},
  },
  points = {"inside", "top"},
  build = function(k)
    local L = k.p.len
    local kids = k.variant == "kids"
    local W = L * (kids and 0.52 or 0.5)
    local hw = W / 2
    local R = kids and 40 or 80
    local y0 = kids and R + 10 or R + 20
    local box_h = kids and 70 or 80
    local outer = V.block(-L / 2, y0, -hw, L / 2, y0 + box_h, hw, kids and 8 or 2)
    local inner = V.block(-L / 2 + 10, y0 + 10, -hw + 10, L / 2 - 10, y0 + box_h + 20, hw - 10)
    local body = outer - inner
    if not kids then
      -- plank grooves
      for i = 1, 2 do
        body = body - V.block(-L / 2 - 5, y0 + box_h * i / 3 - 1.5, -hw - 5, L / 2 + 5, y0 + box_h * i / 3 + 1.5, hw + 5)
      end
    end
    local shape = body:part("body")
    local axles = {L * 0.33, -L * 0.33}
    local spokes = kids and nil or 10
    for _, x in ipairs(axles) do
      for _, sz in ipairs({-1, 1}) do
        if kids then
          shape = shape + V.wheel({x, R, sz * (hw + 6)}, R, 20, sz, {hub = 0.5})
        else
          shape = shape + V.wheel({x, R, sz * (hw + 10)}, R, 14, sz, {spokes = 12})
        end
      end
      shape = shape + capsule({x, R, -hw - 8}, {x, R, hw + 8}, 7):part("iron")
      shape = shape + V.block(x - 14, R, -hw * 0.5, x + 14, y0 + 2, hw * 0.5):part("body")
    end
    -- pulling tongue or handle
    if kids then
      shape = shape + (capsule({L / 2 - 6, R, 0}, {L / 2 + 120, R + 160, 0}, 5) + capsule({L / 2 + 120, R + 160, -26}, {L / 2 + 120, R + 160, 26}, 8)):part("iron")
    else
      shape = shape + capsule({L / 2 - 20, R, 0}, {L / 2 + 200, R - 20, 0}, 7):part("body")
      shape = shape + capsule({L / 2 + 190, R - 20, -40}, {L / 2 + 190, R - 20, 40}, 5):part("body")
    end
    if k.variant == "covered" then
      local hoops = {}
      local cover = intersect(capsule({-L / 2 - 10, y0 + box_h, 0}, {L / 2 + 10, y0 + box_h, 0}, hw * 1.25):stretch(1, 1.3, 1),
                              V.block(-L / 2 - 10, y0 + box_h - 4, -hw * 2, L / 2 + 10, y0 + 1000, hw * 2))
      cover = cover - intersect(capsule({-L, y0 + box_h, 0}, {L, y0 + box_h, 0}, hw * 1.1):stretch(1, 1.3, 1),
                                V.block(-L, y0 + box_h - 20, -hw * 2, L, y0 + 1000, hw * 2)) * (V.block(-L, 0, -1000, -L / 2 + 4, 1000, 1000) + V.block(L / 2 - 4, 0, -1000, L, 1000, 1000))
      shape = shape + cover:part("cover")
    end
    k.attach("inside", {0, y0 + 10, 0}, W - 20)
    k.attach("top", {0, y0 + box_h, 0}, W)
    return shape
  end,
}
