-- A macaron: two smooth pastel domed shells with ruffled "feet" sandwiching a
-- creamy filling.
return {
  id = "macaron",
  names = {"macaron", "macaroon", "french macaron", "macarons", "macaroni cookie", "makaron"},
  lvis = {},
  family = "food",
  size_mm = 30,
  description = "A macaron",
  params = {},
  parts = {
    {"shells", "food", color = "#f4a0c0", role = "primary", names = {"shells", "shell", "cookie"}},
    {"filling", "food", color = "#fbf4ea", role = "secondary", names = {"filling", "cream", "ganache"}},
  },
  build = function(k)
    local R = 24
    local function shell(flip)
      local dome = intersect(ellipsoid(R, 10, R), box(100, 40, 100):move(0, 20, 0))
      local foot = cylinder(R * 1.02, 4, 1.5):noise(0.8, 3, 1):move(0, -3.5, 0)
      local s = union(dome, foot)
      if flip then s = s:flip("y") end
      return s
    end
    local bottom = shell(true):move(0, 14, 0)
    local top = shell(false):move(0, 24, 0)
    local filling = cylinder(R * 0.92, 8, 3):move(0, 15, 0)
    return union(union(bottom, top):part("shells"), filling:part("filling")):rotx(-12)
  end,
}
