-- A wrapped sweet: a round candy in shiny cellophane twisted at both ends
-- into frilled fans.
return {
  id = "candy",
  names = {"candy", "wrapped candy", "sweet", "sweets", "bonbon", "toffee", "hard candy", "candy wrapper", "peppermint candy", "mint candy"},
  lvis = {},
  family = "food",
  size_mm = 30,
  description = "A wrapped candy",
  params = {},
  parts = {
    {"wrapper", "candy", color = "#e8302a", role = "primary", names = {"wrapper", "cellophane", "candy"}},
    {"stripes", "candy", color = "#fbf6f0", role = "secondary", names = {"stripes", "swirl"}},
  },
  build = function(k)
    local R = 26
    local centre = ellipsoid(R * 1.3, R, R)
    local stripes = {}
    for i = 0, 5 do stripes[#stripes + 1] = box(8, 200, 200):move(0, 0, 0):rotz(25):move(-R * 1.1 + i * R * 0.45, 0, 0) end
    local st = intersect(centre:round(0.5), union(stripes))
    local twist = {}
    local fans = {}
    for _, s in ipairs({-1, 1}) do
      twist[#twist + 1] = limb({s * R * 1.1, 0, 0}, {s * R * 1.6, 0, 0}, R * 0.5, R * 0.2)
      local fan = {}
      for j = 0, 6 do
        local a = -60 + 20 * j
        local d = {s * math.cos(math.rad(a)), math.sin(math.rad(a)), 0}
        fan[#fan + 1] = capsule({s * R * 1.6, 0, 0}, {s * R * 1.6 + d[1] * R * 0.9, d[2] * R * 0.9, 0}, 3):stretch(1, 1, 3)
      end
      fans[#fans + 1] = union(fan)
    end
    local wrapper = smooth(4, centre, union(twist), union(fans))
    return union(wrapper:part("wrapper"), st:part("stripes")):rotx(-20):roty(-20):move(0, R, 0)
  end,
}
