-- A chair: a seat on four legs, the back legs rising into posts that carry
-- a top rail and slats (or spindles, or a solid splat).
local F = use("furniture")

return {
  id = "chair",
  names = {"chair", "dining chair", "kitchen chair", "wooden chair", "side chair", "chiar", "chari"},
  lvis = {"chair"},
  family = "furniture",
  size_mm = 930,
  description = "A chair with four legs and a slatted back",
  params = {width = {420, 480}, depth = {400, 460}, back_h = {880, 980}, lean = {30, 55}},
  parts = {
    {"frame", "wood", color = "#8a5a34", role = "primary", names = {"frame", "legs", "leg", "back"}},
    {"seat", "wood", color = "#96693f", role = "secondary", names = {"seat", "cushion", "pad"}},
  },
  variants = {
    school = {names = {"school chair", "classroom chair"}, colors = {frame = "#8a8e94", seat = "#3a6ab0"}},
  },
  points = {"top", "seat", "back"},
  build = function(k)
    local seat_h, seat_t = 450, 35
    local w, d = k.p.width, k.p.depth
    local back_h, lean = k.p.back_h, k.p.lean
    local ix, iz = d / 2 - 25, w / 2 - 25
    local lr = 17
    local school = k.variant == "school"
    local frame = {}
    local bx = -ix
    for _, sz in ipairs({-1, 1}) do
      local z = sz * iz
      frame[#frame + 1] = limb({ix, seat_h - seat_t, z}, {ix, lr * 0.8, z}, lr, lr * 0.8)
      frame[#frame + 1] = limb({bx, lr * 0.8, z}, {bx, seat_h, z}, lr * 0.8, lr)
      frame[#frame + 1] = limb({bx, seat_h, z}, {bx - lean, back_h, z}, lr, lr * 0.85)
      frame[#frame + 1] = capsule({ix, 150, z}, {bx, 150, z}, 9)
    end
    frame[#frame + 1] = capsule({ix, 200, -iz}, {ix, 200, iz}, 9)
    local style = k.pick({"slats", "spindles", "splat"})
    if school then style = "panel" end
    local top_y = back_h - 40
    if style == "panel" then
      frame[#frame + 1] = box(22, 220, 2 * iz + 30, 8):move(bx - lean * 0.8, back_h - 130, 0)
    else
      frame[#frame + 1] = box(30, 70, 2 * iz + 20, 10):move(bx - lean * 0.95, top_y, 0)
      if style == "slats" then
        frame[#frame + 1] = F.ladder_back(bx - 2, iz, seat_h + 60, top_y - 40, lean * 0.9, k.int(2, 3), 14)
      elseif style == "spindles" then
        local n = k.int(4, 6)
        for i = 1, n do
          local z = -iz + 2 * iz * i / (n + 1)
          frame[#frame + 1] = capsule({bx - 4, seat_h, z}, {bx - lean * 0.95, top_y, z}, 8)
        end
      else
        frame[#frame + 1] = box(18, top_y - seat_h - 30, iz * 0.9, 6):rotz(math.deg(math.atan(lean, back_h - seat_h)))
          :move(bx - lean * 0.5, (seat_h + top_y) / 2, 0)
      end
    end
    local seat = box(d, seat_t, w, 6 * k.soft):move(0, seat_h - seat_t / 2, 0)
    k.attach("top", {d * 0.05, seat_h, 0}, w * 0.8)
    k.attach("seat", {d * 0.05, seat_h, 0}, w * 0.8)
    k.attach("back", {bx - lean, back_h, 0}, w * 0.8)
    return smooth(5 * k.soft, union(frame):part("frame"), seat:part("seat"))
  end,
}
