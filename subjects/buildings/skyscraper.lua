-- A skyscraper: a tall slab of glass curtain wall between stone piers,
-- stepping back near the top to a crown and an antenna spire.
local B = use and use("building")

return {
  id = "skyscraper",
  names = {"skyscraper", "office building", "tower block", "high rise", "highrise", "high-rise", "office tower",
           "apartment building", "apartment block", "block of flats", "building", "city building", "empire state building"},
  lvis = {},
  family = "buildings",
  size_mm = 100000,
  description = "A skyscraper with a glass facade and a spire",
  params = {w = {110, 130}, h = {460, 540}, floors = {18, 24}},
  parts = {
    {"frame", "concrete", color = "#c8c6c0", role = "primary", names = {"frame", "walls", "concrete", "structure"}},
    {"windows", "gloss", color = "#5a84a8", role = "secondary", names = {"windows", "glass", "facade"}},
    {"spire", "steel", color = "#9a9ca4", role = "detail", names = {"spire", "antenna", "mast"}},
    {"door", "gloss", color = "#2a3440", role = "detail", names = {"door", "doors", "entrance"}},
  },
  points = {"top"},
  build = function(k)
    local w, h = k.p.w, k.p.h
    local hw = w / 2
    local n = math.floor(k.p.floors + 0.5)
    local body = B.block(-hw, 0, -hw, hw, h, hw)
    local step1 = B.block(-hw * 0.78, h - 1, -hw * 0.78, hw * 0.78, h + h * 0.1, hw * 0.78)
    local step2 = B.block(-hw * 0.55, h + h * 0.1 - 1, -hw * 0.55, hw * 0.55, h + h * 0.17, hw * 0.55)
    local frame = body + step1 + step2
    -- glass: a skin in bands between floor slabs, cut by vertical piers
    local glass = {}
    local fh = (h - 30) / n
    local skin = B.block(-hw - 1.5, 30, -hw - 1.5, hw + 1.5, h - 6, hw + 1.5)
    local piers = {}
    local np = 4
    for i = 1, np - 1 do
      local x = -hw + w * i / np
      piers[#piers + 1] = B.block(x - 7, 0, -hw - 5, x + 7, h, hw + 5)
      piers[#piers + 1] = B.block(-hw - 5, 0, x - 7, hw + 5, h, x + 7)
    end
    local slabs = {}
    for i = 0, n, 2 do
      slabs[#slabs + 1] = B.block(-hw - 5, 30 + i * fh - 3.5, -hw - 5, hw + 5, 30 + i * fh + 3.5, hw + 5)
    end
    glass[#glass + 1] = skin - union(piers) - union(slabs)
    -- upper steps glazed too
    local top = h + h * 0.1
    glass[#glass + 1] = B.block(-hw * 0.78 - 1.5, h + 8, -hw * 0.78 - 1.5, hw * 0.78 + 1.5, top - 8, hw * 0.78 + 1.5)
      - array(B.block(-hw, h, -hw * 0.78 - 5, -hw + 6, top, hw * 0.78 + 5), 1, 0, 0, 0)
    local spire = cone(8, 1.5, h * 0.22):move(0, h + h * 0.17 - 2, 0) + cylinder(14, 16):move(0, h + h * 0.17 - 2, 0)
    local shape = frame:part("frame") + union(glass):part("windows") + spire:part("spire")
    shape = shape + B.block(-16, 0, hw - 2, 16, 26, hw + 2.5):part("door")
    k.attach("top", {0, h + h * 0.39, 0}, 10)
    return shape
  end,
}
