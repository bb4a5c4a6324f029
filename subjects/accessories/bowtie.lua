-- A bowtie: two pleated wings and a knot. Worn at the neck: it is built
-- lying on its back (face up), so on a host's neck point it faces forward.
return {
  id = "bowtie",
  names = {"bowtie", "bow tie", "bow-tie", "dickie bow", "dicky bow", "neck bow", "butterfly tie"},
  lvis = {"bow-tie", "bow_(decorative_ribbons)"},
  family = "accessories",
  size_mm = 30,
  description = "A bowtie",
  parts = {
    {"bow", "fabric", color = "#c8202c", role = "primary", names = {"bow", "bowtie", "wings"}},
    {"knot", "fabric", color = "#c8202c", role = "secondary", names = {"knot", "middle", "centre", "center"}},
    {"dots", "fabric", color = "#f4f4f4", role = "detail", names = {"dots", "polka dots", "spots"}},
  },
  attach_to = {"neck", "top"},
  build = function(k)
    -- Built facing +X (wings along Z, height along Y), then laid on its back.
    local w, h, t = 120, 60, 22
    local shape = empty()
    for _, s in ipairs({-1, 1}) do
      local wing = loft({
        {y = 4, rx = t * 0.3, rz = h * 0.16},
        {y = w * 0.22, rx = t * 0.45, rz = h * 0.32},
        {y = w * 0.44, rx = t * 0.5, rz = h * 0.5},
        {y = w * 0.5, rx = t * 0.4, rz = h * 0.42},
      }):rotx(s * 90)
      -- loft sections are rx (x) and rz (z); after rotx(±90), y→±z and z→∓y: height on Y.
      local pleat = torus(h * 0.28, 2.5):rotx(90):stretch(1, 1.2, 1):move(0, 0, s * w * 0.3)
      shape = shape + smooth(2, wing, intersect(pleat, wing:scale(1.06))):part("bow")
    end
    local knot = ellipsoid(t * 0.55, h * 0.3, w * 0.1):part("knot")
    shape = smooth(2, shape, knot)
    shape = shape:move(t * 0.5, 0, 0)
    return shape:rotz(90)
  end,
}
