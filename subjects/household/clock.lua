-- A wall clock: a round dial in a thick rim, twelve hour marks, hour and
-- minute hands and a centre boss; it stands upright facing +X.
return {
  id = "clock",
  names = {"clock", "wall clock", "kitchen clock", "round clock", "analog clock", "school clock", "clok", "klock"},
  lvis = {"clock", "wall_clock"},
  family = "household",
  size_mm = 300,
  description = "A round wall clock with hands and hour marks",
  params = {hour = {1, 12}, minute = {0, 60}},
  parts = {
    {"rim", "plastic", color = "#1e1e22", role = "primary", names = {"rim", "case", "frame", "body"}},
    {"face", "paint", color = "#f6f4ee", role = "secondary", names = {"face", "dial"}},
    {"hands", "paint", color = "#141416", role = "detail", names = {"hands", "hand", "numbers", "marks"}},
    {"second", "paint", color = "#d02020", role = "detail", names = {"second hand"}},
    -- A cuckoo clock's carved roof, its bird and its pine-cone weights.
    {"roof", "wood", color = "#4a2c18", role = "detail", names = {"roof", "carving", "leaves"}},
    {"bird", "paint", color = "#e8c040", role = "detail", names = {"bird", "cuckoo"}},
    {"weights", "bronze", color = "#6a4a26", role = "detail", names = {"weights", "pine cones", "chains", "pendulum"}},
  },
  variants = {
    cuckoo = {names = {"cuckoo clock", "cukoo clock", "black forest clock", "coo coo clock", "cuckoo"}, size_mm = 600,
              colors = {rim = "#7a4a28", face = "#f2e6cc"}},
  },
  points = {"top"},
  build = function(k)
    if k.variant == "cuckoo" then
      -- a wooden chalet case facing +X: the dial on its front, a gable roof
      -- with carved leaves, the bird at its door under the gable, a
      -- pendulum and two pine-cone weights hanging on chains below
      local base, H, W, D = 360, 300, 250, 120
      local case = box(D, H, W, 6):move(0, base + H / 2, 0)
      local roof = extrude({{-W * 0.72, 0}, {W * 0.72, 0}, {0, 170}}, D + 50, 4):roty(90):move(0, base + H - 6, 0)
      local leaves = empty()
      for i = -2, 2 do
        leaves = leaves + leaf(70, 34, 10, 1):rotz(i * 28):rotx(90):roty(90):move(D / 2 + 10, base + H * 0.22, i * 14)
      end
      local cy = base + H * 0.45
      local dial = cylinder(88, 14):rotz(-90):move(D / 2 - 4, cy, 0)
      local marks = {}
      for i = 0, 11 do
        marks[#marks + 1] = box(4, 14, 5):move(D / 2 + 11, 70, 0):rotate("x", i * 30):move(0, cy, 0)
      end
      local ha, ma = k.p.hour * 30, k.p.minute * 6
      local hands = box(5, 50, 8):move(D / 2 + 13, 25, 0):rotate("x", -ha) + box(5, 72, 6):move(D / 2 + 15, 36, 0):rotate("x", -ma)
      hands = (hands + cylinder(8, 12):rotz(-90):move(D / 2 + 6, 0, 0)):move(0, cy, 0)
      local door = box(10, 54, 48):move(D / 2 + 2, base + H - 10, 0)
      local bird = sphere(18):stretch(1.2, 1, 1):move(D / 2 + 22, base + H - 6, 0) + cone(7, 1, 18):rotz(-90):move(D / 2 + 40, base + H - 4, 0)
      local pend = capsule({D / 2 - 20, base + 10, 0}, {D / 2 - 20, base - 170, 0}, 5) + cylinder(30, 8):rotz(-90):move(D / 2 - 24, base - 175, 0)
      local weights = empty()
      for _, z in ipairs({-70, 70}) do
        weights = weights + capsule({0, base + 10, z}, {0, 150, z}, 6)
        weights = weights + ellipsoid(24, 62, 24):noise(3, 14):move(0, 80, z) + cylinder(10, 22):move(0, 132, z)
      end
      local shape = case:part("rim") + roof:part("roof") + leaves:part("roof") + dial:part("face") + union(marks):part("hands")
        + hands:part("hands") + door:part("roof") + bird:part("bird") + pend:part("weights") + weights:part("weights")
      k.attach("top", {0, base + H + 170, 0}, 80)
      return shape
    end
    local R = 150
    local depth = 40
    -- Built facing +Y, then stood up to face +X.
    local rim = subtract(cylinder(R, depth, 8), cylinder(R - 14, depth):move(0, depth - 6, 0))
    local face = cylinder(R - 13, depth - 4):move(0, 1, 0)
    local fy = depth - 3
    local marks = {}
    for i = 0, 11 do
      local long = i % 3 == 0
      local len = long and 22 or 12
      local w = long and 8 or 4
      marks[#marks + 1] = box(w, 3, len):move(0, fy + 1.5, R - 28 - len / 2):roty(i * 30)
    end
    local hr = k.p.hour
    local mn = k.p.minute
    local ha = (hr % 12 + mn / 60) * 30
    local ma = mn * 6
    local hour_hand = box(9, 3, 70):move(0, fy + 4, 28):roty(-ha - 90)
    local min_hand = box(6, 3, 105):move(0, fy + 7, 44):roty(-ma - 90)
    local boss = cylinder(9, 10):move(0, fy, 0)
    local second = box(2.5, 2, 120):move(0, fy + 10, 40):roty(-k.rand(0, 360))
    local shape = rim:part("rim") + face:part("face") + (union(marks) + hour_hand + min_hand + boss):part("hands") + second:part("second")
    -- Stand it up: the dial faces +X.
    shape = shape:rotz(-90):move(0, R, 0)
    k.attach("top", {depth / 2, 2 * R, 0}, 60)
    return shape
  end,
}
