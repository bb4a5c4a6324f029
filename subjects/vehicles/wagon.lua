-- A wagon: a wooden plank box on four big spoked wheels with a pulling
-- tongue; a covered wagon with a white canvas top and a kid's red wagon as
-- variants.
local V = use and use("vehicle")

return {
  id = "wagon",
  names = {"wagon", "cart", "farm wagon", "hay wagon", "hay cart", "horse cart", "wooden cart", "handcart", "pushcart",
           "oxcart", "ox cart", "buggy wagon"},
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
    carriage = {names = {"carriage", "horse carriage", "stagecoach", "stage coach", "royal carriage", "horse drawn carriage",
                         "cinderella carriage", "coach carriage", "hackney coach"}, size_mm = 2400,
                colors = {body = "#2a2a3a", wheels = "#c8a040", hubs = "#c8a040"}},
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
    if k.variant == "carriage" then
      -- an enclosed coach body with windows and a door, the driver's bench up front
      local cy = R + 30
      local cb = V.side({{-L * 0.32, cy}, {L * 0.22, cy}, {L * 0.26, cy + 60}, {L * 0.22, cy + 170}, {-L * 0.3, cy + 170}, {-L * 0.36, cy + 60}}, W, 14)
      local roof = V.block(-L * 0.33, cy + 166, -hw - 6, L * 0.24, cy + 180, hw + 6, 5)
      local win = (V.block(-L * 0.24, cy + 90, -W, -L * 0.1, cy + 150, W) + V.block(L * 0.04, cy + 90, -W, L * 0.16, cy + 150, W)) * cb:round(1.5)
      local door = (V.block(-L * 0.08, cy + 10, -W, L * 0.02, cy + 156, W) * cb:round(1.2)) - win
      local bench = V.block(L * 0.26, cy + 60, -hw * 0.8, L * 0.4, cy + 76, hw * 0.8, 4) + V.block(L * 0.3, cy + 10, -hw * 0.5, L * 0.36, cy + 62, hw * 0.5)
      local chassis = V.block(-L * 0.42, R - 8, -hw * 0.4, L * 0.42, R + 8, hw * 0.4, 4) + V.block(-L * 0.1, R, -hw * 0.3, L * 0.1, cy + 4, hw * 0.3)
      local lamps = sphere(9):move(L * 0.26, cy + 110, hw + 4) + sphere(9):move(L * 0.26, cy + 110, -hw - 4)
      local shape = cb:part("body") + roof:part("body") + win:part("cover") + door:part("iron") + bench:part("body") + chassis:part("iron")
      shape = shape + lamps:part("cover")
      for _, a in ipairs({{L * 0.36, R * 0.8}, {-L * 0.33, R}}) do
        for _, sz in ipairs({-1, 1}) do
          shape = shape + V.wheel({a[1], a[2], sz * (hw + 12)}, a[2], 14, sz, {spokes = 12})
        end
        shape = shape + capsule({a[1], a[2], -hw - 10}, {a[1], a[2], hw + 10}, 7):part("iron")
      end
      shape = shape + capsule({L * 0.4, R * 0.8, 0}, {L * 0.75, R * 0.7, 0}, 7):part("body")
      k.attach("top", {0, cy + 180, 0}, W)
      k.attach("seat", {L * 0.33, cy + 76, 0}, W * 0.6)
      return shape
    end
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
      shape = shape + capsule({L * 0.33, R + 8, 0}, {L / 2 + 200, R - 20, 0}, 7):part("body")
      shape = shape + capsule({L / 2 + 190, R - 20, -40}, {L / 2 + 190, R - 20, 40}, 6):part("body")
    end
    if k.variant == "covered" then
      local hoops = {}
      local cover = intersect(capsule({-L / 2 - 10, y0 + box_h, 0}, {L / 2 + 10, y0 + box_h, 0}, hw * 1.25):stretch(1, 1.3, 1),
                              V.block(-L / 2 - 10, y0 + box_h - 12, -hw * 2, L / 2 + 10, y0 + 1000, hw * 2))
      cover = cover - intersect(capsule({-L, y0 + box_h, 0}, {L, y0 + box_h, 0}, hw * 1.1):stretch(1, 1.3, 1),
                                V.block(-L, y0 + box_h - 20, -hw * 2, L, y0 + 1000, hw * 2)) * (V.block(-L, 0, -1000, -L / 2 + 4, 1000, 1000) + V.block(L / 2 - 4, 0, -1000, L, 1000, 1000))
      shape = shape + cover:part("cover")
    end
    k.attach("inside", {0, y0 + 10, 0}, W - 20)
    k.attach("top", {0, y0 + box_h, 0}, W)
    return shape
  end,
}
