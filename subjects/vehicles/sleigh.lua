-- A sleigh: a curvy wooden body with a high back and scrolled front, on two
-- runners that curl up at the front; a plain sled as a variant.
local V = use and use("vehicle")

return {
  id = "sleigh",
  names = {"sleigh", "santa's sleigh", "santa sleigh", "santas sleigh", "horse sleigh", "christmas sleigh", "troika"},
  lvis = {"sled"},
  family = "vehicles",
  size_mm = 1300,
  description = "A sleigh on curled runners",
  params = {len = {360, 400}},
  parts = {
    {"body", "paint", color = "#c01e24", role = "primary", names = {"body", "paint"}},
    {"runners", "gold", color = "#d8b040", role = "secondary", names = {"runners", "trim", "scrolls"}},
    {"seat", "fabric", color = "#2a5a2a", role = "detail", names = {"seat", "cushion", "upholstery"}},
  },
  variants = {
    sled = {names = {"sled", "toboggan", "snow sled", "wooden sled", "kids sled", "sledding"}, size_mm = 250,
            colors = {body = "#b07a48", runners = "#c01e24"}},
  },
  points = {"seat", "inside", "top"},
  build = function(k)
    local L = k.p.len
    local xf, xr = L / 2, -L / 2
    local W = L * 0.45
    local hw = W / 2
    if k.variant == "sled" then
      local deck = V.block(xr, 40, -hw * 0.7, xf - 40, 52, hw * 0.7, 4)
      local runners = {}
      for _, sz in ipairs({-1, 1}) do
        local z = sz * hw * 0.6
        runners[#runners + 1] = tube({{xr, 6, z}, {xf - 60, 6, z}, {xf - 10, 14, z}, {xf + 6, 44, z}, {xf - 20, 60, z}}, 6)
        for _, x in ipairs({xr + 30, 0, xf - 80}) do
          runners[#runners + 1] = capsule({x, 6, z}, {x, 42, z}, 5)
        end
      end
      local rope = tube({{xf - 55, 47, -hw * 0.5}, {xf + 40, 47, 0}, {xf - 55, 47, hw * 0.5}}, 5)
      local shape = deck:part("body") + union(runners):part("runners") + rope:part("seat")
      k.attach("seat", {0, 52, 0}, W * 0.8)
      k.attach("top", {0, 52, 0}, W * 0.8)
      return shape
    end
    local prof = {{xr, 50}, {xf - 80, 50}, {xf - 40, 70}, {xf - 20, 110}, {xf - 40, 130}, {xf - 70, 116}, {xf - 110, 100},
                  {xr + 80, 100}, {xr + 50, 170}, {xr + 10, 190}, {xr - 16, 180}}
    local shell = V.side(prof, W, 10)
    local inside = V.block(xr + 24, 70, -hw + 12, xf - 70, 300, hw - 12)
    local body = shell - inside
    local seat = V.block(xr + 20, 66, -hw + 12, xr + 90, 92, hw - 12, 6) + V.block(xr + 8, 80, -hw + 12, xr + 30, 160, hw - 12, 8)
    local runners = {}
    for _, sz in ipairs({-1, 1}) do
      local z = sz * (hw - 6)
      runners[#runners + 1] = tube({{xr - 10, 16, z}, {xr + 20, 6, z}, {xf - 40, 6, z}, {xf + 10, 20, z}, {xf + 30, 70, z},
                                    {xf + 6, 100, z}, {xf - 10, 80, z}}, 6)
      for _, x in ipairs({xr + 30, 0, xf - 80}) do
        runners[#runners + 1] = capsule({x, 6, z}, {x, 56, z}, 5)
      end
      runners[#runners + 1] = torus(14, 4):rotx(90):move(xr - 14, 180, z)
    end
    local shape = body:part("body") + union(runners):part("runners") + seat:part("seat")
    k.attach("seat", {xr + 55, 92, 0}, W * 0.6)
    k.attach("inside", {0, 70, 0}, W * 0.7)
    k.attach("top", {0, 120, 0}, W * 0.8)
    return shape
  end,
}
