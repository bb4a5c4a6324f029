-- A whistle: a shiny metal sports whistle — a rounded barrel chamber with a
-- flat mouthpiece, an opening on top, and a ring with a lanyard.
return {
  id = "whistle",
  names = {"whistle", "sports whistle", "referee whistle", "coach whistle", "police whistle", "wistle"},
  lvis = {"whistle"},
  family = "sports",
  size_mm = 40,
  description = "A sports whistle",
  params = {},
  parts = {
    {"metal", "silver", color = "#d0d4d8", role = "primary", names = {"metal", "whistle", "body"}},
    {"lanyard", "fabric", color = "#d8201e", role = "secondary", names = {"lanyard", "cord", "string"}},
  },
  build = function(k)
    local barrel = cylinder(24, 36, 6):rotx(90):move(0, 24, -18)
    local mouth = box(60, 18, 26, 6):move(-42, 36, 0)
    local body = smooth(6, barrel, mouth)
    body = subtract(body, box(14, 20, 30):move(-6, 48, 0))
    body = subtract(body, cylinder(20, 30):rotx(90):move(0, 24, -15))
    local ring = torus(10, 3):rotz(90):rotx(90):move(30, 24, 0)
    local lanyard = tube({{36, 24, 0}, {56, 12, 8}, {76, 5, 16}}, 3.5)
    return union(union(body, ring):part("metal"), lanyard:part("lanyard")):roty(-30)
  end,
}
