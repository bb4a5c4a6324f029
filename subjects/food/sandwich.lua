-- A sandwich: two triangular slices of white bread with golden crusts, filled
-- with lettuce, tomato, cheese and ham showing at the cut edge.
return {
  id = "sandwich",
  names = {"sandwich", "sandwhich", "sandwitch", "club sandwich", "ham sandwich", "cheese sandwich", "sarnie", "blt"},
  lvis = {"sandwich"},
  family = "food",
  size_mm = 60,
  description = "A triangular sandwich",
  params = {},
  parts = {
    {"bread", "food", color = "#f4e0b0", role = "primary", names = {"bread", "slices"}},
    {"crust", "food", color = "#c8843a", role = "secondary", names = {"crust", "crusts"}},
    {"lettuce", "plant", color = "#7ac040", role = "detail", names = {"lettuce", "salad"}},
    {"tomato", "food", color = "#d8301e", role = "detail", names = {"tomato"}},
    {"cheese", "food", color = "#f8c838", role = "detail", names = {"cheese"}},
    {"ham", "food", color = "#f0a0a0", role = "detail", names = {"ham", "meat", "filling"}},
  },
  build = function(k)
    local S = 110
    local tri = {{-S, -S * 0.55}, {S, -S * 0.55}, {0, S * 0.75}}
    local function slab(h, grow, y)
      local o = {}
      for i, p in ipairs(tri) do o[i] = {p[1] * grow, p[2] * grow} end
      return extrude(o, h, math.min(h * 0.4, 6)):rotx(90):move(0, y, 0)
    end
    local bottom_crust = slab(16, 1.0, 8)
    local bottom = slab(16.6, 0.94, 8)
    local ham = slab(6, 1.02, 19):noise(1.5, 20, 1)
    local cheese = slab(4, 1.03, 24)
    local tomato = slab(6, 0.98, 29)
    local lettuce = slab(8, 1.05, 34):noise(1.4, 16, 1)
    local top_crust = slab(16, 1.0, 45)
    local top = slab(16.6, 0.94, 45)
    local shape = union(union(bottom_crust, top_crust):part("crust"), union(bottom, top):part("bread"), ham:part("ham"),
                        cheese:part("cheese"), tomato:part("tomato"), lettuce:part("lettuce"))
    return shape:rotz(8):roty(20)
  end,
}
