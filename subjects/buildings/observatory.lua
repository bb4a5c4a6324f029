-- An observatory: a round white building under a big silver dome with an
-- open slit, a telescope peeking out of it.
local S = use and use("shapes")
local B = use and use("building")

return {
  id = "observatory",
  names = {"observatory", "telescope dome", "astronomical observatory", "planetarium", "observatory dome"},
  lvis = {},
  family = "buildings",
  size_mm = 12000,
  description = "An observatory with a domed roof and a telescope",
  params = {r = {150, 170}},
  parts = {
    {"walls", "concrete", color = "#eeece6", role = "primary", names = {"walls", "building", "drum"}},
    {"dome", "steel", color = "#c8ccd2", role = "secondary", names = {"dome", "roof"}},
    {"telescope", "paint", color = "#2a3a6a", role = "detail", names = {"telescope"}},
    {"door", "steel", color = "#3a4a5a", role = "detail", names = {"door", "slit", "shutter"}},
  },
  points = {"top"},
  build = function(k)
    local R = k.p.r
    local wh = R * 0.9
    local walls = cylinder(R, wh) + cylinder(R + 8, 12, 2) + cylinder(R + 5, 8, 2):move(0, wh - 6, 0)
    local dome = intersect(sphere(R - 2), box(4 * R, 2 * R, 4 * R):move(0, R, 0)):move(0, wh, 0)
    -- the open slit up over the dome, facing +X+Z
    local slit = box(R * 0.36, R * 2.4, R * 2.4):move(0, wh + R * 0.2, R * 0.6):rotx(-20):roty(40)
    local inside = intersect(sphere(R - 14), box(4 * R, 2 * R, 4 * R):move(0, R, 0)):move(0, wh, 0)
    dome = dome - slit
    local scope = cylinder(R * 0.16, R * 1.25):move(0, 0, 0):rotx(55):roty(40):move(0, wh + R * 0.1, 0)
    local shape = walls:part("walls") + dome:part("dome") + (inside * slit):part("door") + scope:part("telescope")
    local cut, fill = B.door(0, 44, 90, R, 1, {depth = 14})
    shape = subtract(shape, cut) + fill
    k.attach("top", {0, wh + R, 0}, R * 0.4)
    return shape
  end,
}
