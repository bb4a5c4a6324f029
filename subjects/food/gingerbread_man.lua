-- A gingerbread man: a flat brown cookie figure with a round head, arms and
-- legs, white icing squiggles at the wrists and ankles, a smile and buttons.
return {
  id = "gingerbread_man",
  names = {"gingerbread man", "gingerbread", "gingerbread cookie", "ginger bread man", "gingerbread person", "gingerbread boy", "ginger bread"},
  lvis = {},
  family = "food",
  size_mm = 120,
  description = "A gingerbread man cookie",
  params = {},
  parts = {
    {"cookie", "food", color = "#b8702e", role = "primary", names = {"cookie", "gingerbread", "body"}},
    {"icing", "food", color = "#fbf8f2", role = "secondary", names = {"icing", "frosting"}},
    {"buttons", "candy", color = "#d81e2a", role = "detail", names = {"buttons", "gumdrops", "candy"}},
  },
  build = function(k)
    local T = 14
    local body = union(
      capsule({0, 60, 0}, {0, 110, 0}, 30),
      sphere(32):stretch(1, 1, 0.45):move(0, 150, 0):stretch(1, 1, 1),
      capsule({-20, 120, 0}, {-62, 100, 0}, 15), capsule({20, 120, 0}, {62, 100, 0}, 15),
      capsule({-14, 60, 0}, {-30, 14, 0}, 16), capsule({14, 60, 0}, {30, 14, 0}, 16))
    body = intersect(body, box(400, 400, T):move(0, 0, 0)):round(3)
    local function squiggle(a, b)
      local pts = {}
      for i = 0, 6 do
        local t = i / 6
        local p = {a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t, T / 2 + 3}
        local n = {-(b[2] - a[2]), b[1] - a[1]}
        local l = math.sqrt(n[1] ^ 2 + n[2] ^ 2)
        local s = (i % 2 == 0) and 4 or -4
        pts[#pts + 1] = {p[1] + n[1] / l * s, p[2] + n[2] / l * s, p[3]}
      end
      return tube(pts, 2.4)
    end
    local icing = union(squiggle({-58, 88, 0}, {-62, 114, 0}), squiggle({58, 88, 0}, {62, 114, 0}),
                        squiggle({-40, 20, 0}, {-18, 14, 0}), squiggle({40, 20, 0}, {18, 14, 0}),
                        sphere(4.5):move(-11, 158, T / 2 + 1), sphere(4.5):move(11, 158, T / 2 + 1),
                        tube({{-12, 142, T / 2 + 2}, {0, 136, T / 2 + 3}, {12, 142, T / 2 + 2}}, 2.4))
    local buttons = union(sphere(6):move(0, 105, T / 2 + 1), sphere(6):move(0, 85, T / 2 + 1), sphere(6):move(0, 65, T / 2 + 1))
    return union(body:part("cookie"), icing:part("icing"), buttons:part("buttons")):rotx(-20):roty(-15)
  end,
}
