-- A bus stop: a glass shelter with a curved roof on posts, a bench inside,
-- and a round bus-stop sign on a pole beside it.
local B = use and use("building")

return {
  id = "bus_stop",
  names = {"bus stop", "bus shelter", "busstop", "tram stop", "bus station shelter", "waiting shelter"},
  lvis = {},
  family = "buildings",
  size_mm = 2700,
  description = "A bus shelter with a sign",
  params = {w = {330, 360}},
  parts = {
    {"frame", "steel", color = "#3a4a5a", role = "primary", names = {"frame", "posts", "shelter"}},
    {"glass", "glass", color = "#b8d0dc", role = "secondary", names = {"glass", "panels", "walls"}},
    {"roof", "plastic", color = "#c8ccd2", role = "detail", names = {"roof", "canopy"}},
    {"sign", "paint", color = "#d8302a", role = "detail", names = {"sign", "bus sign"}},
    {"bench", "wood", color = "#8a6040", role = "detail", names = {"bench", "seat"}},
  },
  points = {"top", "seat"},
  build = function(k)
    local w = k.p.w
    local hw = w / 2
    local d = 120
    local h = 230
    local posts = {}
    for _, sx in ipairs({-1, 1}) do
      for _, z in ipairs({-d / 2, d / 2}) do posts[#posts + 1] = box(8, h, 8):move(sx * hw, h / 2, z) end
    end
    local roof = intersect(cylinder(d * 1.6, w + 20):move(0, -(w + 20) / 2, 0):rotz(90), box(w + 20, 24, d + 30):move(0, d * 1.6 - 8, 0)):move(0, h - d * 1.6 + 6, 0)
    local back = box(w - 8, h - 40, 5):move(0, 20 + (h - 40) / 2, -d / 2)
    local sides = box(5, h - 40, d - 8):move(-hw, 20 + (h - 40) / 2, 0) + box(5, h - 40, d * 0.55):move(hw, 20 + (h - 40) / 2, -d * 0.22)
    local rails = box(w, 8, 8):move(0, h - 4, -d / 2) + box(w, 8, 8):move(0, 20, -d / 2)
    local bench = box(w * 0.6, 8, 34, 2):move(0, 70, -d / 2 + 22) + box(8, 66, 8):move(-w * 0.25, 36, -d / 2 + 22) + box(8, 66, 8):move(w * 0.25, 36, -d / 2 + 22)
    local pole = cylinder(5, 300):move(hw + 50, 0, d / 2)
    local sign = cylinder(34, 6, 1.5):move(0, -3, 0):rotx(90):move(hw + 50, 290, d / 2 + 4)
    local sign_band = box(52, 14, 4):move(hw + 50, 290, d / 2 + 8)
    local slab = box(w + 84, 6, d + 20, 2):move(32, 3, 0)
    local shape = (union(posts) + rails + pole):part("frame") + slab:part("frame") + roof:part("roof") + (back + sides):part("glass") + bench:part("bench")
    shape = shape + sign:part("sign") + sign_band:part("roof")
    k.attach("seat", {0, 74, -d / 2 + 22}, 60)
    k.attach("top", {0, h + 20, 0}, w * 0.5)
    return shape:roty(0)
  end,
}
