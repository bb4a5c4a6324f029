-- A church: a long nave under a steep roof, a square bell tower at the
-- front with a tall spire and a cross, an arched door and tall arched
-- windows, a round rose window.
local B = use and use("building")

return {
  id = "church",
  names = {"church", "chapel", "cathedral", "village church", "country church", "kirk", "church building", "abbey",
           "steeple", "church steeple"},
  lvis = {},
  family = "buildings",
  size_mm = 20000,
  description = "A church with a steeple, arched door and windows",
  params = {w = {200, 230}, d = {380, 440}, wall_h = {170, 200}},
  parts = {
    {"walls", "stone", color = "#e8e2d4", role = "primary", names = {"walls", "stone"}},
    {"roof", "clay", color = "#4a4e58", role = "secondary", names = {"roof", "spire", "steeple roof"}},
    {"door", "wood", color = "#6a3a22", role = "detail", names = {"door", "doors"}},
    {"windows", "gloss", color = "#3a5a9a", role = "detail", names = {"windows", "stained glass", "window"}},
    {"cross", "gold", color = "#d8b040", role = "detail", names = {"cross"}},
  },
  points = {"top"},
  build = function(k)
    local w, d, wh = k.p.w, k.p.d, k.p.wall_h
    local hw = w / 2
    -- nave along Z, front at +Z
    local nave = B.block(-hw, 0, -d / 2, hw, wh, d / 2)
    local roof = B.gable(d, w, w * 0.75, 14):roty(90):move(0, wh, 0)
    local tw = w * 0.55
    local tz = d / 2 + tw * 0.25
    local th = wh * 1.9
    local tower = B.block(-tw / 2, 0, tz - tw / 2, tw / 2, th, tz + tw / 2)
    tower = tower + B.block(-tw / 2 - 5, th - 8, tz - tw / 2 - 5, tw / 2 + 5, th, tz + tw / 2 + 5)
    -- four-sided spire
    local sh = th * 0.85
    local spire = intersect(extrude({{-tw / 2, 0}, {tw / 2, 0}, {0, sh}}, 2000),
                            extrude({{-tw / 2, 0}, {tw / 2, 0}, {0, sh}}, 2000):roty(90)):move(0, th, tz)
    local ct = th + sh - 4
    local cross = B.block(-3, ct, tz - 3, 3, ct + 50, tz + 3) + B.block(-16, ct + 30, tz - 3, 16, ct + 36, tz + 3)
    local shape = (nave + tower):part("walls") + roof:part("roof") + spire:part("roof") + cross:part("cross")
    -- door in the tower front
    local cut, fill = B.door(0, tw * 0.45, wh * 0.6, tz + tw / 2, 1, {arched = true, depth = 12})
    shape = subtract(shape, cut) + fill
    -- belfry openings and a rose window
    local wins = {}
    local belfry_y = th - 70
    wins[#wins + 1] = B.arch_cut(0, belfry_y, tw * 0.3, 50, tz + tw / 2, 8)
    for _, sx in ipairs({-1, 1}) do
      wins[#wins + 1] = B.arch_cut(0, belfry_y, tw * 0.3, 50, 0, 8):roty(90):move(sx * tw / 2, 0, tz)
    end
    wins[#wins + 1] = cylinder(tw * 0.2, 6):rotx(90):move(0, wh * 0.95, tz + tw / 2 - 3)
    -- tall arched windows along the nave sides
    for _, sx in ipairs({-1, 1}) do
      for i = 0, 2 do
        local z = -d / 2 + d * (0.2 + 0.26 * i)
        wins[#wins + 1] = B.arch_cut(0, wh * 0.3, 30, wh * 0.5, 0, 8):roty(90):move(sx * hw, 0, z)
      end
    end
    shape = shape + union(wins):part("windows")
    k.attach("top", {0, ct + 50, tz}, 20)
    return shape
  end,
}
