-- A two-step wooden step stool, its low step at the front (+X): two side
-- panels cut in a staircase profile with an arched cut-out between their
-- feet and an oblong hand hole near the top, joined by a riser between the
-- steps and kick rails under the treads; two flat treads at different
-- heights, the top one with a hand hole through it. The folding variant is
-- an aluminium folding step ladder: front rails carrying two or three
-- ribbed black treads and a top platform, splayed back legs with a brace,
-- a handrail rising over the top and rubber feet.

-- A rounded bar from a to b, w by d in section.
local function bar(a, b, w, d)
  local dx, dy, dz = b[1] - a[1], b[2] - a[2], b[3] - a[3]
  local l = math.sqrt(dx * dx + dy * dy + dz * dz)
  return box(w, l, d, math.min(w, d) * 0.2):aim({dx / l, dy / l, dz / l}, {(a[1] + b[1]) / 2, (a[2] + b[2]) / 2, (a[3] + b[3]) / 2})
end

local function folding(k)
  local n = k.counts.steps or k.counts.treads or (k.chance(0.5) and 2 or 3)
  if n < 2 then n = 2 end
  if n > 3 then n = 3 end
  local W = 440
  local H = n == 2 and 470 or 700 -- the top platform
  local fx0, fx1 = 250, 60        -- front rails: foot and top
  local bx0, bx1 = -290, -70      -- back legs: foot and top
  local rails, treads, feet = {}, {}, {}
  for _, s in ipairs({-1, 1}) do
    local z = s * (W / 2)
    rails[#rails + 1] = bar({fx0, 0, z}, {fx1, H + 10, z}, 44, 24)
    rails[#rails + 1] = bar({bx0, 0, z}, {bx1, H + 10, z}, 34, 22)
    -- the handrail: the back legs carry on up and over
    rails[#rails + 1] = bar({bx1, H, z}, {bx1 - 40, H + 330, z}, 30, 22)
    feet[#feet + 1] = box(70, 24, 40, 6):move(fx0 - 4, 12, z) + box(60, 24, 36, 6):move(bx0 + 4, 12, z)
  end
  rails[#rails + 1] = bar({bx1 - 40, H + 330, -W / 2 - 11}, {bx1 - 40, H + 330, W / 2 + 11}, 32, 32)
  rails[#rails + 1] = bar({bx0 + 50, 150, -W / 2}, {bx0 + 50, 150, W / 2}, 30, 20)
  -- the hinge bracket where front and back meet under the platform
  rails[#rails + 1] = bar({fx1 + 20, H - 30, -W / 2}, {fx1 + 20, H - 30, W / 2}, 30, 30)
  -- treads: evenly up the front rails, the last one the top platform
  local function fx(y) return fx0 + (fx1 - fx0) * y / H end
  for i = 1, n - 1 do
    local y = H * i / n
    local t = box(130, 26, W - 4, 4):move(fx(y) - 20, y, 0)
    local ribs = array(box(8, 5, W - 40, 2), 6, 19, 0, 0):move(fx(y) - 20 - 47, y + 14, 0)
    treads[#treads + 1] = t + ribs
  end
  local top = box(fx1 - bx1 + 80, 30, W + 20, 5):move((fx1 + bx1) / 2, H + 12, 0)
  local ribs = array(box(8, 5, W - 20, 2), 9, 20, 0, 0):move((fx1 + bx1) / 2 - 80, H + 28, 0)
  treads[#treads + 1] = top + ribs
  k.attach("top", {(fx1 + bx1) / 2, H + 30, 0}, W * 0.8)
  return union(union(rails):part("rails"), union(treads):part("steps"), union(feet):part("feet")):roty(-30)
end

return {
  id = "step_stool",
  names = {"step stool", "step stool ladder", "kitchen step", "kitchen step stool", "two step stool", "stepstool",
           "step up stool", "kids step stool", "toddler step stool", "wooden step stool", "library step stool",
           "double step stool", "step stoll"},
  lvis = {"step_stool"},
  family = "furniture",
  size_mm = 450,
  description = "A small two-step wooden step stool with side panels and a hand hole",
  params = {w = {380, 440}},
  parts = {
    {"frame", "wood", color = "#b27b46", role = "primary",
     names = {"frame", "sides", "side panels", "panels", "body", "legs", "base"}},
    {"steps", "wood", color = "#dcb47e", role = "secondary",
     names = {"steps", "step", "treads", "tread", "top", "seat", "platform", "pads"}},
    {"rails", "steel", color = "#c9cdd3", role = "primary",
     names = {"rails", "rail", "handrail", "aluminium", "aluminum", "uprights"}},
    {"feet", "rubber", color = "#1c1c1e", role = "detail", names = {"feet", "foot", "rubber feet"}},
  },
  variants = {
    folding = {names = {"folding step stool", "folding step ladder", "aluminium step stool", "aluminum step stool",
                        "metal step stool", "small step ladder", "folding stepladder", "aluminium step ladder",
                        "aluminum step ladder", "kitchen step ladder", "household step ladder"},
               size_mm = 1000, colors = {steps = "#2a2b2e"}},
  },
  points = {"top", "seat"},
  build = function(k)
    if k.variant == "folding" then return folding(k) end
    local W = k.p.w
    local D, H, h = 440, 440, 220 -- depth, top tread, low tread
    local t, pt = 22, 20          -- tread and panel thickness
    -- The side panels: a staircase in side view, low at the front (+X),
    -- an arch between the feet and an oblong hand hole under the top step.
    local prof = {{D / 2, 0}, {D / 2, h - t}, {0, h - t}, {0, H - t}, {-D / 2, H - t}, {-D / 2, 0}}
    local side = extrude(prof, pt, 3)
    side = subtract(side, box(D - 200, 120, 100):round(30))
    side = subtract(side, box(120, 40, 100):round(18):move(-D / 4, H - t - 70, 0))
    local frame = {}
    for _, s in ipairs({-1, 1}) do frame[#frame + 1] = side:move(0, 0, s * (W / 2 - pt / 2)) end
    -- the riser between the steps, and kick rails under the treads' fronts
    frame[#frame + 1] = box(pt, H - h, W - 4):move(0, h + (H - h) / 2 - t / 2, 0)
    frame[#frame + 1] = box(pt, 70, W - 4, 2):move(D / 2 - 30, h - t - 35, 0)
    frame[#frame + 1] = box(pt, 70, W - 4, 2):move(-D / 2 + 20, H - t - 35, 0)
    -- The treads, overhanging a little at the front and the sides; a hand
    -- hole through the top one.
    local low = box(D / 2 + 18, t, W + 16, 4):move(D / 4 + 9, h - t / 2, 0)
    local top = box(D / 2 + 18, t, W + 16, 4):move(-D / 4 + 9, H - t / 2, 0)
    top = subtract(top, box(36, 80, 120):round(14):move(-D / 2 + 60, H, 0))
    k.attach("top", {-D / 4, H, 0}, W * 0.7)
    k.attach("seat", {-D / 4, H, 0}, W * 0.7)
    return union(union(frame):part("frame"), (low + top):part("steps")):roty(-30)
  end,
}
