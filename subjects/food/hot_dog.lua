-- A hot dog: a long soft bun split open holding a sausage that sticks out at
-- both ends, with a zigzag of mustard on top.
return {
  id = "hot_dog",
  names = {"hot dog", "hotdog", "frankfurter", "wiener", "sausage in a bun", "hot-dog", "hotdog sandwich"},
  lvis = {"hotdog"},
  family = "food",
  size_mm = 55,
  description = "A hot dog with mustard",
  params = {len = {170, 185}},
  parts = {
    {"bun", "food", color = "#e0a458", role = "primary", names = {"bun", "bread", "roll"}},
    {"sausage", "food", color = "#b04a2a", role = "secondary", names = {"sausage", "frankfurter", "wiener", "meat"}},
    {"mustard", "food", color = "#f4c818", role = "detail", names = {"mustard", "sauce", "topping"}},
    {"ketchup", "food", color = "#c8201a", role = "detail", names = {"ketchup"}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local half = L * 0.5 - 22
    local bun = {}
    for _, z in ipairs({-1, 1}) do
      bun[#bun + 1] = capsule({-half, 22, z * 15}, {half, 22, z * 15}, 20):stretch(1, 1, 0.85)
    end
    local b = smooth(8, union(bun), capsule({-half, 12, 0}, {half, 12, 0}, 14))
    b = subtract(b, capsule({-half - 10, 40, 0}, {half + 10, 40, 0}, 9))
    local sL = L * 0.5 + 6
    local sausage = capsule({-sL + 12, 34, 0}, {sL - 12, 34, 0}, 12)
    local pts = {}
    local n = 12
    for i = 0, n do
      local t = i / n
      pts[#pts + 1] = {-sL * 0.75 + 1.5 * sL * t, 46.5, (i % 2 == 0 and 1 or -1) * 7}
    end
    local mustard = tube(pts, 2.8)
    local shape = union(b:part("bun"), sausage:part("sausage"), mustard:part("mustard"))
    if k.chance(0.4) then
      local kp = {}
      for i = 0, n do kp[#kp + 1] = {-sL * 0.7 + 1.4 * sL * i / n, 45.5, (i % 2 == 0 and -1 or 1) * 5} end
      shape = shape + tube(kp, 2.4):part("ketchup")
    end
    return shape
  end,
}
