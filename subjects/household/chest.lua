-- A treasure chest: a box body with a barrel-vaulted lid, iron bands
-- wrapping both and a lock plate on the front.
return {
  id = "chest",
  names = {"chest", "treasure chest", "tresure chest", "treasure box", "treasure trunk", "wooden chest", "pirate chest", "blanket chest", "hope chest", "toy chest",
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
    {"coins", "gold", color = "#e8b830", role = "detail",
     names = {"coins", "coin", "gold coins", "treasure", "gold", "loot", "doubloons", "jewels"}},
  },
  variants = {
    open = {names = {"open chest", "open treasure chest", "treasure chest full of gold", "chest of gold",
                     "chest full of treasure", "treasure chest full of gold coins", "treasure chest full of coins",
                     "chest full of gold coins", "chest full of coins", "chest of coins", "chest of gold coins",
                     "treasure chest with gold coins", "treasure chest of gold coins", "tresure chest full of gold coins",
                     "treasure chest full of jewels", "chest full of jewels"}},
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
    -- Open, the lid swings back on its rear edge and a heap of gold coins
    -- rises out of the box ("a treasure chest full of gold coins").
    local open = k.variant == "open" or k.asked.coins
    local lid_bands = {}
    for _, sz in ipairs({-0.32, 0.32}) do
      lid_bands[#lid_bands + 1] = intersect(box(d + 10, rise + 10, 18):move(0, bh + rise / 2, sz * w), lid:round(3))
    end
    local function hinge(s) return s:move(d / 2, -bh, 0):rotz(105):move(-d / 2, bh, 0) end
    local shape, bands = nil, {}
    if open then
      shape = (body + hinge(lid):move(-4, 0, 0)):part("wood")
      bands[#bands + 1] = hinge(union(lid_bands)):move(-4, 0, 0)
    else
      shape = smooth(2, body, lid):part("wood")
      for _, b in ipairs(lid_bands) do bands[#bands + 1] = b end
    end
    for _, sz in ipairs({-0.32, 0.32}) do
      bands[#bands + 1] = box(d + 6, bh + 2, 18):move(0, bh / 2, sz * w)
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
    local out = shape + union(bands):part("bands") + lock:part("lock")
    if open then
      -- A mound of gold over the rim, studded with coins lying every which
      -- way, a few spilled down the front and on the ground.
      local mound = intersect(ellipsoid(d * 0.5, rise * 1.1, w * 0.5):noise(4, 40, 2), box(d, rise * 2, w):move(0, rise, 0))
        :move(0, bh - 4, 0)
      local coins = {mound}
      for i = 1, 26 do
        local x, z = k.rand(-0.4, 0.4) * d, k.rand(-0.42, 0.42) * w
        local fall = 1 - (x / (0.5 * d)) ^ 2 - (z / (0.5 * w)) ^ 2
        local y = bh - 4 + rise * 1.1 * math.sqrt(math.max(fall, 0.05))
        coins[#coins + 1] = cylinder(13, 3.5, 1):rotx(k.rand(-35, 35)):rotz(k.rand(-35, 35)):move(x, y - 2, z)
      end
      -- a few spilled at the foot of the front, touching it so the model
      -- stays one piece
      for i = 1, 5 do
        local z = k.rand(-0.4, 0.4) * w
        coins[#coins + 1] = cylinder(13, 3.5, 1):move(d / 2 + 8 + k.rand(0, 5), 0, z)
      end
      out = out + union(coins):part("coins")
    end
    return out
  end,
}
