-- An omelette on a plate: a puffy yellow half moon folded over along its
-- straight side, the two layers showing as a seam round the curved edge,
-- golden-brown in patches on top and sprinkled with chopped chives.
return {
  id = "omelette",
  names = {"omelette", "omelet", "folded omelet", "folded omelette", "cheese omelette", "cheese omelet", "egg omelette",
           "egg omelet", "plate of omelette", "omelette on a plate", "omlette", "omlet", "omelete", "omellete",
           "denver omelet", "ham and cheese omelette", "plain omelette"},
  lvis = {"omelet"},
  family = "food",
  size_mm = 40,
  description = "A folded omelette with chives on a plate",
  params = {R = {76, 84}, turn = {-25, 5}},
  parts = {
    {"egg", "food", color = "#f5d24c", role = "primary", names = {"egg", "omelette", "omelet", "eggs"}},
    {"browned", "food", color = "#e2ac48", role = "detail", names = {"browned", "brown spots", "golden spots"}},
    {"chives", "food", color = "#3e8a2c", role = "detail", names = {"chives", "herbs", "parsley", "greens", "specks", "scallions"}},
    {"filling", "food", color = "#f0a830", role = "detail", names = {"filling", "cheese", "ham", "melted cheese"}},
    {"plate", "ceramic", color = "#f4f4f2", role = "secondary", names = {"plate", "dish"}},
  },
  points = {"top"},
  build = function(k)
    local R = k.p.R
    local H = 23            -- the fold's height
    local floor = 4.5
    local PR = R * 1.45
    local plate = lathe({{PR * 0.9, 0}, {PR, 9}, {PR * 0.92, 10}, {PR * 0.7, floor + 0.5}, {0.5, floor + 0.5}})
    -- the half moon: the fold along the X axis, the curved open edge round +Z
    local front = box(4 * R, 200, 2 * R):move(0, 0, R - 2)        -- z > -2
    local dome = intersect(ellipsoid(R, H, R * 0.98), front)
    local fold = ellipsoid(R * 0.96, H * 0.92, H * 0.95):move(0, 0, 2)
    local body = smooth(10, dome, fold)
    -- sit it on the plate: flatten the bottom
    body = intersect(body:move(0, H * 0.5, 0), box(4 * R, 200, 4 * R):move(0, 100, 0))
    body = body:noise(0.8, 16, 2)
    -- the seam where the two layers meet round the curved edge, a little
    -- filling showing in it
    local seam_y = H * 0.5 * 0.85
    local ring = subtract(cylinder(R * 1.1, 3.2):move(0, seam_y - 1.6, 0), cylinder(R * 0.88, 10):move(0, seam_y - 5, 0))
    local seam = intersect(ring, box(4 * R, 200, 2 * R):move(0, 0, R + 12))
    local filling = intersect(body:scale(0.975), seam)
    local egg = subtract(body, seam)
    -- browned patches on the top
    local patches = {}
    for i = 1, 6 do
      local a = k.rand(0.2, math.pi - 0.2)
      local rr = R * math.sqrt(k.rand(0.05, 0.6))
      patches[#patches + 1] = ellipsoid(k.rand(18, 30), 40, k.rand(12, 20)):noise(3, 14, 1):roty(k.rand(0, 180))
        :move(math.cos(a) * rr, 0, math.sin(a) * rr * 0.9)
    end
    local top_skin = subtract(egg, egg:move(0, -2, 0))
    local brown = intersect(union(patches), top_skin, box(4 * R, 200, 4 * R):move(0, H * 0.4 + 100, 0))
    -- chopped chives scattered over the top
    local chives = {}
    for i = 1, 26 do
      local a = k.rand(0.15, math.pi - 0.15)
      local rr = R * 0.85 * math.sqrt(k.rand(0.02, 1))
      local x, z = math.cos(a) * rr, math.sin(a) * rr * 0.9
      -- the top's height there, from the dome and the fold
      local d = math.max(0, 1 - (x / R) ^ 2 - (z / R) ^ 2)
      local y = H * 0.5 + H * math.sqrt(d) - 1.2
      chives[#chives + 1] = capsule({-4, 0, 0}, {4, 0, 0}, 1.9):roty(k.rand(0, 180)):rotz(k.rand(-10, 10)):move(x, y, z)
    end
    local om = union(brown:part("browned"), egg:part("egg"), filling:part("filling"), union(chives):part("chives"))
    k.attach("top", {0, floor + H * 1.4, R * 0.3}, R)
    return union(plate:part("plate"), om:move(0, floor - 0.6, -R * 0.3)):roty(k.p.turn)
  end,
}
