-- A deck chair (beach chair): a folding wooden frame leaning back with a
-- sling of striped canvas slung between the rails. Front faces +X.
return {
  id = "deck_chair",
  names = {"deck chair", "deckchair", "beach chair", "sling chair", "lawn chair", "folding beach chair",
           "sun lounger chair", "beach seat"},
  lvis = {"deck_chair", "folding_chair"},
  family = "furniture",
  size_mm = 900,
  description = "A striped canvas deck chair",
  params = {width = {520, 600}},
  parts = {
    {"canvas", "fabric", color = "#2a6ac0", role = "primary", names = {"canvas", "fabric", "seat", "sling"}},
    {"stripes", "fabric", color = "#f4f0e6", role = "secondary", names = {"stripes", "stripe"}},
    {"frame", "wood", color = "#c09060", role = "detail", names = {"frame", "wood", "legs", "rails"}},
  },
  points = {"top", "seat"},
  build = function(k)
    local W = k.p.width
    local iz = W / 2
    local frame = {}
    -- Back rails from the front foot up and back; front legs; rear prop.
    local top = {-420, 900}
    local foot = {380, 0}
    local seat_front = {300, 380}
    for _, s in ipairs({-1, 1}) do
      local z = s * iz
      frame[#frame + 1] = limb({foot[1], 15, z}, {top[1], top[2], z}, 16)
      frame[#frame + 1] = limb({seat_front[1], seat_front[2], z + s * 30}, {seat_front[1] - 60, 15, z + s * 30}, 15)
      frame[#frame + 1] = limb({-150, 15, z + s * 24}, {-60, 520, z + s * 24}, 15)
      frame[#frame + 1] = limb({seat_front[1], seat_front[2], z + s * 30}, {-260, 460, z + s * 30}, 14)
    end
    frame[#frame + 1] = capsule({top[1], top[2], -iz}, {top[1], top[2], iz}, 16)
    frame[#frame + 1] = capsule({seat_front[1], seat_front[2], -iz - 30}, {seat_front[1], seat_front[2], iz + 30}, 16)
    frame[#frame + 1] = capsule({foot[1], 20, -iz}, {foot[1], 20, iz}, 14)
    -- Sling: sagging sheet from the front bar to the top bar.
    local pts = {}
    for i = 0, 10 do
      local t = i / 10
      local x = seat_front[1] + (top[1] - seat_front[1]) * t
      local y = seat_front[2] + (top[2] - seat_front[2]) * t - 180 * math.sin(t * math.pi) * (1 - t * 0.4)
      pts[#pts + 1] = {x, y}
    end
    local canvas_parts, stripe_parts = {}, {}
    local n = 7
    for j = 0, n - 1 do
      local z0 = -iz + 10 + (2 * iz - 20) * j / n
      local zw = (2 * iz - 20) / n
      local band = {}
      for i = 1, #pts - 1 do
        local a, b = pts[i], pts[i + 1]
        local dx, dy = b[1] - a[1], b[2] - a[2]
        local len = math.sqrt(dx * dx + dy * dy)
        band[#band + 1] = box(len + 6, 14, zw, 2):rotz(math.deg(math.atan(dy, dx))):move((a[1] + b[1]) / 2, (a[2] + b[2]) / 2, z0 + zw / 2)
      end
      if j % 2 == 0 then canvas_parts[#canvas_parts + 1] = union(band) else stripe_parts[#stripe_parts + 1] = union(band) end
    end
    k.attach("top", {0, 300, 0}, W * 0.7)
    k.attach("seat", {0, 300, 0}, W * 0.7)
    return union(canvas_parts):part("canvas") + union(stripe_parts):part("stripes") + union(frame):part("frame")
  end,
}
