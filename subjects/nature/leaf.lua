-- A leaf: a maple leaf with five pointed lobes, a stalk and raised veins, in
-- autumn red; an oak leaf has round lobes; a plain leaf is a pointed oval
-- with a midrib. Shown tilted up towards the viewer.
return {
  id = "leaf",
  names = {"leaf", "maple leaf", "autumn leaf", "fall leaf", "leave", "leef"},
  lvis = {},
  family = "nature",
  size_mm = 120,
  description = "A maple leaf",
  params = {},
  parts = {
    {"leaf", "plant", color = "#d8401e", role = "primary", names = {"leaf", "blade"}},
    {"veins", "plant", color = "#a82a14", role = "secondary", names = {"veins", "stem", "stalk"}},
  },
  variants = {
    oak = {names = {"oak leaf"}, colors = {leaf = "#b8782a", veins = "#8a5a1e"}},
    green = {names = {"green leaf", "tree leaf", "plain leaf"}, colors = {leaf = "#4a9a34", veins = "#3a7a28"}},
  },
  build = function(k)
    local v = k.variant
    local shape
    if v == "green" then
      local blade = extrude((function()
        local o = {}
        for i = 0, 16 do local t = i / 16; o[#o + 1] = {40 * math.sin(math.pi * t ^ 0.8) ^ 1.1 + 0.05, 150 * t} end
        for i = 15, 1, -1 do local t = i / 16; o[#o + 1] = {-40 * math.sin(math.pi * t ^ 0.8) ^ 1.1 - 0.05, 150 * t} end
        return o
      end)(), 3, 1.2)
      local vein = {capsule({0, -30, 0}, {0, 140, 0}, 2)}
      for i = 1, 5 do
        local y = 20 + 22 * i
        vein[#vein + 1] = capsule({0, y - 15, 0}, {30 - i * 3, y + 12, 0}, 1) + capsule({0, y - 15, 0}, {-30 + i * 3, y + 12, 0}, 1)
      end
      shape = union(blade:part("leaf"), union(vein):move(0, 0, 1.2):part("veins"))
    else
      local o = {}
      local lobes = v == "oak" and {{0, 120}, {30, 100}, {52, 94}, {40, 72}, {60, 58}, {46, 38}, {56, 20}, {30, 10}, {12, 0}}
                               or {{0, 130}, {14, 90}, {42, 100}, {34, 64}, {80, 76}, {62, 44}, {78, 24}, {40, 16}, {26, -6}, {8, 6}}
      for _, p in ipairs(lobes) do o[#o + 1] = {p[1], p[2]} end
      for i = #lobes, 1, -1 do o[#o + 1] = {-lobes[i][1], lobes[i][2]} end
      local blade = extrude(o, 3, 1.2)
      if v == "oak" then blade = blade:round(5) end
      local veins = {capsule({0, -40, 0}, {0, 120, 0}, 2.2)}
      for _, p in ipairs(v == "oak" and {{44, 80}, {50, 48}, {42, 18}} or {{68, 72}, {66, 22}, {30, 90}}) do
        veins[#veins + 1] = capsule({0, 6, 0}, {p[1] * 0.9, p[2] * 0.9, 0}, 1.3)
        veins[#veins + 1] = capsule({0, 6, 0}, {-p[1] * 0.9, p[2] * 0.9, 0}, 1.3)
      end
      shape = union(blade:part("leaf"), union(veins):move(0, 0, 1.6):part("veins"))
    end
    return shape:rotx(-55):roty(60)
  end,
}
