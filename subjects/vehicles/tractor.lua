-- A farm tractor: huge rear wheels and small front wheels, a long bonnet
-- with an exhaust stack, and a cab with a roof on four posts.
local V = use and use("vehicle")

return {
  id = "tractor",
  names = {"tractor", "farm tractor", "toy tractor", "john deere", "agricultural tractor", "traktor"},
  lvis = {"tractor_(farm_equipment)"},
  family = "vehicles",
  size_mm = 2800,
  description = "A farm tractor with big rear wheels",
  params = {len = {360, 400}},
  parts = {
    {"body", "paint", color = "#2e8a3a", role = "primary", names = {"body", "paint", "bonnet", "hood"}},
    {"hubs", "paint", color = "#f2c418", role = "secondary", names = {"hubs", "rims", "wheel rims"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheels", "wheel", "tires", "tyres"}},
    {"windows", "gloss", color = "#8ab0c8", role = "detail", names = {"windows", "cab glass", "glass"}},
    {"trim", "steel", color = "#2a2a2e", role = "detail", names = {"trim", "exhaust", "grille", "frame", "seat"}},
    {"lights", "gloss", color = "#fff4c8", role = "fixed"},
  },
  points = {"top", "seat"},
  build = function(k)
    local L = k.p.len
    local xf, xr = L / 2, -L / 2
    local R, rf = 92, 50
    local W = 150
    local hw = W / 2
    local axle_r, axle_f = xr + 80, xf - 60
    -- bonnet and body
    local hood = V.block(axle_r + 20, 70, -hw * 0.55, xf, 150, hw * 0.55, 10)
    local belly = V.block(axle_r - 20, 50, -hw * 0.45, xf - 20, 100, hw * 0.45, 8)
    local fenders = {}
    for _, sz in ipairs({-1, 1}) do
      fenders[#fenders + 1] = intersect(cylinder(R + 12, 60):move(0, -30, 0):rotx(90), V.block(-R - 20, 0, -30, R + 20, R + 20, 30))
        :move(axle_r, R, sz * (hw + 12)) - cylinder(R + 4, 70):move(0, -35, 0):rotx(90):move(axle_r, R, sz * (hw + 12))
    end
    local cab_y = 140
    local cab_floor = V.block(axle_r - 70, cab_y - 10, -hw - 10, axle_r + 70, cab_y, hw + 10, 3)
    local posts = {}
    local roof_y = cab_y + 150
    for _, x in ipairs({axle_r - 62, axle_r + 62}) do
      for _, sz in ipairs({-1, 1}) do
        posts[#posts + 1] = V.block(x - 5, cab_y, sz * (hw + 4) - 5, x + 5, roof_y, sz * (hw + 4) + 5)
      end
    end
    local roof = V.block(axle_r - 76, roof_y, -hw - 16, axle_r + 76, roof_y + 12, hw + 16, 4)
    local glass = V.block(axle_r - 58, cab_y + 40, -hw - 1, axle_r + 58, roof_y - 4, hw + 1)
    local seat = V.block(axle_r - 40, cab_y, -24, axle_r - 10, cab_y + 30, 24, 4) + V.block(axle_r - 44, cab_y + 20, -24, axle_r - 34, cab_y + 64, 24, 4)
    local wheel_col = capsule({axle_r + 40, cab_y + 10, 0}, {axle_r + 20, cab_y + 60, 0}, 3) + torus(16, 3):rotz(60):move(axle_r + 20, cab_y + 62, 0)
    local exhaust = cylinder(6, 110):move(xf - 70, 140, hw * 0.3) + cylinder(8, 10):move(xf - 70, 246, hw * 0.3)
    local grille = V.block(xf - 2, 78, -hw * 0.45, xf + 3, 142, hw * 0.45, 3)
    local shape = (hood + belly + union(fenders) + cab_floor + union(posts) + roof):part("body")
    shape = shape + glass:part("windows") + (seat + wheel_col + exhaust + grille):part("trim")
    shape = shape + V.lights(xf + 3, nil, 130, hw * 0.32, 9)
    -- wheels: big rear, small front, with axles joining them to the body
    shape = shape + V.wheel({axle_r, R, hw + 12}, R, 56, 1, {hub = 0.55}) + V.wheel({axle_r, R, -hw - 12}, R, 56, -1, {hub = 0.55})
    shape = shape + V.wheel({axle_f, rf, hw * 0.62 + 8}, rf, 34, 1, {hub = 0.55}) + V.wheel({axle_f, rf, -hw * 0.62 - 8}, rf, 34, -1, {hub = 0.55})
    shape = shape + (capsule({axle_r, R, -hw}, {axle_r, R, hw}, 14) + capsule({axle_f, rf, -hw * 0.6}, {axle_f, rf, hw * 0.6}, 10)):part("trim")
    k.attach("seat", {axle_r - 25, cab_y + 30, 0}, 50)
    k.attach("top", {axle_r, roof_y + 12, 0}, W)
    return shape
  end,
}
