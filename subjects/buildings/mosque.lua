-- A mosque: a square hall under a big onion dome with a crescent finial, a
-- pointed-arch entrance, and slender minarets with balconies and small domes
-- at the corners (the Taj Mahal look as a white marble variant).
local S = use and use("shapes")
local B = use and use("building")

return {
  id = "mosque",
  names = {"mosque", "masjid", "domed mosque", "minaret mosque"},
  lvis = {},
  family = "buildings",
  size_mm = 40000,
  description = "A mosque with a dome and minarets",
  params = {w = {240, 260}},
  parts = {
    {"walls", "stone", color = "#f0e8d8", role = "primary", names = {"walls", "hall", "minarets", "towers"}},
    {"dome", "paint", color = "#2e8a7a", role = "secondary", names = {"dome", "domes", "roof"}},
    {"gold", "gold", color = "#d8b040", role = "detail", names = {"gold", "crescent", "finials"}},
    {"door", "wood", color = "#3a2a22", role = "detail", names = {"door", "doors", "windows", "arches"}},
  },
  variants = {
    taj = {names = {"taj mahal", "white palace", "mausoleum", "palace with domes"}, size_mm = 70000,
           colors = {walls = "#f6f4f0", dome = "#f6f4f0"}},
  },
  points = {"top"},
  build = function(k)
    local w = k.p.w
    local hw = w / 2
    local hh = w * 0.55
    local hall = B.block(-hw, 0, -hw, hw, hh, hw, 2) + B.block(-hw - 6, hh - 4, -hw - 6, hw + 6, hh + 6, hw + 6, 2)
    local drum = cylinder(hw * 0.62, hw * 0.3):move(0, hh, 0)
    local dr = hw * 0.72
    local onion = lathe(S.profile(function(t)
      local bulge = math.sin(math.pi * math.min(t * 1.25, 1)) * 0.28
      return dr * (0.86 + bulge) * (1 - t ^ 2.2) + 0.6
    end, dr * 1.6, 20)):move(0, hh + hw * 0.3 - 2, 0)
    local top_y = hh + hw * 0.3 + dr * 1.6
    local crescent = (torus(11, 4):rotx(90) - sphere(11):move(5, 3, 0)):move(0, top_y + 24, 0) + cylinder(4, 18):move(0, top_y - 4, 0)
    local mins, small = {}, {}
    local mh = hh * 2.3
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        local x, z = sx * (hw + 34), sz * (hw + 34)
        mins[#mins + 1] = cylinder(15, mh):move(x, 0, z) + cylinder(21, 8, 2):move(x, mh * 0.62, z) + cylinder(20, 8, 2):move(x, mh * 0.85, z)
        small[#small + 1] = lathe({{15, 0}, {17, 8}, {12, 22}, {4, 32}, {0.5, 40}}):move(x, mh, z)
      end
    end
    local plinth = B.block(-hw - 58, 0, -hw - 58, hw + 58, 8, hw + 58, 2)
    local shape = (hall + drum + union(mins) + plinth):part("walls") + (onion + union(small)):part("dome") + crescent:part("gold")
    local cut, fill = B.door(0, w * 0.26, hh * 0.7, hw, 1, {arched = true, depth = 14})
    shape = subtract(shape, cut) + fill
    local wins = {}
    for _, face in ipairs({90, 180, 270}) do
      wins[#wins + 1] = B.arch_cut(0, hh * 0.25, w * 0.18, hh * 0.5, hw - 2, 6):roty(face)
    end
    for _, x in ipairs({-hw * 0.62, hw * 0.62}) do wins[#wins + 1] = B.arch_cut(x, hh * 0.3, w * 0.12, hh * 0.42, hw - 2, 6) end
    shape = shape + union(wins):part("door")
    k.attach("top", {0, top_y + 36, 0}, 20)
    return shape
  end,
}
