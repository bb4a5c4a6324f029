-- A bridge: a stone arch bridge — a roadway over one or three round arches
-- with parapet walls; a red suspension bridge as a variant.
local B = use and use("building")

return {
  id = "bridge",
  names = {"bridge", "stone bridge", "arch bridge", "footbridge", "foot bridge", "river bridge", "roman bridge",
           "viaduct", "old bridge"},
  lvis = {},
  family = "buildings",
  size_mm = 8000,
  description = "A stone arch bridge",
  params = {len = {460, 520}},
  parts = {
    {"stone", "stone", color = "#a8a092", role = "primary", names = {"stone", "walls", "arches", "deck"}},
    {"road", "stone", color = "#6a645c", role = "secondary", names = {"road", "roadway", "path"}},
    {"cables", "steel", color = "#c8402a", role = "detail", names = {"cables", "towers", "suspension"}},
  },
  variants = {
    suspension = {names = {"suspension bridge", "golden gate bridge", "golden gate", "cable bridge"},
                  size_mm = 100000, colors = {stone = "#c8402a", cables = "#c8402a"}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local W = 90
    local hw = W / 2
    if k.variant == "suspension" then
      L = L * 1.3
      local dy = 70
      local deck = B.block(-L / 2, dy, -hw, L / 2, dy + 14, hw, 2)
      local towers = {}
      local cables = {}
      local tx = L * 0.28
      local th = 220
      for _, sx in ipairs({-1, 1}) do
        for _, sz in ipairs({-1, 1}) do
          towers[#towers + 1] = B.block(sx * tx - 8, 0, sz * hw - 8, sx * tx + 8, th, sz * hw + 8, 2)
        end
        towers[#towers + 1] = B.block(sx * tx - 6, th - 30, -hw, sx * tx + 6, th - 16, hw)
        towers[#towers + 1] = B.block(sx * tx - 6, th - 100, -hw, sx * tx + 6, th - 88, hw)
      end
      for _, sz in ipairs({-1, 1}) do
        local pts = {}
        for i = 0, 16 do
          local x = -tx + 2 * tx * i / 16
          local t = x / tx
          pts[#pts + 1] = {x, dy + 24 + (th - dy - 24) * t * t, sz * hw}
        end
        cables[#cables + 1] = tube(pts, 6)
        cables[#cables + 1] = tube({{-tx, th, sz * hw}, {-L * 0.42, dy + 80, sz * hw}, {-L / 2, dy + 14, sz * hw}}, 6)
        cables[#cables + 1] = tube({{tx, th, sz * hw}, {L * 0.42, dy + 80, sz * hw}, {L / 2, dy + 14, sz * hw}}, 6)
        for i = 1, 11 do
          local x = -tx + 2 * tx * i / 12
          local t = x / tx
          cables[#cables + 1] = capsule({x, dy + 12, sz * hw}, {x, dy + 24 + (th - dy - 24) * t * t, sz * hw}, 3.5)
        end
      end
      local shape = deck:part("stone") + union(towers):part("cables") + union(cables):part("cables")
      shape = shape + B.block(-L / 2, dy + 13, -hw + 8, L / 2, dy + 15, hw - 8):part("road")
      k.attach("top", {0, dy + 15, 0}, W)
      return shape
    end
    local H = L * 0.3
    local body = B.block(-L / 2, 0, -hw, L / 2, H, hw)
    -- arches: a big middle arch and two smaller ones
    local arches = {}
    local spans = {{0, L * 0.17}, {-L * 0.32, L * 0.1}, {L * 0.32, L * 0.1}}
    for _, s in ipairs(spans) do
      local x, r = s[1], s[2]
      arches[#arches + 1] = cylinder(r, W + 20):move(0, -(W + 20) / 2, 0):rotx(90):move(x, H * 0.18, 0)
        + B.block(x - r, -10, -hw - 10, x + r, H * 0.18, hw + 10)
    end
    body = body - union(arches)
    -- slope the ends of the roadway down
    body = intersect(body, extrude({{-L / 2, -10}, {L / 2, -10}, {L / 2, H * 0.75}, {L * 0.3, H}, {-L * 0.3, H}, {-L / 2, H * 0.75}}, W + 40))
    local road_prof = {{-L / 2, H * 0.75 - 1}, {-L * 0.3, H - 1}, {L * 0.3, H - 1}, {L / 2, H * 0.75 - 1}, {L / 2, H * 0.75 + 3}, {L * 0.3, H + 3},
                       {-L * 0.3, H + 3}, {-L / 2, H * 0.75 + 3}}
    local road = extrude(road_prof, W - 16)
    local par_prof = {{-L / 2, H * 0.75 - 1}, {-L * 0.3, H - 1}, {L * 0.3, H - 1}, {L / 2, H * 0.75 - 1}, {L / 2, H * 0.75 + 26}, {L * 0.3, H + 26},
                      {-L * 0.3, H + 26}, {-L / 2, H * 0.75 + 26}}
    local parapets = extrude(par_prof, 8, 2):move(0, 0, hw - 4) + extrude(par_prof, 8, 2):move(0, 0, -hw + 4)
    -- stone courses on the faces
    local grooves = {}
    for i = 1, 5 do
      grooves[#grooves + 1] = B.block(-L, H * i / 6 - 1, -hw - 5, L, H * i / 6 + 1, -hw + 1.2)
      grooves[#grooves + 1] = B.block(-L, H * i / 6 - 1, hw - 1.2, L, H * i / 6 + 1, hw + 5)
    end
    body = body - union(grooves)
    local shape = (body + parapets):part("stone") + road:part("road")
    k.attach("top", {0, H + 3, 0}, W * 0.8)
    return shape
  end,
}
