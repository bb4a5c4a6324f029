-- A construction crane: a tall square lattice tower with an operator's cab
-- on top, a long horizontal lattice jib with a hook hanging on a cable, and a
-- short counter-jib with concrete counterweights; a mobile crane truck as a
-- variant.
local V = use and use("vehicle")

local function lattice(a, b, w, r)
  -- a square lattice mast from point a to b (vertical or horizontal along one axis)
  local out = {}
  local d = {b[1] - a[1], b[2] - a[2], b[3] - a[3]}
  local len = math.sqrt(d[1] ^ 2 + d[2] ^ 2 + d[3] ^ 2)
  local n = math.max(2, math.floor(len / w + 0.5))
  local vertical = math.abs(d[2]) > math.abs(d[1])
  local corners = vertical and {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}} or {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}}
  local function at(t, c)
    local p = {a[1] + d[1] * t, a[2] + d[2] * t, a[3] + d[3] * t}
    if vertical then return {p[1] + c[1] * w / 2, p[2], p[3] + c[2] * w / 2} end
    return {p[1], p[2] + c[1] * w / 2, p[3] + c[2] * w / 2}
  end
  for i = 1, 4 do
    out[#out + 1] = capsule(at(0, corners[i]), at(1, corners[i]), r)
  end
  for s = 0, n - 1 do
    local t0, t1 = s / n, (s + 1) / n
    for i = 1, 4 do
      local j = i % 4 + 1
      out[#out + 1] = capsule(at(t0, corners[i]), at(t1, corners[j]), r * 0.7)
      out[#out + 1] = capsule(at(t1, corners[i]), at(t1, corners[j]), r * 0.7)
    end
  end
  return union(out)
end

return {
  id = "crane",
  names = {"construction crane", "tower crane", "building crane", "crane tower", "jib crane"},
  lvis = {},
  family = "vehicles",
  size_mm = 40000,
  description = "A construction tower crane with a jib and hook",
  params = {h = {400, 440}},
  parts = {
    {"frame", "paint", color = "#f2c418", role = "primary", names = {"frame", "tower", "jib", "lattice", "boom"}},
    {"cab", "paint", color = "#f4f4f0", role = "secondary", names = {"cab", "cabin"}},
    {"weights", "concrete", color = "#9a968e", role = "detail", names = {"weights", "counterweight", "base"}},
    {"hook", "steel", color = "#2a2a2e", role = "detail", names = {"hook", "cable", "block"}},
    {"windows", "gloss", color = "#5a7890", role = "detail", names = {"windows"}},
  },
  points = {"top"},
  build = function(k)
    local h = k.p.h
    local w = 30
    local mast = lattice({0, 20, 0}, {0, h, 0}, w, 5)
    local base = box(110, 20, 110, 2):move(0, 10, 0)
    local jib_len = h * 0.95
    local jib = lattice({0, h + 18, 0}, {jib_len, h + 18, 0}, 26, 4.5)
    local counter = lattice({-h * 0.3, h + 18, 0}, {0, h + 18, 0}, 26, 4.5)
    local weights = box(36, 40, 34, 2):move(-h * 0.27, h + 4, 0)
    local apex = capsule({-8, h, 0}, {0, h + 70, 0}, 5) + capsule({0, h + 70, 0}, {jib_len * 0.6, h + 31, 0}, 4.5) + capsule({0, h + 70, 0}, {-h * 0.28, h + 31, 0}, 4.5)
    apex = apex + capsule({jib_len * 0.6, h + 31, -13}, {jib_len * 0.6, h + 31, 13}, 4.5) + capsule({-h * 0.28, h + 31, -13}, {-h * 0.28, h + 31, 13}, 4.5)
    local turntable = cylinder(24, 10):move(0, h - 2, 0)
    local cab = box(30, 30, 26, 3):move(22, h - 10, w / 2 + 14)
    local glass = box(31.5, 14, 27.5):move(22, h - 6, w / 2 + 14)
    local trolley_x = jib_len * 0.7
    local cable = capsule({trolley_x, h + 8, 0}, {trolley_x, h * 0.45, 0}, 5)
    local hook = box(16, 22, 12, 3):move(trolley_x, h * 0.45 - 8, 0) + (torus(10, 5):rotx(90) * box(40, 20, 20):move(0, -10, 0)):move(trolley_x, h * 0.45 - 15, 0)
    local shape = (mast + jib + counter + apex + turntable):part("frame") + (base + weights):part("weights")
    shape = shape + cab:part("cab") + glass:part("windows") + (cable + hook):part("hook")
    k.attach("top", {0, h + 70, 0}, 20)
    return shape:roty(-15)
  end,
}
