-- An ear of corn: a long cob packed with rows of yellow kernels, lying down,
-- with green husk leaves peeled back from the stalk end.
local F -- the food library, loaded when building

return {
  id = "corn",
  names = {"corn", "corn on the cob", "ear of corn", "corncob", "corn cob", "maize", "sweetcorn", "sweet corn", "corn ear"},
  lvis = {"ear_of_corn"},
  family = "food",
  size_mm = 70,
  description = "An ear of corn",
  params = {len = {170, 190}},
  parts = {
    {"kernels", "food", color = "#f4c83a", role = "primary", names = {"kernels", "corn", "cob"}},
    {"husk", "plant", color = "#7ab048", role = "secondary", names = {"husk", "husks", "leaves"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local len = k.p.len
    local prof = F.profile(function(t)
      local r = 24 - 6 * t
      if t > 0.88 then r = r * math.sqrt(math.max(0, 1 - ((t - 0.88) / 0.12) ^ 2)) end
      return r
    end, len, 18)
    local core = lathe(prof)
    local rows, per = 16, 14
    local kern = {}
    for i = 0, rows - 1 do
      local y = len * (0.04 + 0.9 * (i + 0.5) / rows)
      local rr = F.radius_at(prof, y)
      for j = 0, per - 1 do
        local a = 2 * math.pi * (j + (i % 2) * 0.5) / per
        kern[#kern + 1] = ellipsoid(5, 5.4, 3.2):aim({math.cos(a), 0, math.sin(a)}, {math.cos(a) * rr, y, math.sin(a) * rr}):rotate({0, 1, 0}, 0)
      end
    end
    local cob = smooth(1.5, core, union(kern))
    local husks = {}
    for i = 0, 3 do
      local az = 90 * i + 20
      local d = F.dir(az, -20)
      husks[#husks + 1] = F.leaf(len * 0.62, 44, 3.5, 0.85):roty(90):rotz(160):roty(az)
        :move(0, 8, 0)
    end
    local stalk = limb({0, 6, 0}, {0, -26, 0}, 10, 8)
    local shape = union(cob:part("kernels"), union(union(husks), stalk):part("husk"))
    return shape:rotz(-90):move(0, 26, 0)
  end,
}
