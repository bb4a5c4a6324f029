-- A jewelry box (ring box): a small lacquered box with its lid hinged open
-- at the back, showing a velvet lining; "inside" is on the velvet, so "a
-- ring in a box" sits in it. A ring box is a small velvet cube.
return {
  id = "jewelry_box",
  names = {"jewelry box", "jewellery box", "jewel box", "trinket box", "keepsake box", "jewelry case",
           "jewelry chest", "jewelery box", "jewlery box"},
  lvis = {"box"},
  family = "household",
  size_mm = 150,
  description = "An open jewelry box with a velvet lining",
  params = {w = {200, 240}, d = {130, 160}},
  parts = {
    {"box", "wood", color = "#5a2a1e", role = "primary", names = {"box", "wood", "lid", "case"}},
    {"velvet", "fabric", color = "#a01830", role = "secondary", names = {"velvet", "lining", "inside", "cushion"}},
    {"trim", "gold", color = "#d4aa40", role = "detail", names = {"trim", "clasp", "hinges", "feet"}},
  },
  variants = {
    ring = {names = {"ring box", "engagement ring box", "ring case"}, size_mm = 70, colors = {box = "#1e2a5a", velvet = "#f0ece4"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local ring = k.variant == "ring"
    local w, d, h = k.p.w, k.p.d, 80
    if ring then w, d, h = 60, 60, 36 end
    local t = ring and 5 or 10
    local body = subtract(box(d, h, w, ring and 10 or 5), box(d - 2 * t, h, w - 2 * t, 3):move(0, t + 4, 0)):move(0, h / 2, 0)
    local lining = box(d - 2 * t, h * 0.45, w - 2 * t, 4):move(0, t + h * 0.225, 0)
    local slot
    if ring then
      lining = ellipsoid((d - 2 * t) / 2, h * 0.42, (w - 2 * t) / 2):move(0, h * 0.42, 0) * box(d, h, w):move(0, h / 2, 0)
      slot = box(4, 20, w - 2 * t):move(0, h * 0.86, 0)
      lining = subtract(lining, slot)
    end
    -- Lid: a shallow tray hinged at the back top edge (-X), swung open.
    local lh = ring and h * 0.55 or h * 0.5
    local lid = subtract(box(d, lh, w, ring and 10 or 5), box(d - 2 * t, lh, w - 2 * t, 3):move(0, -t, 0))
    local lid_lining = box(d - 2 * t, 3, w - 2 * t):move(0, lh / 2 - t - 1, 0)
    local function open(s) return s:move(d / 2, lh / 2, 0):rotz(105):move(-d / 2, h, 0) end
    lid, lid_lining = open(lid), open(lid_lining)
    if ring then
      -- A hinge barrel along the back edge joins the rounded lid to the box.
      lid = lid + capsule({-d / 2, h - 3, -(w - 14) / 2}, {-d / 2, h - 3, (w - 14) / 2}, 5)
    end
    local trim = box(6, 14, 16, 2):move(d / 2 + 2, h - 12, 0)
    if not ring then
      for _, sx in ipairs({-1, 1}) do
        for _, sz in ipairs({-1, 1}) do trim = trim + sphere(8):move(sx * (d / 2 - 10), 2, sz * (w / 2 - 10)) end
      end
      trim = trim + subtract(box(d + 2, 5, w + 2, 2), box(d - 2 * t, 10, w - 2 * t)):move(0, h - 3, 0)
    end
    local floor_y = ring and h * 0.84 or t + h * 0.45
    k.attach("inside", {0, floor_y, 0}, math.min(w, d) - 2 * t)
    k.attach("top", {0, floor_y, 0}, math.min(w, d) - 2 * t)
    return (body + lid):part("box") + (lining + lid_lining):part("velvet") + trim:part("trim")
  end,
}
