-- A pagoda: a stack of storeys, each narrower than the one below, each with
-- a wide roof whose eaves curve up at the corners, topped by a spire.
local B = use and use("building")

return {
  id = "pagoda",
  names = {"pagoda", "chinese pagoda", "japanese pagoda", "buddhist pagoda", "stupa tower", "pagoda tower",
           "japanese temple", "chinese temple", "buddhist temple", "asian temple"},
  lvis = {},
  family = "buildings",
  size_mm = 25000,
  description = "A pagoda with stacked upturned roofs",
  params = {w = {170, 190}, tiers = {4, 5}},
  parts = {
    {"walls", "paint", color = "#b8302a", role = "primary", names = {"walls", "storeys", "columns"}},
    {"roofs", "clay", color = "#2e4a3e", role = "secondary", names = {"roofs", "roof", "eaves"}},
    {"spire", "gold", color = "#d8b040", role = "detail", names = {"spire", "finial", "top"}},
    {"windows", "wood", color = "#e8d8a8", role = "detail", names = {"windows", "doors", "panels"}},
  },
  points = {"top"},
  build = function(k)
    local w = k.p.w
    local n = math.floor(k.p.tiers + 0.5)
    local y = 0
    local walls, roofs, wins = {}, {}, {}
    walls[#walls + 1] = box(w * 1.25, 16, w * 1.25, 2):move(0, 8, 0)
    y = 16
    for i = 0, n - 1 do
      local s = w * (1 - 0.13 * i)
      local sh = (i == 0) and 70 or 52
      walls[#walls + 1] = box(s, sh, s):move(0, y + sh / 2, 0)
      wins[#wins + 1] = box(s * 0.4, sh * 0.55, s + 3):move(0, y + sh * 0.45, 0)
      wins[#wins + 1] = box(s + 3, sh * 0.55, s * 0.4):move(0, y + sh * 0.45, 0)
      y = y + sh
      -- roof: a flat hipped roof with eaves flaring out and corners lifted
      local rs = s * 1.65
      local rh = 30
      local roof = intersect(extrude({{-rs / 2, 0}, {rs / 2, 0}, {rs * 0.2, rh}, {-rs * 0.2, rh}}, 2000),
                             extrude({{-rs / 2, 0}, {rs / 2, 0}, {rs * 0.2, rh}, {-rs * 0.2, rh}}, 2000):roty(90))
      -- concave sweep: hollow the underside between the corners
      roof = roof - intersect(extrude({{-rs / 2 - 20, -2}, {rs / 2 + 20, -2}, {rs * 0.3, rh * 0.55}, {-rs * 0.3, rh * 0.55}}, 2000),
                              extrude({{-rs / 2 - 20, -2}, {rs / 2 + 20, -2}, {rs * 0.3, rh * 0.55}, {-rs * 0.3, rh * 0.55}}, 2000):roty(90))
      roof = roof + radial(capsule({rs * 0.3, rh * 0.35, rs * 0.3}, {rs * 0.52, rh * 0.75, rs * 0.52}, 5), 4)
      roofs[#roofs + 1] = roof:move(0, y - 8, 0)
      y = y + rh - 8
    end
    walls[#walls + 1] = box(w * 0.4, y - 10, w * 0.4):move(0, 10 + (y - 10) / 2, 0) -- the core post the tiers hang on
    local spire = cylinder(6, 60):move(0, y - 4, 0) + radial(torus(9, 3), 1):move(0, y + 16, 0)
      + torus(8, 3):move(0, y + 28, 0) + torus(7, 3):move(0, y + 40, 0) + sphere(8):move(0, y + 60, 0)
    local shape = union(walls):part("walls") + union(roofs):part("roofs") + spire:part("spire") + union(wins):part("windows")
    k.attach("top", {0, y + 68, 0}, 14)
    return shape
  end,
}
