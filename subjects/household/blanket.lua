-- A blanket. The default is a stack of thick folded blankets: soft
-- rounded slabs, the folded edge round at the back, the open side (+Z)
-- showing the layers with a satin binding along each edge, the top one
-- set a little askew. The quilt is the same stack, thinner and stitched in a
-- square grid. The throw is a blanket draped over the bar of a small wooden
-- stand, hanging in soft folds on both sides with a tasselled fringe along
-- its ends. Front faces +X.

-- A folded blanket lying flat: d deep (X), t thick, w wide (Z), the open
-- edges on +Z; returns the slab and its binding.
local function folded(d, t, w, layers)
  local slab = box(d, t, w, t * 0.45)
  -- the folded edge at the back is fully round
  slab = smooth(t * 0.3, slab, capsule({-d / 2 + t / 2, 0, -w / 2 + t / 2}, {-d / 2 + t / 2, 0, w / 2 - t / 2}, t / 2))
  local cuts, bind = {}, {}
  for i = 1, layers - 1 do
    local y = -t / 2 + t * i / layers
    cuts[#cuts + 1] = box(d + 40, t * 0.07, 60):move(0, y, w / 2)
    cuts[#cuts + 1] = box(60, t * 0.07, w + 40):move(d / 2, y, 0)
  end
  for i = 0, layers - 1 do
    local y = -t / 2 + t * (i + 0.5) / layers
    bind[#bind + 1] = box(d - t * 0.6, t * 0.2, 8):move(0, y, w / 2 - 2)
  end
  slab = smooth_sub(slab, union(cuts), 3)
  local binding = intersect(union(bind), slab:round(2))
  return slab, binding
end

return {
  id = "blanket",
  names = {"blanket", "duvet", "comforter", "bedspread", "folded blanket", "fleece blanket", "wool blanket",
           "woollen blanket", "woolen blanket", "cotton blanket", "baby blanket", "blankie", "stack of blankets",
           "blanket stack", "bed blanket", "picnic blanket", "soft blanket", "knit blanket", "knitted blanket",
           "coverlet", "eiderdown", "doona", "blankit", "blancket", "blanket pile"},
  lvis = {"blanket", "quilt"},
  family = "household",
  size_mm = 170,
  description = "A stack of folded blankets",
  params = {count = {2, 3.99}, skew = {-8, 8}},
  parts = {
    {"cloth", "fabric", color = "#6f8fb8", role = "primary", names = {"cloth", "fabric", "blanket", "wool", "fleece", "quilt", "throw"}},
    {"binding", "fabric", color = "#e9e4d8", role = "secondary", names = {"binding", "edge", "edges", "trim", "border", "fringe", "tassels", "stitching"}},
    {"stand", "wood", color = "#8a5a34", role = "detail", names = {"stand", "rack", "bar", "rail", "blanket rack", "ladder", "frame"}},
  },
  variants = {
    quilt = {names = {"quilt", "quilted blanket", "folded quilt", "stack of quilts", "quilt stack",
                      "handmade quilt", "kwilt"},
             size_mm = 820, colors = {cloth = "#c8563c", binding = "#f0e6d2"}},
    throw = {names = {"throw blanket", "throw", "draped blanket", "blanket on a rack", "blanket rack", "blanket ladder",
                      "sofa throw", "blanket throw", "draped throw", "blanket over a rack", "hanging blanket", "afghan blanket"},
             size_mm = 820, colors = {cloth = "#b9a58a", binding = "#b9a58a"}},
  },
  points = {"top"},
  build = function(k)
    -- A folded stack of thin quilts reads as a pile of books; a quilt is
    -- shown draped like the throw, in its own colours.
    if k.variant == "throw" or k.variant == "quilt" then
      -- The stand: two end frames on feet joined by a round bar.
      local hb = 760                          -- the bar's height
      local zw = 330                          -- the end frames
      local stand = empty()
      for _, s in ipairs({-1, 1}) do
        stand = stand + box(34, hb + 10, 34, 6):move(0, (hb + 10) / 2, s * zw)
          + box(300, 32, 40, 8):move(0, 16, s * zw)
      end
      stand = stand + capsule({0, hb, -zw}, {0, hb, zw}, 20) + capsule({0, 250, -zw}, {0, 250, zw}, 14)
      -- The blanket over the bar: a thick band bent over it, flaring out as
      -- it hangs, the front side longer than the back.
      local t = 26
      local w = 2 * zw - 70
      local function side(s, len)
        local pts = {}
        local n = 8
        for i = 0, n do
          local f = i / n
          pts[#pts + 1] = {s * (22 + 10 + 70 * f ^ 1.6), hb - 10 - len * f}
        end
        return pts
      end
      local front, back = side(1, 560), side(-1, 470)
      local outline = {}
      -- outer edge: down the front, over the top, down the back (clockwise)
      for i = #back, 1, -1 do outline[#outline + 1] = {back[i][1] - t / 2, back[i][2]} end
      for i = 0, 6 do
        local a = math.pi - math.pi * i / 6
        outline[#outline + 1] = {(20 + t) * math.cos(a), hb + (20 + t) * math.sin(a) - 4}
      end
      for i = 1, #front do outline[#outline + 1] = {front[i][1] + t / 2, front[i][2]} end
      for i = #front, 1, -1 do outline[#outline + 1] = {front[i][1] - t / 2, front[i][2]} end
      for i = 0, 6 do
        local a = math.pi * i / 6
        outline[#outline + 1] = {19 * math.cos(a), hb + 19 * math.sin(a) - 2}
      end
      for i = 1, #back do outline[#outline + 1] = {back[i][1] + t / 2, back[i][2]} end
      local sheet = extrude(outline, w)
      -- soft folds: vertical ripples that swell towards the hem
      local folds = {}
      for i = -3, 3 do
        local z = i * w / 7 + (i % 2) * 10
        for _, s in ipairs({-1, 1}) do
          local len = s > 0 and 560 or 470
          local xb = s * (22 + 10 + 70) + s * t * 0.2
          folds[#folds + 1] = capsule({s * 34, hb - 40, z}, {xb, hb - len + 20, z}, 6, 24):stretch(1, 1, 1)
        end
      end
      sheet = smooth(20, sheet, union(folds))
      -- the fringe along each hem
      local fringe = {}
      for _, s in ipairs({-1, 1}) do
        local len = s > 0 and 560 or 470
        local xb = s * (22 + 10 + 70)
        for i = 0, 14 do
          local z = -w / 2 + 16 + (w - 32) * i / 14
          fringe[#fringe + 1] = capsule({xb, hb - 10 - len + 6, z}, {xb + s * 6, hb - 10 - len - 50, z}, 6, 4)
        end
      end
      k.attach("top", {0, hb + 46, 0}, w * 0.6)
      return union(sheet:part("cloth"), union(fringe):part("binding"), stand:part("stand"))
    end

    local quilt = k.variant == "quilt"
    local n = math.floor(k.p.count)
    local d, w = 400, 540
    local t = quilt and 58 or 78
    local layers = quilt and 4 or 3
    local pieces, binds = {}, {}
    local y = 0
    for i = 1, n do
      local slab, bind = folded(d - (i - 1) * 12, t, w - (i - 1) * 16, layers)
      if quilt then
        -- stitched squares: a grid of shallow grooves on the top
        local g = {}
        for j = -3, 3 do
          g[#g + 1] = box(d + 20, 12, 8):move(0, t / 2, j * (w - 40) / 7)
          g[#g + 1] = box(8, 12, w + 20):move(j * (d - 40) / 6 + 20, t / 2, 0)
        end
        slab = smooth_sub(slab, union(g), 4)
      end
      local rot = (i == n) and k.p.skew or (i % 2) * 3 - 1.5
      local shift = (i % 2) * 10 - 5
      pieces[#pieces + 1] = slab:roty(rot):move(shift, y + t / 2, 0)
      binds[#binds + 1] = bind:roty(rot):move(shift, y + t / 2, 0)
      y = y + t - 6
    end
    k.attach("top", {0, y + 6, 0}, d * 0.8)
    return union(union(pieces):part("cloth"), union(binds):part("binding"))
  end,
}
