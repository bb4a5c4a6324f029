-- A greenhouse: a glass house on a low brick base, with a pitched glass roof
-- held in a white frame of glazing bars, and plants inside.
local B = use and use("building")

return {
  id = "greenhouse",
  names = {"greenhouse", "glasshouse", "glass house", "hothouse", "conservatory", "orangery"},
  lvis = {},
  family = "buildings",
  size_mm = 2500,
  description = "A glass greenhouse with a white frame",
  params = {w = {360, 400}, d = {240, 270}},
  parts = {
    {"frame", "paint", color = "#f4f4f0", role = "primary", names = {"frame", "bars", "glazing bars"}},
    {"glass", "glass", color = "#b8d8d0", role = "secondary", names = {"glass", "panes", "windows"}},
    {"base", "stone", color = "#a8563a", role = "detail", names = {"base", "bricks", "wall"}},
    {"plants", "plant", color = "#3a8a3a", role = "detail", names = {"plants", "leaves"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local w, d = k.p.w, k.p.d
    local hw, hd = w / 2, d / 2
    local bh, wh = 40, 150
    local base = B.block(-hw, 0, -hd, hw, bh, hd)
    local glass = B.block(-hw + 2, bh, -hd + 2, hw - 2, wh, hd - 2) + B.gable(w - 4, d - 4, 90, 0):move(0, wh, 0)
    local bars = {}
    local n = 6
    for i = 0, n do
      local x = -hw + w * i / n
      for _, sz in ipairs({-1, 1}) do
        bars[#bars + 1] = B.block(x - 3, bh, sz * hd - 3, x + 3, wh, sz * hd + 3)
        bars[#bars + 1] = capsule({x, wh, sz * hd}, {x, wh + 90, 0}, 3)
      end
    end
    for _, sx in ipairs({-1, 1}) do
      for j = 0, 4 do
        local z = -hd + d * j / 4
        bars[#bars + 1] = B.block(sx * hw - 3, bh, z - 3, sx * hw + 3, wh, z + 3)
      end
      bars[#bars + 1] = polyline({{sx * hw, wh, -hd}, {sx * hw, wh + 90, 0}, {sx * hw, wh, hd}}, 3)
    end
    for _, sz in ipairs({-1, 1}) do
      bars[#bars + 1] = capsule({-hw, wh, sz * hd}, {hw, wh, sz * hd}, 3.5)
      bars[#bars + 1] = capsule({-hw, bh + (wh - bh) * 0.5, sz * hd}, {hw, bh + (wh - bh) * 0.5, sz * hd}, 2.5)
    end
    bars[#bars + 1] = capsule({-hw, wh + 90, 0}, {hw, wh + 90, 0}, 4)
    local plants = {}
    for i = 0, 4 do
      local x = -hw + 50 + i * (w - 100) / 4
      plants[#plants + 1] = sphere(26):stretch(1, 1.2, 1):move(x, bh + 24, hd * 0.45)
      plants[#plants + 1] = sphere(22):stretch(1, 1.3, 1):move(x + 20, bh + 20, -hd * 0.4)
    end
    local shape = base:part("base") + glass:part("glass") + union(bars):part("frame") + (union(plants) * glass):part("plants")
    k.attach("top", {0, wh + 94, 0}, 20)
    k.attach("inside", {0, bh, 0}, w * 0.6)
    return shape
  end,
}
