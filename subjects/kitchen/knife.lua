-- A kitchen knife lying flat: a long steel blade with a straight spine
-- curving down to the point, a bolster and a dark handle with rivets. A
-- table knife has a rounded tip and a metal handle; a cleaver a square blade.
return {
  id = "knife",
  names = {"knife", "kitchen knife", "chef knife", "chef's knife", "chefs knife", "cooking knife", "carving knife",
           "paring knife", "utility knife", "nife", "knive"},
  lvis = {"knife", "steak_knife"},
  family = "kitchen",
  size_mm = 22,
  description = "A kitchen knife with a dark handle",
  params = {blade = {170, 210}, width = {40, 48}},
  parts = {
    {"blade", "steel", color = "#d0d4da", role = "primary", names = {"blade", "steel", "edge"}},
    {"handle", "wood", color = "#2a1e18", role = "secondary", names = {"handle", "grip"}},
    {"rivets", "steel", color = "#c8ccd2", role = "detail", names = {"rivets", "bolster"}},
  },
  variants = {
    table = {names = {"table knife", "butter knife", "dinner knife", "steak knife"}, size_mm = 14,
             colors = {handle = "#c8ccd2"}},
    cleaver = {names = {"cleaver", "meat cleaver", "butcher knife"}, size_mm = 26},
  },
  points = {"top"},
  build = function(k)
    local v = k.variant
    local L, W = k.p.blade, k.p.width
    local outline
    if v == "table" then
      L, W = 110, 18
      outline = {{0, 0}, {L * 0.9, 0}, {L, W * 0.3}, {L * 0.95, W * 0.8}, {L * 0.8, W}, {0, W}}
    elseif v == "cleaver" then
      L, W = 180, 85
      outline = {{0, 0}, {L, -4}, {L, W}, {0, W}}
    else
      -- Edge along y = 0 rising to the tip; spine at y = W.
      outline = {{0, 0}, {L * 0.55, 0}, {L * 0.8, W * 0.18}, {L * 0.93, W * 0.48}, {L, W * 0.85}, {L * 0.7, W}, {0, W}}
    end
    -- The outline lies in XY; extruded thin along Z, then laid flat (Z up).
    local blade = extrude(outline, v == "cleaver" and 4 or 2.2, 0.6):move(0, -W, 0)
    local hl = v == "table" and 100 or 120
    local hw = v == "table" and 14 or 24
    local handle = box(hl, hw, v == "table" and 7 or 16, v == "table" and 3 or 6):move(-hl / 2 - 10, -W + hw / 2 + 2, 0)
    local bolster = box(14, hw + 4, 12, 3):move(-6, -W + hw / 2 + 2, 0)
    local rivets = {}
    if v ~= "table" then
      for _, x in ipairs({-35, -75, -110}) do
        rivets[#rivets + 1] = cylinder(3.5, 18):move(0, -9, 0):rotx(90):move(x, -W + hw / 2 + 2, 0)
      end
    end
    if v == "cleaver" then
      blade = subtract(blade, cylinder(10, 20):move(0, -10, 0):rotx(90):move(L - 25, -15, 0))
    end
    local shape = blade:part("blade") + handle:part("handle") + bolster:part(v == "table" and "handle" or "rivets")
    if #rivets > 0 then shape = shape + union(rivets):part("rivets") end
    -- Lay it flat: the blade's flat side down.
    shape = shape:rotx(-90)
    k.attach("top", {0, 10, 0}, 30)
    return shape
  end,
}
