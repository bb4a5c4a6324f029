-- A cookie: a thick golden disc with a cracked, bumpy top and chunks of dark
-- chocolate chips.
return {
  id = "cookie",
  names = {"cookie", "chocolate chip cookie", "biscuit", "cookies", "choc chip cookie", "cooky", "cokie", "oatmeal cookie"},
  lvis = {"cookie"},
  family = "food",
  size_mm = 14,
  description = "A chocolate chip cookie",
  params = {R = {40, 44}},
  parts = {
    {"dough", "food", color = "#d49a54", role = "primary", names = {"dough", "cookie", "biscuit"}},
    {"chips", "chocolate", color = "#3e2216", role = "secondary", names = {"chips", "chocolate chips", "chocolate", "chunks"}},
  },
  points = {"top"},
  build = function(k)
    local R = k.p.R
    local body = cylinder(R, 12, 5.5):noise(1.6, 16, 2):noise(0.6, 5, 1)
    local chips = {}
    for i = 0, 13 do
      local a = i * 2.39996 + k.rand(0, 0.4)
      local rr = R * 0.82 * math.sqrt((i + 0.5) / 14)
      chips[#chips + 1] = box(7, 5, 6, 1.6):rotate({1, 0.5, 0.2}, i * 37):move(math.cos(a) * rr, 11.5 - rr / R * 3, math.sin(a) * rr)
    end
    return union(body:part("dough"), union(chips):part("chips"))
  end,
}
