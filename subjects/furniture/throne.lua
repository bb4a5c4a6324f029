-- A throne: a wide gilded chair with a very tall arched back, armrests,
-- a red velvet seat and back panel, and finials.
return {
  id = "throne",
  names = {"throne", "royal throne", "king's throne", "kings throne", "queen's throne", "royal chair", "thrown"},
  lvis = {"chair"},
  family = "furniture",
  size_mm = 1500,
  description = "A throne: a gilded chair with a tall back and red velvet",
  params = {width = {600, 680}, back_h = {1350, 1500}},
  parts = {
    {"frame", "gold", color = "#d4a837", role = "primary", names = {"frame", "legs", "arms", "armrests"}},
    {"velvet", "fabric", color = "#961928", role = "secondary", names = {"seat", "cushion", "velvet", "upholstery", "back"}},
    {"gems", "gloss", color = "#2050c0", role = "detail", names = {"gems", "jewels", "jewel", "gem"}},
  },
  points = {"top", "seat", "back"},
  build = function(k)
    local seat_h = 480
    local w, d = k.p.width, 560
    local bh = k.p.back_h
    local ix, iz = d / 2 - 30, w / 2 - 30
    local frame = {}
    for _, sz in ipairs({-1, 1}) do
      local z = sz * iz
      frame[#frame + 1] = limb({ix, seat_h, z}, {ix + 10, 25, z}, 32, 26)
      frame[#frame + 1] = sphere(32):move(ix + 10, 25, z)
      frame[#frame + 1] = limb({-ix, 25, z}, {-ix - 20, bh - 60, z}, 34, 30)
      frame[#frame + 1] = sphere(42):move(-ix - 22, bh - 20, z)
      frame[#frame + 1] = cone(20, 2, 70):move(-ix - 22, bh + 10, z)
      -- Armrest with a scroll at the front.
      frame[#frame + 1] = limb({ix + 20, seat_h + 240, z}, {-ix, seat_h + 250, z}, 30, 30)
      frame[#frame + 1] = sphere(40):move(ix + 25, seat_h + 240, z)
      frame[#frame + 1] = limb({ix, seat_h, z}, {ix + 15, seat_h + 230, z}, 24, 26)
    end
    -- Base box under the seat and a crest over the back.
    frame[#frame + 1] = box(d, 90, w, 10):move(0, seat_h - 80, 0)
    local disc = cylinder(w * 0.5, 60):rotz(90):move(-ix + 18, bh - 220, 0)
    frame[#frame + 1] = intersect(disc, box(100, w * 0.5, w + 40):move(-ix - 12, bh - 220 + w * 0.25, 0))
    frame[#frame + 1] = box(60, bh - seat_h - 80, 2 * iz, 12):move(-ix - 12, (seat_h + bh - 120) / 2, 0)
    local velvet = box(d - 20, 70, 2 * iz - 20, 25):move(10, seat_h, 0)
      + box(40, bh - seat_h - 260, 2 * iz - 60, 18):move(-ix + 20, seat_h + (bh - seat_h - 260) / 2 + 30, 0)
    local gem = sphere(26):move(-ix - 5, bh - 130, 0)
    k.attach("top", {0, seat_h + 35, 0}, w * 0.7)
    k.attach("seat", {0, seat_h + 35, 0}, w * 0.7)
    k.attach("back", {-ix - 20, bh, 0}, w * 0.8)
    return smooth(6 * k.soft, union(frame):part("frame"), velvet:part("velvet")) + gem:part("gems")
  end,
}
