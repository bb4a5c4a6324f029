-- A treasure chest: a box body with a barrel-vaulted lid, iron bands
-- wrapping both and a lock plate on the front.
return {
  id = "chest",
  names = {"chest", "treasure chest", "wooden chest", "pirate chest", "blanket chest", "hope chest", "toy chest",
           "toy box", "toybox", "coffer", "strongbox", "treasure box"},
  lvis = {"chest", "trunk"},
  family = "household",
  size_mm = 320,
  description = "A treasure chest with a vaulted lid and iron bands",
  params = {width = {380, 440}, depth = {240, 280}, body_h = {170, 200}, rise = {0.45, 0.6}},
  parts = {
    {"wood", "wood", color = "#8a5530", role = "primary", names = {"wood", "body", "lid"}},
    {"bands", "iron", color = "#3a3a3e", role = "secondary", names = {"bands", "band", "straps", "metal", "trim"}},
    {"lock", "brass", color = "#caa04a", role = "detail", names = {"lock", "lock plate", "clasp", "latch"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local w, d, bh = k.p.width, k.p.depth, k.p.body_h
    local edge = 6 * k.soft
    -- Front faces +X: width along Z, depth along X.
    local body = box(d, bh, w, edge):move(0, bh / 2, 0)
    local lr = d / 2
    local rise = lr * k.p.rise
    local vault = cylinder(lr, w):move(0, -w / 2, 0):rotx(90)
    vault = intersect(vault:stretch(1, rise / lr, 1), box(d, rise, w, 0):move(0, rise / 2, 0))
    local lid = vault:move(0, bh, 0)
    local shape = smooth(2, body, lid):part("wood")
    local bands = {}
    for _, sz in ipairs({-0.32, 0.32}) do
      bands[#bands + 1] = box(d + 6, bh + 2, 18):move(0, bh / 2, sz * w)
      bands[#bands + 1] = intersect(box(d + 10, rise + 10, 18):move(0, bh + rise / 2, sz * w), lid:round(3))
    end
    bands[#bands + 1] = box(d + 4, 14, w + 4, 2):move(0, bh, 0)
    for _, sz in ipairs({-1, 1}) do
      for _, sx in ipairs({-1, 1}) do
        bands[#bands + 1] = box(30, 30, 30, 3):move(sx * (d / 2 - 12), 13, sz * (w / 2 - 12))
      end
    end
    local lock = subtract(box(12, 60, 44, 3):move(d / 2 + 3, bh - 8, 0), box(16, 16, 6):move(d / 2 + 8, bh - 14, 0))
    k.attach("top", {0, bh + rise, 0}, math.min(w, d) * 0.7)
    k.attach("inside", {0, 20, 0}, math.min(w, d) * 0.8)
    return shape + union(bands):part("bands") + lock:part("lock")
  end,
}
