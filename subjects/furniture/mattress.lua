-- A mattress lying flat: a thick rounded slab with a quilted top (a
-- diamond grid of stitched grooves), a piped
-- seam round the top and bottom edges, a side band in a second colour and
-- two carry handles on each long side. The air mattress is an inflatable:
-- a flocked top of long puffy tubes side by side, a raised pillow tube
-- across the head end and a valve on the side. The length runs along X, the
-- foot at +X.

return {
  id = "mattress",
  names = {"mattress", "bed mattress", "foam mattress", "memory foam mattress", "spring mattress", "innerspring mattress",
           "pillow top mattress", "pillowtop mattress", "double mattress", "single mattress", "twin mattress",
           "queen mattress", "king mattress", "queen size mattress", "king size mattress", "sprung mattress",
           "futon mattress", "matress", "mattres", "mattrass", "matrress"},
  lvis = {"mattress"},
  family = "furniture",
  size_mm = 260,
  description = "A thick quilted mattress with piped edges",
  params = {width = {1350, 1600}, diag = {8, 9.99}},
  parts = {
    {"cover", "fabric", color = "#f2f0ea", role = "primary", names = {"cover", "top", "fabric", "quilting", "ticking", "body"}},
    {"border", "fabric", color = "#8e9aa8", role = "secondary", names = {"border", "side", "sides", "band", "side band", "panel"}},
    {"piping", "fabric", color = "#5d6a7a", role = "detail", names = {"piping", "trim", "seam", "seams", "edge", "edges", "handles", "valve"}},
  },
  variants = {
    air = {names = {"air mattress", "airbed", "air bed", "inflatable mattress", "blow up mattress", "blow-up mattress",
                    "inflatable bed", "camping mattress", "air matress", "lilo", "inflatable airbed", "blowup bed"},
           size_mm = 230, colors = {cover = "#2f4f8f", border = "#2a3550", piping = "#e8e8ea"}},
  },
  points = {"top"},
  build = function(k)
    local L, W = 1980, k.p.width
    if k.variant == "air" then
      local H = 220
      local n = 7
      local r = W / n / 2 * 1.04
      local tubes = {}
      local x0, x1 = -L / 2 + r, L / 2 - r - 80
      for i = 0, n - 1 do
        local z = -W / 2 + r + i * (W - 2 * r) / (n - 1)
        tubes[#tubes + 1] = capsule({x0 + 260, 0, z}, {x1, 0, z}, r)
      end
      local top = smooth(40, table.unpack(tubes)):stretch(1, (H * 0.55) / r, 1):move(0, H * 0.6, 0)
      -- the base: a rounded slab under the tubes
      local base = box(L - 40, H * 0.7, W, 60):move(-20, H * 0.35, 0)
      -- the pillow: one fat tube across the head end
      local pillow = capsule({-L / 2 + 150, 0, -W / 2 + 100}, {-L / 2 + 150, 0, W / 2 - 100}, 150):stretch(1, 0.95, 1)
        :move(0, H * 0.72, 0)
      local body = smooth(50, base, top, pillow)
      body = intersect(body, box(L * 2, H * 3, W * 2):move(0, H * 1.5, 0))
      -- the seam round the middle and the valve on the long side
      local seam = intersect(body:round(6), box(L * 2, 22, W * 2):move(0, H * 0.42, 0))
      local valve = cylinder(36, 40, 8):rotx(90):move(L * 0.3, H * 0.45, W / 2 - 6)
        + cylinder(24, 30, 8):rotx(90):move(L * 0.3, H * 0.45, W / 2 + 26)
      k.attach("top", {0, H * 1.15, 0}, W * 0.8)
      return union(body:part("cover"), seam:part("border"), valve:part("piping"))
    end

    local H = 250
    local rr = 45
    local body = box(L, H, W, rr):move(0, H / 2, 0)
    -- the quilted top: a diamond grid of grooves, tufts where they cross
    local n = math.floor(k.p.diag)
    local step = W / n
    local a = 45
    local grooves = {}
    local span = L + W
    for i = -n * 3, n * 3 do
      local c = i * step * 1.41
      if math.abs(c) < span * 0.75 then
        grooves[#grooves + 1] = box(span * 1.6, 44, 28):move(0, 0, c):roty(a)
        grooves[#grooves + 1] = box(span * 1.6, 44, 28):move(0, 0, c):roty(-a)
      end
    end
    local grid = intersect(union(grooves), box(L - 140, 40, W - 140)):move(0, H + 1, 0)
    body = smooth_sub(body, grid, 6)
    -- piping round the top and bottom edges
    local ring = function(y)
      local hx, hz = L / 2 - rr * 0.42, W / 2 - rr * 0.42
      return polyline({{-hx, y, -hz}, {hx, y, -hz}, {hx, y, hz}, {-hx, y, hz}, {-hx, y, -hz}}, 14)
    end
    local piping = ring(H - rr * 0.42) + ring(rr * 0.42)
    -- the side band between the pipings
    local band = subtract(box(L + 4, H - 2 * rr - 10, W + 4, 6):move(0, H / 2, 0), box(L - 40, H, W - 40))
    -- carry handles on the long sides
    local handles = empty()
    for _, s in ipairs({-1, 1}) do
      for _, x in ipairs({-L * 0.22, L * 0.22}) do
        handles = handles + box(200, 34, 16, 8):move(x, H / 2, s * (W / 2 + 6))
      end
    end
    k.attach("top", {0, H, 0}, W * 0.8)
    return union(body:part("cover"), band:part("border"), (piping + handles):part("piping"))
  end,
}
