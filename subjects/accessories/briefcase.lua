-- A leather briefcase standing on its long edge: a slim rounded box split
-- round the middle of its depth by a welted seam, a leather carry handle on
-- two brass mounts on top, two brass latches across the top edge of the
-- front, a small combination lock between them and brass feet underneath.
return {
  id = "briefcase",
  names = {"briefcase", "attache case", "attaché case", "attache", "business case", "brief case",
           "leather briefcase", "executive case", "document case", "office case", "breifcase", "briefcaise",
           "lawyer s briefcase", "hard briefcase"},
  lvis = {"briefcase"},
  family = "accessories",
  size_mm = 340,
  description = "A slim leather briefcase with a top handle and two brass latches",
  params = {w = {430, 460}, d = {95, 110}},
  parts = {
    {"case", "leather", color = "#5c3420", role = "primary", names = {"case", "body", "shell", "leather"}},
    {"trim", "leather", color = "#3a2014", role = "secondary", names = {"trim", "seam", "welt", "edges",
                                                                      "piping", "stitching"}},
    {"handle", "leather", color = "#2e1a10", role = "detail", names = {"handle", "grip"}},
    {"latches", "brass", color = "#d0a850", role = "detail", names = {"latches", "latch", "clasps", "locks",
                                                                    "lock", "fittings", "hardware", "feet"}},
  },
  hangs = true,
  attach_to = {"hand", "top"},
  points = {"top"},
  build = function(k)
    local W, D = k.p.w, k.p.d
    local H = W * 0.72
    local case = box(D, H, W, 16):move(0, H / 2, 0)
    -- the seam round the middle of the depth: a raised welt all round the edge
    local seam = subtract(box(10, H + 5, W + 5, 16):move(0, H / 2, 0), box(14, H - 40, W - 40):move(0, H / 2, 0))
    -- a stitched border just inside each broad face
    local border = {}
    for _, sx in ipairs({-1, 1}) do
      local r = subtract(box(3, H - 24, W - 24, 10), box(6, H - 34, W - 34, 6))
      border[#border + 1] = r:move(sx * D / 2, H / 2, 0)
    end
    -- the latches: brass plates on the front, over the top edge, either side
    local latches = {}
    for _, z in ipairs({-W * 0.32, W * 0.32}) do
      latches[#latches + 1] = box(8, 46, 40, 3):move(D / 2 + 1, H - 30, z)
      latches[#latches + 1] = box(D * 0.55, 8, 40, 3):move(D * 0.25, H + 1, z)
      -- the catch button on the plate
      latches[#latches + 1] = box(6, 14, 24, 2):move(D / 2 + 5, H - 22, z)
    end
    -- a small combination lock in the middle of the front, below the handle
    latches[#latches + 1] = box(7, 26, 62, 3):move(D / 2 + 1, H - 26, 0)
    for i = -1, 1 do
      latches[#latches + 1] = cylinder(5, 8, 1):rotz(90):move(D / 2 + 8, H - 26, i * 14)
    end
    -- the handle: an arched grip on two brass mounts
    local hx = 0
    local half = W * 0.16
    local handle = tube({{hx, H + 10, -half}, {hx, H + 34, -half * 0.75}, {hx, H + 44, -half * 0.3},
                         {hx, H + 45, 0}, {hx, H + 44, half * 0.3}, {hx, H + 34, half * 0.75}, {hx, H + 10, half}}, 9)
    handle = handle:stretch(1.4, 1, 1)
    for _, sz in ipairs({-1, 1}) do
      latches[#latches + 1] = box(D * 0.36, 12, 30, 4):move(hx, H + 4, sz * half)
      latches[#latches + 1] = cylinder(6, 16, 2):move(0, -8, 0):rotx(90):move(hx, H + 14, sz * half)
    end
    -- brass feet at the bottom corners
    for _, sz in ipairs({-1, 1}) do
      for _, sx in ipairs({-1, 1}) do
        latches[#latches + 1] = cylinder(6, 8, 2):move(sx * D * 0.28, -5, sz * W * 0.4)
      end
    end
    k.attach("top", {0, H + 45, 0}, W * 0.4)
    return union(case:part("case"), union(seam, union(border)):part("trim"), handle:part("handle"),
                 union(latches):part("latches")):roty(-25)
  end,
}
