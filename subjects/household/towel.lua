-- A towel: a thick fabric towel folded in thirds into a neat stack with
-- a woven stripe near each end (or several folded towels stacked).
return {
  id = "towel",
  names = {"towel", "bath towel", "hand towel", "folded towel", "beach towel", "tea towel", "dish towel",
           "towl"},
  lvis = {"towel", "bath_towel", "hand_towel", "dishtowel"},
  family = "household",
  size_mm = 90,
  description = "A folded towel with a stripe",
  params = {count = {1, 3.99}},
  parts = {
    {"cloth", "fabric", color = "#6ab0c8", role = "primary", names = {"cloth", "fabric", "towel"}},
    {"stripe", "fabric", color = "#f4f0e6", role = "secondary", names = {"stripe", "stripes", "band"}},
  },
  points = {"top"},
  build = function(k)
    local n = math.floor(k.p.count)
    local w, d, t = 320, 220, 30
    local stack, stripes = {}, {}
    for i = 0, n - 1 do
      local y = i * (t + 2)
      local sx = (i % 2) * 8 - 4
      local fold = box(d, t, w, t * 0.48):move(sx, y + t / 2, 0)
      -- The folded edge at the front (+X) is round; two layers show as a groove.
      fold = subtract(fold, box(8, 3, w + 10):move(d / 2 + sx, y + t / 2, 0))
      stack[#stack + 1] = fold
      stripes[#stripes + 1] = intersect(fold:round(1), box(d + 20, t + 10, 26):move(0, y + t / 2, w * 0.32))
      stripes[#stripes + 1] = intersect(fold:round(1), box(d + 20, t + 10, 26):move(0, y + t / 2, -w * 0.32))
    end
    k.attach("top", {0, n * (t + 2), 0}, d * 0.7)
    return union(stack):part("cloth") + union(stripes):part("stripe")
  end,
}
