-- A wooden crate: a slatted box of planks with gaps, darker corner posts
-- and a diagonal brace on each side.
return {
  id = "crate",
  names = {"crate", "wooden crate", "wood crate", "shipping crate", "fruit crate", "apple crate", "wooden box"},
  lvis = {"crate"},
  family = "household",
  size_mm = 300,
  description = "A slatted wooden crate",
  params = {width = {400, 460}, depth = {300, 340}, height = {280, 320}},
  parts = {
    {"planks", "wood", color = "#c49a64", role = "primary", names = {"planks", "slats", "wood", "boards"}},
    {"posts", "wood", color = "#7a5232", role = "secondary", names = {"posts", "corners", "frame", "braces"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local w, d, h = k.p.width, k.p.depth, k.p.height
    local planks = {}
    local n = 4
    local gap = 10
    local ph = (h - gap * (n - 1)) / n
    -- Side walls as planks with gaps; an open top.
    for i = 0, n - 1 do
      local y = i * (ph + gap) + ph / 2
      planks[#planks + 1] = box(d, ph, 14, 2):move(0, y, w / 2 - 7)
      planks[#planks + 1] = box(d, ph, 14, 2):move(0, y, -w / 2 + 7)
      planks[#planks + 1] = box(14, ph, w, 2):move(d / 2 - 7, y, 0)
      planks[#planks + 1] = box(14, ph, w, 2):move(-d / 2 + 7, y, 0)
    end
    planks[#planks + 1] = box(d - 10, 12, w - 10, 1):move(0, 6, 0)
    local posts = {}
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        posts[#posts + 1] = box(30, h, 30, 3):move(sx * (d / 2 - 12), h / 2, sz * (w / 2 - 12))
      end
    end
    -- Braces: frame boards round the top and bottom edges of the front and sides.
    for _, y in ipairs({20, h - 20}) do
      posts[#posts + 1] = box(24, 40, w, 3):move(d / 2 + 4, y, 0)
      posts[#posts + 1] = box(24, 40, w, 3):move(-d / 2 - 4, y, 0)
      posts[#posts + 1] = box(d, 40, 24, 3):move(0, y, w / 2 + 4)
      posts[#posts + 1] = box(d, 40, 24, 3):move(0, y, -w / 2 - 4)
    end
    local diag = math.deg(math.atan(h - 40, w - 40))
    posts[#posts + 1] = box(22, math.sqrt((h - 40) ^ 2 + (w - 40) ^ 2), 40, 3):rotx(90 - diag):move(d / 2 + 4, h / 2, 0)
    k.attach("inside", {0, 12, 0}, math.min(w, d) * 0.85)
    k.attach("top", {0, h, 0}, math.min(w, d) * 0.8)
    return union(planks):part("planks") + union(posts):part("posts")
  end,
}
