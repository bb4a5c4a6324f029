-- A hardcover book lying flat: coloured cover boards overhanging a cream
-- page block whose edges are scored with fine lines, a rounded spine with
-- gilt bands, and a gilt title panel on the front board. Variants: lying
-- open with two page blocks curving up from the spine, a pile of closed
-- books stacked askew, and a thick leather spell book with brass corners,
-- a clasp and an emblem.

-- One closed book in local coordinates: spine along Z at x = 0, the pages
-- running to +X, lying on y = 0. Returns shapes for each part.
local function closed_book(o)
  local W, D, T = o.w, o.d, o.t
  local b = o.board or 3               -- board thickness
  local ov = o.over or 3.5             -- board overhang past the pages
  local sr = o.spine or T * 0.22       -- how far the rounded spine bulges
  local boards = box(W + ov, b, D + 2 * ov, 1.2):move((W + ov) / 2, b / 2, 0)
    + box(W + ov, b, D + 2 * ov, 1.2):move((W + ov) / 2, T - b / 2, 0)
  -- the rounded spine: half an elliptic cylinder along Z
  local spine = cylinder(1, D + 2 * ov):move(0, -(D + 2 * ov) / 2, 0):rotx(90):stretch(sr, T / 2, 1):move(sr * 0.35, T / 2, 0)
  spine = intersect(spine, box(sr * 2, T + 2, D + 2 * ov + 2):move(-sr + sr * 0.6, T / 2, 0))
  local cover = boards + spine
  -- the hinge groove just off the spine on the front board
  cover = cover - cylinder(1.3, D + 20):move(0, -(D + 20) / 2, 0):rotx(90):move(sr * 0.6 + 7, T + 0.3, 0)
  -- the page block, a little concave along the fore-edge
  local ph = T - 2 * b
  local pages = box(W - 1, ph + 0.4, D, 0.6):move((W - 1) / 2 + 1, T / 2, 0)
  pages = pages - cylinder(ph * 2.6, D + 10):move(0, -(D + 10) / 2, 0):rotx(90):move(W + ph * 2.6 - 1.6, T / 2, 0)
  -- fine horizontal lines scored into the three page edges
  local n = math.max(3, math.floor(ph / 4.6))
  local lines = {}
  for i = 1, n do
    local y = b + ph * i / (n + 1)
    local ring = box(W + 20, 2.1, D + 20):move(W / 2, 0, 0) - box(W + 18, 3, D - 4):move((W - 2 - 20) / 2, 0, 0)
    lines[#lines + 1] = ring:move(0, y, 0)
  end
  pages = pages - union(lines)
  return {cover = cover, pages = pages, spine = spine, W = W, D = D, T = T, b = b, ov = ov, sr = sr}
end

-- Gilt bands across the spine.
local function gilt(bk, bands)
  local g = {}
  local z = bk.D / 2 - 18
  for _, s in ipairs(bands or {-z, z}) do
    g[#g + 1] = intersect(bk.spine:round(0.5), box(40, bk.T - 2, 2.6):move(0, bk.T / 2, s))
  end
  return union(g)
end

-- A gilt title panel on the front board.
local function title_panel(bk)
  local W, D, T = bk.W, bk.D, bk.T
  local x = W * 0.55
  return box(W * 0.42, 1.2, D * 0.16, 0.5):move(x, T + 0.3, -D * 0.22)
end

return {
  id = "book",
  names = {"book", "hardcover book", "hardback", "hardback book", "hardcover", "novel", "notebook", "journal",
           "diary", "textbook", "closed book", "storybook", "story book", "reading book", "library book"},
  lvis = {"book", "hardback_book", "notebook", "diary"},
  family = "household",
  size_mm = 34,
  description = "A closed hardcover book lying flat",
  params = {w = {145, 160}, d = {215, 235}, t = {28, 36}, turn = {184, 194}},
  parts = {
    {"cover", "paper", color = "#8c2a2a", role = "primary", names = {"cover", "covers", "boards", "binding", "spine"}},
    {"pages", "paper", color = "#f1e8d0", role = "secondary", names = {"pages", "page", "page edges", "page block"}},
    {"trim", "gold", color = "#d0a84a", role = "detail", names = {"trim", "gilt", "title", "lettering", "bands",
                                                                  "corners", "clasp", "lock", "emblem"}},
    {"cover2", "paper", color = "#2a4a7a", role = "detail", names = {"second book", "blue book"}},
    {"cover3", "paper", color = "#3d6a3a", role = "detail", names = {"third book", "green book"}},
    {"cover4", "paper", color = "#c89a2e", role = "detail", names = {"fourth book", "yellow book"}},
    {"text", "paint", color = "#8e897e", role = "fixed", names = {"text", "print", "writing", "words"}},
  },
  variants = {
    open = {names = {"open book", "opened book", "book lying open", "open novel"}, size_mm = 32},
    stack = {names = {"stack of books", "pile of books", "book stack", "book pile", "stacked books"},
             size_mm = 150},
    spellbook = {names = {"spell book", "spellbook", "grimoire", "magic book", "tome", "ancient book",
                          "book of spells", "wizard book"},
                 size_mm = 70, colors = {cover = "#5a3520", pages = "#e2cc98", trim = "#b8882e"}},
  },
  points = {"top"},
  build = function(k)
    local v = k.variant
    if v == "open" then
      -- Lying open: the boards flat under two page blocks that rise from the
      -- spine in a curve and thin out towards the fore-edges.
      local W, D = k.p.w, k.p.d
      local ov, b = 3.5, 2.6
      local boards = empty()
      local pages = empty()
      local text = empty()
      local T = k.p.t * 0.5
      for _, s in ipairs({-1, 1}) do
        local board = box(W + ov, b, D + 2 * ov, 1.0):move((W + ov) / 2 + 1, b / 2, 0):rotz(3)
        -- top curve of the page block, x from the spine out to the fore-edge
        local top = {}
        local N = 14
        for i = 0, N do
          local t = i / N
          local x = 2 + t * (W - 2)
          local rise = math.sin(math.min(1, t / 0.24) * math.pi * 0.5)
          local fall = 1 - 0.42 * math.max(0, (t - 0.24) / 0.76) ^ 1.3
          local y = b + 1.5 + T * rise * fall
          top[#top + 1] = {x, y}
        end
        local outline = {{2, b - 0.5}, {W, b - 0.5}}
        for i = #top, 1, -1 do outline[#outline + 1] = top[i] end
        local block = extrude(outline, D, 0.6)
        -- the lines of the page ends along the head and tail, following the curve
        local grooves = {}
        for j = 1, 3 do
          local f = j / 4
          local pts = {}
          for i = 2, #top do
            local p = top[i]
            pts[#pts + 1] = {p[1], b + (p[2] - b) * f, 0}
          end
          grooves[#grooves + 1] = polyline(pts, 0.7):move(0, 0, D / 2) + polyline(pts, 0.7):move(0, 0, -D / 2)
          grooves[#grooves + 1] = box(3, 0.9, D + 4):move(W, b + (top[#top][2] - b) * f, 0)
        end
        block = block - union(grooves)
        -- rows of print on the page, laid over its curved top
        local rows = {}
        for r = 0, 15 do
          local len = (r == 15 or r == 7) and W * 0.4 or W * 0.66
          rows[#rows + 1] = box(len, 200, 3.0):move(W * 0.19 + len / 2, 0, -D * 0.37 + r * D * 0.05)
        end
        local print = intersect(block:round(0.9), union(rows))
        if s < 0 then
          board, block, print = board:flip("x"), block:flip("x"), print:flip("x")
        end
        boards = boards + board
        pages = pages + block
        text = text + print
      end
      -- the spine under the fold, rounded
      boards = boards + cylinder(8, D + 2 * ov):move(0, -(D + 2 * ov) / 2, 0):rotx(90):stretch(1, 0.5, 1):move(0, 2, 0)
      k.attach("top", {0, T + 10, 0}, W)
      return union(boards:part("cover"), pages:part("pages"), text:part("text")):roty(-90)
    end

    if v == "stack" then
      local n = k.int(3, 5)
      local slots = {"cover", "cover2", "cover3", "cover4", "cover"}
      local y = 0
      local out = empty()
      local widths = {}
      for i = 1, n do widths[i] = k.rand(120, 170) end
      table.sort(widths, function(a, b2) return a > b2 end)
      for i = 1, n do
        local W = widths[i]
        local D = W * k.rand(1.35, 1.5)
        local T = math.max(20, math.min(52, 135 / n * k.rand(0.8, 1.2)))
        local bk = closed_book({w = W, d = D, t = T})
        local g = gilt(bk)
        local turn = k.rand(-9, 9)
        local shift = k.rand(-8, 8)
        local flipped = (i == 2 and k.chance(0.6)) or (i == 4)
        local book = union(bk.cover:part(slots[i]), bk.pages:part("pages"), g:part("trim"))
        -- centre the book on its page block, so it sits on the one below
        book = book:move(-W / 2, 0, 0)
        if flipped then book = book:roty(180) end
        out = out + book:roty(turn):move(shift, y, k.rand(-6, 6))
        y = y + T - 0.8
      end
      k.attach("top", {0, y, 0}, 120)
      return out:roty(-90 + 18)
    end

    local spell = v == "spellbook"
    local W, D, T = k.p.w, k.p.d, k.p.t
    if spell then W, D, T = W + 10, D + 10, T + 32 end
    local bk = closed_book({w = W, d = D, t = T, board = spell and 5 or 3, over = spell and 5 or 3.5})
    if spell then
      local b, ov = bk.b, bk.ov
      -- raised bands across the spine
      local ribs = {}
      for i = 1, 4 do
        local z = -D / 2 + D * i / 5
        local rib = cylinder(1, 8, 0.1):move(0, -4, 0):rotx(90):stretch(bk.sr + 3, T / 2 + 1.5, 1):move(bk.sr * 0.35, T / 2, z)
        ribs[#ribs + 1] = intersect(rib, box(bk.sr * 2, T + 6, 10):move(-bk.sr * 0.4, T / 2, z))
      end
      bk.cover = bk.cover + union(ribs)
      -- brass caps on the four fore-edge corners of the boards
      local caps = {}
      local c = 30
      for _, yy in ipairs({b / 2, T - b / 2}) do
        for _, s in ipairs({-1, 1}) do
          local cap = intersect(box(c + 2, b + 2.4, c + 2, 0.8):move(-(c + 2) / 2 + 1.2, 0, s * (-(c + 2) / 2 + 1.2)),
                                extrude({{1.2, 1.2 * s}, {-c, 1.2 * s}, {1.2, -(c) * s}}, b + 2.4, 0):rotx(90))
          caps[#caps + 1] = cap:move(W + ov, yy, s * (D / 2 + ov))
        end
      end
      -- a clasp strap round the fore-edge with a lock plate on the front board
      local sw = 34
      local strap = box(5, T + 1, sw, 1.5):move(W + ov + 2, T / 2, 0)
        + box(34, 3, sw, 1.2):move(W + ov - 14, T + 0.8, 0)
      local lock = box(30, 6, 42, 2.5):move(W + ov - 22, T + 2.5, 0)
      lock = lock - (cylinder(2.6, 10):move(W + ov - 24, T + 1, 0) + box(6, 10, 2.4):move(W + ov - 19, T + 5, 0))
      -- an emblem on the front board: a ring round a star
      local ex, ez = W * 0.5, 0
      local emblem = torus(D * 0.17, 2.6):move(ex, T, ez)
        + star(5, D * 0.14, D * 0.055, 4):rotx(-90):move(ex, T + 0.6, ez)
      local trim = union(union(caps), lock, emblem)
      local shape = union((bk.cover + strap):part("cover"), bk.pages:part("pages"), trim:part("trim"))
      k.attach("top", {W / 2, T, 0}, W)
      return shape:move(-W / 2, 0, 0):roty(-80)
    end
    local trim = gilt(bk) + title_panel(bk)
    local shape = union(bk.cover:part("cover"), bk.pages:part("pages"), trim:part("trim"))
    k.attach("top", {W / 2, T, 0}, W)
    return shape:move(-W / 2, 0, 0):roty(k.p.turn)
  end,
}
