-- A surfboard: a long slim board with a rounded nose, a painted stripe down
-- the middle and fins under the tail, standing upright on its tail; a
-- snowboard is shorter, with rounded ends and bindings.
return {
  id = "surfboard",
  names = {"surfboard", "surf board", "surfing board", "longboard surf", "surfbord"},
  lvis = {"surfboard"},
  family = "sports",
  size_mm = 2000,
  description = "A surfboard",
  params = {},
  parts = {
    {"board", "plastic", color = "#f4f0e6", role = "primary", names = {"board", "deck"}},
    {"stripe", "paint", color = "#1e8ad8", role = "secondary", names = {"stripe", "stripes", "pattern"}},
    {"fins", "plastic", color = "#2a2a2e", role = "detail", names = {"fins", "fin", "bindings"}},
  },
  variants = {
    snowboard = {names = {"snowboard", "snow board"}, size_mm = 1550, colors = {board = "#2a2a2e", stripe = "#e8401e", fins = "#1e1e22"}},
  },
  build = function(k)
    local v = k.variant
    local L, W = v == "snowboard" and 1550 or 2000, v == "snowboard" and 280 or 540
    local o = {}
    for i = 0, 24 do
      local t = i / 24
      local w
      if v == "snowboard" then
        w = W / 2 * (1 - 0.12 * math.sin(math.pi * t))
        if t < 0.08 then w = W / 2 * math.sqrt(t / 0.08) * 0.9 + W * 0.05 end
        if t > 0.92 then w = W / 2 * math.sqrt((1 - t) / 0.08) * 0.9 + W * 0.05 end
      else
        w = W / 2 * math.sin(math.pi * math.min(1, 0.06 + t * 0.94)) ^ 0.6
        if t < 0.08 then w = math.max(w, W * 0.16) end
      end
      o[#o + 1] = {w, t * L}
    end
    for i = #o, 1, -1 do o[#o + 1] = {-o[i][1], o[i][2]} end
    local board = extrude(o, v == "snowboard" and 30 or 70, v == "snowboard" and 10 or 28)
    local stripe = intersect(board:round(1), box(W * 0.12, L * 2, 300))
    local fins
    if v == "snowboard" then
      fins = union(box(240, 60, 70, 12):move(0, L * 0.32, 45), box(240, 60, 70, 12):move(0, L * 0.68, 45))
    else
      fins = extrude({{0, 0}, {0, 160}, {-140, 40}}, 12, 4):roty(90):move(0, 40, -35)
    end
    return union(board:part("board"), stripe:part("stripe"), fins:part("fins")):roty(40)
  end,
}
