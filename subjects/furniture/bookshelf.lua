-- A bookshelf (bookcase): a tall open case of shelves filled with rows of
-- books of varied heights and colours, a few leaning, front facing +X.
return {
  id = "bookshelf",
  names = {"bookshelf", "bookcase", "book shelf", "book case", "shelf", "shelves", "shelving unit", "shelving",
           "library shelf", "bookshelves", "book shelves", "boookshelf"},
  lvis = {"bookcase", "shelf"},
  family = "furniture",
  size_mm = 1800,
  description = "A bookcase filled with books",
  params = {width = {800, 1000}, shelves = {4, 5.99}, fill = {0.75, 0.95}},
  parts = {
    {"case", "wood", color = "#7a4c2a", role = "primary", names = {"case", "wood", "frame", "shelf", "shelves"}},
    {"books_a", "paper", color = "#9a2a2a", role = "detail", names = {"books", "book"}},
    {"books_b", "paper", color = "#2a4a8a", role = "detail", names = {"spines"}},
    {"books_c", "paper", color = "#3a7a4a", role = "fixed"},
    {"books_d", "paper", color = "#d8b860", role = "fixed"},
  },
  points = {"top", "inside"},
  build = function(k)
    local W, H, D = k.p.width, 1800, 320
    local t = 24
    local n = math.floor(k.p.shelves)
    local case = {
      box(D, H, t, 3):move(0, H / 2, W / 2 - t / 2), box(D, H, t, 3):move(0, H / 2, -W / 2 + t / 2),
      box(D, t, W, 3):move(0, H - t / 2, 0), box(D, 80, W, 3):move(0, 40, 0),
      box(10, H, W, 0):move(-D / 2 + 5, H / 2, 0),
    }
    local gap = (H - 80 - t) / n
    local books = {{}, {}, {}, {}}
    for i = 0, n - 1 do
      local y = 80 + i * gap
      if i > 0 then case[#case + 1] = box(D, t, W - 2 * t, 2):move(0, y, 0) end
      local z = -W / 2 + t + 4
      local z_end = -W / 2 + t + (W - 2 * t) * k.p.fill
      local y0 = y + (i > 0 and t / 2 or 0)
      local room = gap - (i > 0 and t / 2 or 0) - t / 2 - 10
      while z < z_end do
        local bw = k.rand(22, 45)
        local bh = math.min(room, k.rand(0.62, 0.95) * room)
        local bd = k.rand(0.7, 0.9) * D
        local c = k.int(1, 4)
        books[c][#books[c] + 1] = box(bd, bh, bw - 2, 2):move(D / 2 - bd / 2 - 10, y0 + bh / 2, z + bw / 2)
        z = z + bw
      end
      -- A leaning book at the end of the row.
      if z < W / 2 - t - 60 then
        local bh = room * 0.8
        local c = k.int(1, 4)
        books[c][#books[c] + 1] = box(D * 0.75, bh, 30, 2):move(0, bh / 2, 0):rotx(-18):move(D / 2 - D * 0.4, y0, z + 30)
      end
    end
    local shape = union(case):part("case")
    local names = {"books_a", "books_b", "books_c", "books_d"}
    for i = 1, 4 do
      if #books[i] > 0 then shape = shape + union(books[i]):part(names[i]) end
    end
    k.attach("top", {0, H, 0}, math.min(W, D) * 0.5)
    k.attach("inside", {0, 80, 0}, D * 0.8)
    return shape
  end,
}
