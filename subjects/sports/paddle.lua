-- A paddle: a long round shaft with a T-grip at the top and a flat blade,
-- ridged down its middle, at the bottom (a canoe paddle); an oar is longer,
-- with a narrower blade and a collar; a kayak paddle has a blade at each end.
return {
  id = "paddle",
  names = {"paddle", "canoe paddle", "wooden paddle", "boat paddle", "rowing paddle", "sup paddle", "padel"},
  lvis = {"paddle"},
  family = "sports",
  size_mm = 1400,
  description = "A canoe paddle",
  params = {blade_w = {150, 175}},
  parts = {
    {"shaft", "wood", color = "#c89a5c", role = "primary", names = {"shaft", "handle", "wood"}},
    {"blade", "wood", color = "#b88a4c", role = "secondary", names = {"blade", "blades"}},
    {"grip", "wood", color = "#8a5a32", role = "detail", names = {"grip", "collar", "tip"}},
  },
  variants = {
    oar = {names = {"oar", "oars", "rowing oar", "boat oar", "wooden oar"}, size_mm = 2200},
    kayak = {names = {"kayak paddle", "double paddle", "double bladed paddle"}, size_mm = 2100,
             colors = {shaft = "#2a2a2e", blade = "#e04a2a"}},
  },
  attach_to = {"hand"},
  build = function(k)
    local v = k.variant
    local bw = k.p.blade_w
    local function blade(w, len)
      -- a long rounded blade, thin, with a ridge down the middle, tip down
      local outline = {{-w * 0.3, len}, {w * 0.3, len}, {w * 0.5, len * 0.75}, {w * 0.5, len * 0.15}, {w * 0.3, 0}, {-w * 0.3, 0},
                       {-w * 0.5, len * 0.15}, {-w * 0.5, len * 0.75}}
      return extrude(outline, 20, 5) + capsule({0, 10, 0}, {0, len, 0}, 13)
    end
    if v == "kayak" then
      local L = 2000
      local shape = cylinder(16, L - 600):move(0, 300, 0):part("shaft")
      shape = shape + blade(bw, 320):part("blade") + blade(bw, 320):rotz(180):move(0, L, 0):part("blade")
      return shape:rotz(60)
    end
    local L = v == "oar" and 2100 or 1350
    local len = v == "oar" and 600 or 520
    local w = v == "oar" and bw * 0.85 or bw
    local shaft = cylinder(v == "oar" and 22 or 16, L - len + 20):move(0, len - 10, 0)
    local grip = v == "oar" and (cylinder(26, 180, 6):move(0, L - 190, 0) + torus(26, 8):move(0, L * 0.58, 0))
      or (capsule({-55, L, 0}, {55, L, 0}, 18) + cylinder(19, 40):move(0, L - 40, 0))
    -- leaning a little, as a paddle stood on its blade does
    return (shaft:part("shaft") + blade(w, len):part("blade") + grip:part("grip")):rotz(5):roty(20)
  end,
}
