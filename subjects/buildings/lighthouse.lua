-- A lighthouse: a tall tapering tower in red and white bands, a gallery
-- with a railing, a glass lamp room and a domed cap.
local S = use and use("shapes")
local B = use and use("building")

return {
  id = "lighthouse",
  names = {"lighthouse", "light house", "beacon tower", "lighthouse tower", "pharos"},
  lvis = {},
  family = "buildings",
  size_mm = 30000,
  description = "A striped lighthouse with a gallery and lamp room",
  params = {h = {400, 440}, r = {56, 64}, bands = {3, 4}},
  parts = {
    {"tower", "paint", color = "#f4f2ec", role = "primary", names = {"tower", "walls"}},
    {"stripes", "paint", color = "#c8282a", role = "secondary", names = {"stripes", "bands", "stripe"}},
    {"cap", "paint", color = "#c8282a", role = "detail", names = {"cap", "dome", "roof", "top"}},
    {"gallery", "iron", color = "#2a2a2e", role = "detail", names = {"gallery", "railing", "balcony"}},
    {"lamp", "gloss", color = "#fff0a0", role = "detail", names = {"lamp", "light", "lantern", "lamp room"}},
    {"door", "wood", color = "#3a3a3e", role = "detail", names = {"door", "windows"}},
  },
  points = {"top"},
  build = function(k)
    local h, r = k.p.h, k.p.r
    local rt = r * 0.68
    local radius = function(y) return r + (rt - r) * (y / h) end
    local tower = cone(r, rt, h)
    local base = cylinder(r + 12, 22, 3)
    local nb = math.floor(k.p.bands + 0.5)
    local stripes = {}
    local bh = h / (2 * nb + 1)
    for i = 0, nb - 1 do
      local y0 = bh * (2 * i + 1)
      stripes[#stripes + 1] = intersect(cone(r + 1.5, rt + 1.5, h), box(400, bh, 400):move(0, y0 + bh / 2, 0))
    end
    -- gallery deck and railing
    local gy = h
    local deck = cylinder(rt + 16, 10, 2):move(0, gy, 0)
    local rail = torus(rt + 13, 2.2):move(0, gy + 30, 0) + radial(capsule({rt + 13, gy + 8, 0}, {rt + 13, gy + 30, 0}, 2), 14)
    -- lamp room
    local lr = rt * 0.72
    local room = cylinder(lr, 54):move(0, gy + 10, 0)
    local mullions = radial(box(4, 54, 4):move(lr + 0.5, gy + 37, 0), 8)
    local cap = cylinder(lr + 6, 8, 2):move(0, gy + 64, 0)
    cap = cap + lathe(S.profile(function(t) return (lr + 2) * math.sqrt(math.max(1 - t * t, 0)) + 0.5 end, lr * 0.75, 10)):move(0, gy + 70, 0)
    cap = cap + sphere(6):move(0, gy + 70 + lr * 0.75 + 2, 0) + cylinder(2, 16):move(0, gy + 70 + lr * 0.75, 0)
    local shape = (tower + base):part("tower") + union(stripes):part("stripes") + (deck + rail + mullions):part("gallery")
    shape = shape + room:part("lamp") + cap:part("cap")
    local cut, fill = B.door(0, 30, 56, radius(28) + 2, 1, {arched = true, depth = 10})
    shape = subtract(shape, cut) + fill
    for _, y in ipairs({h * 0.45, h * 0.72}) do
      shape = shape + box(14, 22, 6, 2):move(0, y, radius(y) - 1):part("door")
    end
    k.attach("top", {0, gy + 70 + lr * 0.75 + 8, 0}, lr)
    return shape
  end,
}
