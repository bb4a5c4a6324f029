-- A golf cart: a small open buggy with a bench seat, a flat canopy roof on
-- four posts, a short nose and a bag rack at the back.
local V = use and use("vehicle")

return {
  id = "golf_cart",
  names = {"golf cart", "golf buggy", "golfcart", "golf car", "electric cart", "club car"},
  lvis = {"golfcart"},
  family = "vehicles",
  size_mm = 1800,
  description = "A golf cart with a canopy roof",
  params = {len = {300, 330}},
  parts = {
    {"body", "paint", color = "#f2f2ee", role = "primary", names = {"body", "paint"}},
    {"roof", "plastic", color = "#2a6a3a", role = "secondary", names = {"roof", "canopy", "top"}},
    {"seat", "leather", color = "#3a3a3e", role = "detail", names = {"seat", "seats", "bench"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheels", "wheel", "tires", "tyres"}},
    {"hubs", "steel", color = "#c8c8cc", role = "detail", names = {"hubs", "rims", "posts", "frame"}},
    {"windows", "gloss", color = "#a8c0d0", role = "detail", names = {"windshield", "windscreen", "glass"}},
  },
  points = {"top", "seat"},
  build = function(k)
    local L = k.p.len
    local W = 150
    local hw = W / 2
    local r = 26
    local xf, xr = L / 2, -L / 2
    local body = V.side({{xr, 18}, {xf, 18}, {xf + 4, 60}, {xf - 50, 76}, {xf - 70, 76}, {xf - 80, 40}, {xr + 40, 40}, {xr + 40, 70}, {xr, 70}}, W, 8)
    body = body - V.arches({xf - 50, xr + 50}, r + 5, hw, 14)
    local seat = V.block(xr + 60, 40, -hw + 8, xr + 130, 64, hw - 8, 6) + V.block(xr + 56, 60, -hw + 8, xr + 72, 120, hw - 8, 6)
    local posts = {}
    local ry = 220
    for _, x in ipairs({xf - 70, xr + 50}) do
      for _, sz in ipairs({-1, 1}) do
        posts[#posts + 1] = capsule({x, 40, sz * (hw - 8)}, {x - (x > 0 and 20 or 0), ry, sz * (hw - 8)}, 4)
      end
    end
    local roof = V.block(xr + 30, ry, -hw - 6, xf - 60, ry + 10, hw + 6, 4)
    local screen = V.block(xf - 80, 80, -hw + 10, xf - 74, ry - 4, hw - 10, 2):rotz(-6)
    local wheelc = capsule({xf - 80, 60, 22}, {xf - 100, 110, 22}, 3) + torus(16, 3):rotz(-55):move(xf - 102, 112, 22)
    local bag = cylinder(18, 110):rotz(15):move(xr + 14, 60, 0)
    local shape = body:part("body") + seat:part("seat") + union(posts):part("hubs") + roof:part("roof") + screen:part("windows")
    shape = shape + wheelc:part("seat") + bag:part("roof")
    shape = shape + V.wheels({xf - 50, xr + 50}, r, 22, hw - 9, {})
    k.attach("seat", {xr + 95, 64, 0}, W * 0.6)
    k.attach("top", {-20, ry + 10, 0}, W * 0.7)
    return shape
  end,
}
