-- A Ferris wheel: a big spoked double wheel on an A-frame stand, with
-- gondolas hanging round the rim.
return {
  id = "ferris_wheel",
  names = {"ferris wheel", "big wheel", "observation wheel", "london eye", "fairground wheel", "giant wheel"},
  lvis = {},
  family = "buildings",
  size_mm = 30000,
  description = "A Ferris wheel with gondolas",
  params = {r = {170, 190}, cars = {10, 12}},
  parts = {
    {"frame", "steel", color = "#f2f2f0", role = "primary", names = {"frame", "wheel", "spokes", "stand"}},
    {"cars", "paint", color = "#d83a3a", role = "secondary", names = {"cars", "gondolas", "cabins", "seats", "pods"}},
    {"base", "concrete", color = "#8a8680", role = "detail", names = {"base", "platform"}},
  },
  points = {"top"},
  build = function(k)
    local R = k.p.r
    local n = math.floor(k.p.cars + 0.5)
    local cy = R + 60
    local dz = 30
    local wheel = {}
    for _, z in ipairs({-dz, dz}) do
      wheel[#wheel + 1] = torus(R, 4.5):rotx(90):move(0, cy, z)
      wheel[#wheel + 1] = torus(R * 0.55, 3.5):rotx(90):move(0, cy, z)
      for i = 0, n - 1 do
        local a = 2 * math.pi * i / n
        wheel[#wheel + 1] = capsule({0, cy, z}, {R * math.cos(a), cy + R * math.sin(a), z}, 3.5)
      end
    end
    wheel[#wheel + 1] = capsule({0, cy, -dz - 30}, {0, cy, dz + 30}, 9)
    local cars = {}
    for i = 0, n - 1 do
      local a = 2 * math.pi * (i + 0.5) / n
      local px, py = R * math.cos(a), cy + R * math.sin(a)
      wheel[#wheel + 1] = capsule({px, py, -dz}, {px, py, dz}, 4.5)
      cars[#cars + 1] = box(24, 26, 30, 6):move(px, py - 22, 0) + box(28, 5, 34, 2):move(px, py - 8, 0)
      wheel[#wheel + 1] = capsule({px, py, 0}, {px, py - 12, 0}, 5)
    end
    local stand = {}
    for _, z in ipairs({-dz - 26, dz + 26}) do
      stand[#stand + 1] = capsule({0, cy, z}, {-R * 0.55, 20, z * 1.6}, 6)
      stand[#stand + 1] = capsule({0, cy, z}, {R * 0.55, 20, z * 1.6}, 6)
    end
    local base = box(R * 1.5, 20, math.max(160, (dz + 26) * 3.2 + 30), 3):move(0, 10, 0)
    local shape = (union(wheel) + union(stand)):part("frame") + union(cars):part("cars") + base:part("base")
    k.attach("top", {0, cy + R, 0}, 30)
    return shape:roty(20)
  end,
}
