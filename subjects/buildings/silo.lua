-- A farm silo: a tall round tower with a domed top and hoops, beside a
-- little chute; a grain silo of corrugated steel as a variant.
local S = use and use("shapes")

return {
  id = "silo",
  names = {"silo", "farm silo", "grain silo", "feed silo", "grain bin"},
  lvis = {"silo"},
  family = "buildings",
  size_mm = 15000,
  description = "A farm silo with a domed top",
  params = {r = {70, 80}, h = {360, 400}},
  parts = {
    {"walls", "stone", color = "#b84a32", role = "primary", names = {"walls", "tower", "body", "bricks"}},
    {"dome", "steel", color = "#c8ccd2", role = "secondary", names = {"dome", "roof", "top", "cap"}},
    {"hoops", "steel", color = "#6a6e74", role = "detail", names = {"hoops", "bands", "ladder", "chute"}},
  },
  variants = {
    steel = {names = {"steel silo", "metal silo", "grain bin silo"}, colors = {walls = "#c8ccd2", dome = "#c8ccd2"}},
  },
  points = {"top"},
  build = function(k)
    local r, h = k.p.r, k.p.h
    local walls = cylinder(r, h)
    if k.variant == "steel" then
      h = h * 0.6
      r = r * 1.4
      walls = cylinder(r, h)
      walls = walls + radial(cylinder(3, h):move(r - 1, 0, 0), 40)
      local roof = cone(r + 6, 10, r * 0.6):move(0, h - 2, 0)
      local shape = walls:part("walls") + roof:part("dome") + cylinder(14, 20):move(0, h + r * 0.55, 0):part("hoops")
      k.attach("top", {0, h + r * 0.6 + 20, 0}, 30)
      return shape
    end
    local dome = lathe(S.profile(function(t) return (r + 3) * math.sqrt(math.max(1 - t * t, 0)) + 0.5 end, r * 0.9, 12)):move(0, h - 2, 0)
    local hoops = {}
    for i = 1, 9 do hoops[#hoops + 1] = torus(r + 1, 2.4):move(0, h * i / 10, 0) end
    local ladder = capsule({-10, 0, r + 8}, {-10, h, r + 8}, 2.5) + capsule({10, 0, r + 8}, {10, h, r + 8}, 2.5)
    for i = 1, 14 do ladder = ladder + capsule({-10, h * i / 15, r + 8}, {10, h * i / 15, r + 8}, 2) end
    ladder = ladder + capsule({-10, h * 0.5, r + 8}, {-10, h * 0.5, r - 2}, 2.5) + capsule({10, h * 0.9, r + 8}, {10, h * 0.9, r - 2}, 2.5)
    local shape = walls:part("walls") + dome:part("dome") + union(hoops):part("hoops") + ladder:part("hoops")
    k.attach("top", {0, h + r * 0.9, 0}, r * 0.5)
    return shape
  end,
}
