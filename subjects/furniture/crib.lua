-- A crib (cot): a baby bed with four corner posts, rails and rows of
-- vertical bars on all sides, a mattress with a sheet and a small pillow.
return {
  id = "crib",
  names = {"crib", "cot", "baby crib", "baby cot", "baby bed", "cradle crib", "nursery crib", "cribb"},
  lvis = {"crib"},
  family = "furniture",
  size_mm = 950,
  description = "A baby crib with bars",
  params = {bars = {9, 12.99}},
  parts = {
    {"frame", "wood", color = "#f2efe8", role = "primary", names = {"frame", "bars", "rails", "wood", "posts"}},
    {"mattress", "fabric", color = "#a8d0f0", role = "secondary", names = {"mattress", "sheet", "bedding"}},
    {"pillow", "fabric", color = "#f8e8a0", role = "detail", names = {"pillow", "blanket"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local L, W, H = 1300, 700, 950
    local deck = 300
    local frame = {}
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        frame[#frame + 1] = box(44, H, 44, 6):move(sx * L / 2, H / 2, sz * W / 2)
        frame[#frame + 1] = sphere(28):move(sx * L / 2, H + 10, sz * W / 2)
      end
    end
    local rail_top = H - 60
    local function side(p, q, n)
      local parts = {capsule({p[1], rail_top, p[2]}, {q[1], rail_top, q[2]}, 16), capsule({p[1], deck - 20, p[2]}, {q[1], deck - 20, q[2]}, 16)}
      for i = 1, n do
        local t = i / (n + 1)
        local x, z = p[1] + (q[1] - p[1]) * t, p[2] + (q[2] - p[2]) * t
        parts[#parts + 1] = capsule({x, deck - 20, z}, {x, rail_top, z}, 10)
      end
      return union(parts)
    end
    local n = math.floor(k.p.bars)
    frame[#frame + 1] = side({-L / 2, W / 2}, {L / 2, W / 2}, n)
    frame[#frame + 1] = side({-L / 2, -W / 2}, {L / 2, -W / 2}, n)
    frame[#frame + 1] = side({L / 2, -W / 2}, {L / 2, W / 2}, math.floor(n / 2))
    frame[#frame + 1] = box(30, H - deck - 60, W, 8):move(-L / 2, deck + (H - deck) / 2 - 40, 0)
    frame[#frame + 1] = box(L, 30, W, 4):move(0, deck - 40, 0)
    local mattress = box(L - 40, 120, W - 40, 40):move(0, deck + 30, 0)
    local pillow = smooth(30, ellipsoid(110, 35, 170), box(180, 30, 300, 14)):move(-L / 2 + 160, deck + 110, 0)
    k.attach("inside", {0, deck + 90, 0}, W - 60)
    k.attach("top", {0, deck + 90, 0}, W - 60)
    return union(frame):part("frame") + mattress:part("mattress") + pillow:part("pillow")
  end,
}
