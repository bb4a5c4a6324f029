-- A metal filing cabinet: a tall grey box with four drawers, each with a
-- chrome cup handle and a little label holder above it holding a white card.
-- Open, the top drawer is pulled out on its runners and shows a row of
-- hanging files with coloured tabs. Front faces +X: depth along X, width
-- along Z.
return {
  id = "file_cabinet",
  names = {"file cabinet", "filing cabinet", "file drawer", "office cabinet", "filing drawer", "file cabinet drawer",
           "metal filing cabinet", "metal file cabinet", "filing cupboard", "file cupboard", "filling cabinet",
           "filing cabnet", "file storage cabinet", "document cabinet", "vertical file"},
  lvis = {"file_cabinet"},
  family = "furniture",
  size_mm = 1330,
  description = "A grey metal filing cabinet with four drawers",
  params = {rows = {3, 4.99}},
  parts = {
    {"body", "paint", color = "#9aa0a6", role = "primary", names = {"body", "cabinet", "case", "metal", "frame", "top"}},
    {"drawers", "paint", color = "#a9afb5", role = "primary", names = {"drawers", "drawer", "fronts", "drawer fronts"}},
    {"handles", "steel", color = "#d4d8dc", role = "secondary",
     names = {"handles", "handle", "pulls", "label holders", "label holder", "chrome"}},
    {"labels", "paper", color = "#f6f4ec", role = "detail", names = {"labels", "label", "cards", "tags"}},
    {"files", "paper", color = "#5c8a5a", role = "detail", names = {"files", "folders", "hanging files", "file folders"}},
    {"papers", "paper", color = "#e8d8a8", role = "fixed", names = {"papers", "documents", "manila folders"}},
  },
  variants = {
    open = {names = {"open file cabinet", "open filing cabinet", "open file drawer", "open filing drawer",
                     "filing cabinet with an open drawer", "file cabinet with an open drawer",
                     "filing cabinet with a drawer pulled out", "file cabinet with a drawer pulled out",
                     "filing cabinet with drawer open", "file cabinet with drawer open"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local n = math.floor(k.p.rows)
    local W, D = 470, 620
    local H = n == 3 and 1020 or 1330
    local fx = D / 2
    local base, top_m, gap = 50, 24, 14
    local body = box(D, H - 20, W, 6):move(0, 20 + (H - 20) / 2, 0)
    -- a recessed plinth so it reads as standing on the floor
    local plinth = box(D - 30, 24, W - 30, 2):move(-10, 12, 0)
    local row_h = (H - base - top_m - gap * (n - 1)) / n
    local fw = W - 28
    -- naming the files inside ("with green hanging files") opens it too
    local open = k.variant == "open" or k.asked.files or k.asked.papers
    local pull = 430
    local fronts, handles, labels, extra_body = {}, {}, {}, {}
    local files, papers = {}, {}
    local function row_y(i) return base + (i - 1) * (row_h + gap) + row_h / 2 end
    local function front_at(x, y)
      fronts[#fronts + 1] = box(16, row_h, fw, 4):move(x + 2, y, 0)
      -- a chrome cup pull: a rounded bar with a shadowed recess above it
      local hy = y - row_h * 0.08
      handles[#handles + 1] = subtract(box(26, 36, 170, 8):move(x + 14, hy, 0),
                                       box(30, 24, 146, 6):move(x + 14, hy + 12, 0))
      -- a label holder above it: a thin frame round a white card
      local ly = y + row_h * 0.24
      handles[#handles + 1] = subtract(box(8, 46, 104, 2):move(x + 12, ly, 0), box(10, 34, 90):move(x + 16, ly, 0))
      labels[#labels + 1] = box(6, 36, 92, 1):move(x + 11, ly, 0)
    end
    for i = 1, n do
      local y = row_y(i)
      if open and i == n then
        -- The opening in the case, and the drawer box pulled out of it.
        local ow = fw - 10
        body = subtract(body, box(D - 40, row_h - 6, ow, 2):move(fx - (D - 40) / 2 + 10, y, 0))
        local x0 = fx + pull
        local L = D - 60
        local dh = row_h - 30
        local yb = y - row_h / 2 + 12
        local drawer = {box(L, 6, ow - 4):move(x0 - L / 2, yb + 3, 0)}
        for _, s in ipairs({-1, 1}) do
          -- side walls with a rolled rail on top for the folders' hooks, and
          -- a runner reaching back into the case wall
          drawer[#drawer + 1] = box(L, dh, 6):move(x0 - L / 2, yb + dh / 2, s * (ow / 2 - 5))
          drawer[#drawer + 1] = box(L, 8, 12, 3):move(x0 - L / 2, yb + dh - 2, s * (ow / 2 - 8))
          extra_body[#extra_body + 1] = box(D - 20 + pull - 60, 18, 10, 2)
            :move((fx - (D - 40) + x0 - 40) / 2, yb + 22, s * (ow / 2 + 2))
        end
        drawer[#drawer + 1] = box(6, dh, ow - 4):move(x0 - L + 3, yb + dh / 2, 0)
        extra_body[#extra_body + 1] = union(drawer)
        -- hanging files: a packed row of folders filling the drawer, their
        -- top edges standing up as ridges, each hung from a bar across the
        -- rails, with a tab on top at a staggered place
        local nf = 11
        files[#files + 1] = box(L - 24, dh - 50, ow - 24, 4):move(x0 - L / 2, yb + 6 + (dh - 50) / 2, 0)
        for j = 1, nf do
          local x = x0 - 40 - (j - 1) * (L - 70) / (nf - 1)
          local lean = k.rand(-5, 5)
          local fold = box(14, 60, ow - 30, 3):move(0, -30, 0):rotz(lean):move(x, yb + dh, 0)
          local bar = box(12, 10, ow - 6, 2):move(x, yb + dh + 1, 0)
          files[#files + 1] = fold + bar
          local tz = ((j % 4) - 1.5) * (ow - 130) / 3
          labels[#labels + 1] = box(9, 26, 60, 2):move(x, yb + dh + 16, tz)
          if j % 2 == 0 then
            papers[#papers + 1] = box(10, 22, 90, 2):move(x + 8, yb + dh + 2, -tz * 0.6)
          end
        end
        front_at(x0, y)
      else
        front_at(fx, y)
      end
    end
    -- a small lock cylinder at the top corner of the face
    handles[#handles + 1] = cylinder(11, 12, 2):rotz(-90):move(fx, H - top_m / 2 - 1, fw / 2 - 26)
    k.attach("top", {0, H, 0}, math.min(W, D) * 0.7)
    if open then k.attach("inside", {fx + pull - (D - 60) / 2, row_y(n) - row_h / 2 + 18, 0}, W * 0.6) end
    local out = (body + plinth + union(extra_body)):part("body") + union(fronts):part("drawers")
      + union(handles):part("handles") + union(labels):part("labels")
    if #files > 0 then out = out + union(files):part("files") + union(papers):part("papers") end
    return out
  end,
}
