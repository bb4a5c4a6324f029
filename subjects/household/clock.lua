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
  },
  points = {"top"},
  build = function(k)
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
