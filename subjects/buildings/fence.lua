-- A fence: a run of white pointed pickets on two rails between posts; a
-- rustic split-rail fence and a garden gate as variants.
return {
  id = "fence",
  names = {"fence", "picket fence", "white picket fence", "garden fence", "wooden fence", "fence section", "paling fence"},
  lvis = {},
  family = "buildings",
  size_mm = 1000,
  description = "A white picket fence",
  params = {len = {440, 480}, pickets = {11, 13}},
  parts = {
    {"wood", "paint", color = "#f4f2ec", role = "primary", names = {"wood", "pickets", "boards", "fence"}},
    {"posts", "paint", color = "#f4f2ec", role = "secondary", names = {"posts", "rails", "frame"}},
    {"hinges", "iron", color = "#2a2a2e", role = "detail", names = {"hinges", "latch", "handle"}},
  },
  variants = {
    rail = {names = {"split rail fence", "rail fence", "ranch fence", "farm fence", "rustic fence", "log fence"},
            colors = {wood = "#8a6a48", posts = "#7a5a3a"}},
    gate = {names = {"garden gate", "gate", "picket gate", "wooden gate", "front gate"}, colors = {}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local ph = 160
    if k.variant == "rail" then
      local posts, rails = {}, {}
      for i = 0, 2 do
        local x = -L / 2 + L * i / 2
        posts[#posts + 1] = cylinder(10, ph + 20):move(x, 0, 0):noise(1, 12)
      end
      for _, y in ipairs({60, 120}) do
        for i = 0, 1 do
          local x0, x1 = -L / 2 + L * i / 2, -L / 2 + L * (i + 1) / 2
          rails[#rails + 1] = capsule({x0 - 6, y + i * 6, 0}, {x1 + 6, y - i * 6, 0}, 8)
        end
      end
      local shape = union(posts):part("posts") + union(rails):part("wood")
      k.attach("top", {0, ph + 20, 0}, 30)
      return shape
    end
    local n = math.floor(k.p.pickets + 0.5)
    local gate = k.variant == "gate"
    local pw = 22
    local pickets = {}
    local x0 = -L / 2 + 24
    local span = L - 48
    for i = 0, n - 1 do
      local x = x0 + span * (i + 0.5) / n
      pickets[#pickets + 1] = extrude({{x - pw / 2, 10}, {x + pw / 2, 10}, {x + pw / 2, ph - 14}, {x, ph}, {x - pw / 2, ph - 14}}, 8, 1.5):move(0, 0, 6)
    end
    local rails = box(span + 4, 16, 8, 2):move(0, 44, 0) + box(span + 4, 16, 8, 2):move(0, ph - 44, 0)
    local posts = {}
    for _, sx in ipairs({-1, 1}) do
      posts[#posts + 1] = box(24, ph + 16, 24, 2):move(sx * (L / 2 - 12), (ph + 16) / 2, 2) + box(30, 8, 30, 2):move(sx * (L / 2 - 12), ph + 20, 2)
    end
    local shape = (union(pickets)):part("wood") + (rails + union(posts)):part("posts")
    if gate then
      shape = shape + polyline({{x0 + 6, 50, 13}, {x0 + span - 6, ph - 50, 13}}, 5):part("posts")
      local hinges = {}
      for _, y in ipairs({44, ph - 44}) do hinges[#hinges + 1] = box(20, 10, 12, 2):move(-L / 2 + 26, y, 4) end
      shape = shape + union(hinges):part("hinges") + sphere(6):move(L / 2 - 36, ph * 0.55, 14):part("hinges")
    end
    k.attach("top", {0, ph + 24, 0}, 30)
    return shape
  end,
}
