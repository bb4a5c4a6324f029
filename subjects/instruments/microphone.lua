-- A microphone: a handheld mic with a round silver mesh grille on a tapered
-- black handle; a stand variant sits on a tall stand with a round base;
-- a studio mic is a big capsule in a shock-mount ring.
return {
  id = "microphone",
  names = {"microphone", "mic", "mike", "handheld microphone", "karaoke microphone", "vocal mic", "microphon",
           "micrphone"},
  lvis = {"microphone"},
  family = "instruments",
  size_mm = 200,
  description = "A handheld microphone",
  params = {},
  parts = {
    {"body", "plastic", color = "#1e1e22", role = "primary", names = {"body", "handle"}},
    {"grille", "silver", color = "#c8ccd2", role = "secondary", names = {"grille", "mesh", "head"}},
    {"stand", "steel", color = "#2a2a2e", role = "detail", names = {"stand", "base", "pole"}},
  },
  variants = {
    stand = {names = {"microphone stand", "mic stand", "microphone on a stand"}, size_mm = 1500},
    studio = {names = {"studio microphone", "podcast microphone", "condenser microphone", "studio mic"}, size_mm = 260},
  },
  build = function(k)
    local v = k.variant
    local function mesh(r, c)
      local ball = sphere(r):move(c)
      local lines = {}
      for i = 0, 5 do
        lines[#lines + 1] = torus(r, 0.7):rotx(90):roty(30 * i):move(c)
      end
      for j = -2, 2 do
        local y = j * r * 0.33
        lines[#lines + 1] = torus(math.sqrt(r * r - y * y), 0.7):move(c[1], c[2] + y, c[3])
      end
      return union(ball, union(lines))
    end
    if v == "studio" then
      local body = cylinder(28, 150, 10):move(0, 60, 0)
      local grille = intersect(mesh(30, {0, 180, 0}), box(100, 200, 100):move(0, 140 + 100, 0)) + cylinder(30.5, 55):move(0, 150, 0)
      local ring = torus(42, 3):rotx(90):move(0, 150, 0)
      local yoke = union(capsule({-42, 150, 0}, {-42, 40, 0}, 3), capsule({42, 150, 0}, {42, 40, 0}, 3), capsule({-42, 40, 0}, {42, 40, 0}, 3),
                         cylinder(8, 40))
      return union(body:part("body"), grille:part("grille"), union(ring, yoke):part("stand"))
    end
    local L = 190
    local handle = lathe({{12, 0}, {14, 20}, {20, L - 40}, {23, L - 30}})
    local head = mesh(28, {0, L - 8, 0})
    local mic = union(handle:part("body"), head:part("grille"), torus(22, 2.5):move(0, L - 30, 0):part("body"))
    if v == "stand" then
      local H = 1350
      local base = cylinder(140, 14, 5)
      local pole = cylinder(10, H - 40):move(0, 14, 0)
      local clip = cylinder(17, 50, 4):rotz(-40):move(0, H - 35, 0)
      return union(union(base, pole, clip):part("stand"), mic:rotz(-40):move(0, H - 20, 0))
    end
    return mic:rotz(-18)
  end,
}
