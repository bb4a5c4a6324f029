-- A bulldozer: a yellow body on two caterpillar tracks, a cab with a roof,
-- a big curved blade on arms in front and a ripper behind.
local V = use and use("vehicle")

return {
  id = "bulldozer",
  names = {"bulldozer", "dozer", "crawler tractor", "caterpillar tractor", "crawler dozer", "toy bulldozer"},
  lvis = {"bulldozer"},
  family = "vehicles",
  size_mm = 3500,
  description = "A bulldozer with tracks and a front blade",
  params = {len = {330, 360}},
  parts = {
    {"body", "paint", color = "#f2b414", role = "primary", names = {"body", "paint"}},
    {"blade", "steel", color = "#4a4a4e", role = "secondary", names = {"blade", "shovel", "ripper"}},
    {"wheels", "rubber", color = "#2a2a2c", role = "detail", names = {"tracks", "treads", "track", "caterpillar tracks", "wheels"}},
    {"hubs", "steel", color = "#6a6a6e", role = "detail", names = {"rollers", "road wheels", "sprockets"}},
    {"windows", "gloss", color = "#5a7890", role = "detail", names = {"windows", "cab glass", "glass"}},
    {"trim", "steel", color = "#2a2a2e", role = "detail", names = {"trim", "exhaust", "grille"}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local W = 190
    local hw = W / 2
    local tr = 34
    local tw = 50
    local x0, x1 = -L * 0.4, L * 0.28
    local shape = V.track(x0, x1, tr, hw - tw / 2, tw, 1) + V.track(x0, x1, tr, -(hw - tw / 2), tw, -1)
    local body = V.block(x0 - 10, 40, -hw + tw - 4, x1 + 20, 90, hw - tw + 4, 4)
    body = body + V.block(x0 - 20, 60, -hw - 2, x1 + 40, 80, hw + 2, 3)
    local engine = V.block(0, 80, -hw * 0.5, x1 + 40, 150, hw * 0.5, 8)
    local cab_x0, cab_x1 = x0 + 10, x0 + 110
    local cab_base = V.block(cab_x0, 80, -hw * 0.62, cab_x1, 130, hw * 0.62, 4)
    local cab = V.block(cab_x0 + 4, 128, -hw * 0.58, cab_x1 - 4, 220, hw * 0.58, 3)
    local roof = V.block(cab_x0 - 4, 218, -hw * 0.66, cab_x1 + 4, 230, hw * 0.66, 3)
    local posts = {}
    for _, x in ipairs({cab_x0 + 4, cab_x1 - 10}) do
      for _, sz in ipairs({-1, 1}) do
        posts[#posts + 1] = V.block(x, 128, sz * hw * 0.58 - 6, x + 6, 220, sz * hw * 0.58 + 6)
      end
    end
    local glass = V.block(cab_x0 + 6, 136, -hw * 0.58 - 1, cab_x1 - 6, 214, hw * 0.58 + 1)
    local shape2 = (body + engine + cab_base + roof + union(posts)):part("body") + glass:part("windows")
    shape = shape + shape2
    shape = shape + cylinder(6, 60):move(x1 + 10, 148, hw * 0.25):part("trim")
    shape = shape + V.block(x1 + 38, 90, -hw * 0.4, x1 + 42, 140, hw * 0.4, 2):part("trim")
    -- blade: a curved plate in front on two push arms
    local bx = x1 + tr + 60
    local curve = {}
    for i = 0, 8 do
      local t = i / 8
      curve[#curve + 1] = {bx - 26 * math.sin(t * math.pi) + t * 10, 6 + t * 120}
    end
    local outline = {}
    for _, p in ipairs(curve) do outline[#outline + 1] = {p[1], p[2]} end
    for i = #curve, 1, -1 do outline[#outline + 1] = {curve[i][1] + 8, curve[i][2]} end
    local blade = extrude(outline, W + 30, 2)
    local arms = {}
    for _, sz in ipairs({-1, 1}) do
      arms[#arms + 1] = capsule({x0 + 120, 50, sz * (hw + 4)}, {bx - 18, 40, sz * (hw * 0.7)}, 8)
      arms[#arms + 1] = capsule({x1 + 20, 120, sz * hw * 0.3}, {bx - 20, 90, sz * hw * 0.4}, 7)
    end
    local ripper = capsule({x0 - 10, 70, 0}, {x0 - 50, 60, 0}, 9) + capsule({x0 - 50, 60, 0}, {x0 - 56, 10, 0}, 7)
    shape = shape + (blade + union(arms) + ripper):part("blade")
    k.attach("top", {(cab_x0 + cab_x1) / 2, 230, 0}, 80)
    return shape
  end,
}
