-- A felt-tip marker pen lying on its side with the cap on: a round white
-- barrel with a wide printed band in the ink's colour, an end plug of the
-- same colour, and a cap of that colour with a grip ring at its mouth, a
-- domed end and a flat clip along its top. The highlighter is a chunkier,
-- flattened pen in fluorescent yellow with a bevelled cap.
return {
  id = "marker",
  names = {"marker", "marker pen", "felt tip pen", "felt tip marker", "permanent marker",
           "whiteboard marker", "felt pen", "dry erase marker", "felt tip", "felt marker", "marking pen"},
  lvis = {"marker"},
  family = "household",
  size_mm = 22,
  description = "A black felt-tip marker pen with its cap on",
  params = {len = {128, 138}, cap = {52, 58}},
  parts = {
    {"cap", "plastic", color = "#1a1a1c", role = "primary", names = {"cap", "ink", "end", "lid", "top", "clip"}},
    {"barrel", "plastic", color = "#ecebe6", role = "secondary", names = {"barrel", "body", "handle", "pen"}},
  },
  variants = {
    highlighter = {names = {"highlighter", "highlighter pen", "highlighting pen", "highlight marker", "highlighter marker", "fluorescent marker"},
                   size_mm = 26, colors = {cap = "#e8f020", barrel = "#f2f63a"}},
  },
  points = {"top"},
  build = function(k)
    local hl = k.variant == "highlighter"
    local L = hl and k.p.len * 0.9 or k.p.len
    local r = hl and 10.5 or 7.6                 -- barrel radius
    local sq = hl and 0.8 or 1                   -- a highlighter is flattened
    local capL = hl and k.p.cap * 0.85 or k.p.cap
    local x0 = -L / 2                            -- the butt end
    local x1 = L / 2                             -- the cap's end
    local xc = x1 - capL                         -- the cap's mouth
    local function rod(a, b, rad, round)
      return cylinder(rad, b - a, round or 0):rotz(-90):move(a, 0, 0)
    end
    -- the barrel, narrowing a little towards the butt, and its end plug
    local barrel = smooth(3, rod(x0 + 6, xc + 2, r, 1.5), cone(r, r * 0.9, 14):rotz(90):move(x0 + 20, 0, 0))
    local plug = rod(x0, x0 + 8, r * 0.86, 2.5)
    -- the printed band round the barrel
    local band = rod(x0 + L * 0.3, x0 + L * 0.46, r + 0.35)
    -- the cap: a grip ring at the mouth, a straight body, a domed or bevelled end
    local cr = r + 1.1
    local cap = rod(xc, x1 - cr * 0.6, cr, 1.2) + rod(xc - 0.5, xc + 4, cr + 0.5, 1)
    if hl then
      cap = cap + intersect(rod(x1 - cr * 0.8, x1, cr, 2), box(60, 200, 200):rotz(35):move(x1 - 28, 0, 0))
    else
      cap = cap + ellipsoid(cr * 0.75, cr, cr):move(x1 - cr * 0.6, 0, 0)
    end
    -- the clip along the top of the cap, joined at the cap's end
    local clip = box(capL * 0.62, 2.4, 5.5, 1):move(x1 - capL * 0.31 - 9, cr * sq + 2.3, 0)
      + box(8, 4.5, 5.5, 1.2):move(x1 - 12, cr * sq + 0.9, 0)
      + ellipsoid(3, 2, 3.2):move(x1 - capL * 0.62 - 8, cr * sq + 2.2, 0)
    local pen = union(barrel:part("barrel"), (plug + band + cap):part("cap"))
    pen = pen:stretch(1, sq, 1) + clip:part("cap")
    k.attach("top", {0, r * 2 + 4, 0}, L * 0.5)
    -- lying on its side, turned a little so its length faces the viewer
    return pen:move(0, cr * sq, 0):roty(18)
  end,
}
