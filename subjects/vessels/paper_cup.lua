-- A disposable paper coffee cup to go: a tapered white paper cylinder, wide
-- at the top, a rolled rim under a white plastic lid (a skirt snapped over
-- the rim, a raised drinking ring with a sip hole, a sunken middle), and a
-- brown corrugated cardboard sleeve round its middle with a printed round
-- logo. Asked to hold something, it is left open. The plain variant is a
-- small open water cup (a dixie cup) with a rolled rim and a printed band.
return {
  id = "paper_cup",
  names = {"paper cup", "coffee cup to go", "takeaway cup", "take away cup", "takeaway coffee cup", "to go cup",
           "to go coffee cup", "coffee to go", "takeout cup", "take out cup", "takeout coffee cup", "disposable cup",
           "disposable coffee cup", "paper coffee cup", "coffee cup with lid", "coffee cup with a lid",
           "cafe cup", "latte to go"},
  lvis = {"Dixie_cup"},
  family = "vessels",
  size_mm = 128,
  description = "A disposable paper coffee cup with a plastic lid and a cardboard sleeve",
  params = {turn = {0, 40}},
  parts = {
    {"cup", "paper", color = "#f6f5f1", role = "primary", names = {"cup", "body", "paper", "paper cup"}},
    {"sleeve", "paper", color = "#a8774a", role = "secondary",
     names = {"sleeve", "cardboard sleeve", "cup sleeve", "band", "holder", "java jacket", "zarf"}},
    {"lid", "plastic", color = "#f2f2ef", role = "detail", names = {"lid", "cap", "top", "plastic lid", "cover"}},
    {"logo", "paper", color = "#2f6e4a", role = "detail", names = {"logo", "print", "label", "emblem", "pattern", "design"}},
  },
  variants = {
    plain = {names = {"dixie cup", "plain paper cup", "paper water cup", "water cooler cup", "paper drinking cup",
                      "bathroom cup", "small paper cup"},
             size_mm = 80, colors = {logo = "#6aa8d8"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local plain = k.variant == "plain"
    local H, rb, rt = 112, 30, 45
    if plain then H, rb, rt = 76, 24, 35 end
    local function r_at(y) return rb + (rt - rb) * y / H end
    local prof = {{rb - 1.5, 0}, {rb, 2.5}, {rt, H}}
    local rim = torus(rt + 0.2, 2.6):move(0, H - 1.2, 0)
    local open = plain or k.filled
    local cup
    if open then
      -- (a thick floor: the cup's recessed base, and room under a liquid)
      cup = vessel(prof, 2.2, 10)
    else
      -- closed by the lid: a solid body, no hidden pocket inside
      cup = revolve({{0, 0}, {rb - 1.5, 0}, {rb, 2.5}, {rt, H}, {0, H}})
    end
    cup = cup + rim
    local logo, sleeve = empty(), empty()
    local a = k.p.turn
    if plain then
      -- a printed band round the top
      local y0, y1 = H * 0.62, H * 0.8
      logo = subtract(cone(r_at(y0) + 0.8, r_at(y1) + 0.8, y1 - y0):move(0, y0, 0), cone(r_at(y0) - 1, r_at(y1) - 1, y1 - y0 + 2):move(0, y0 - 1, 0))
    else
      -- The sleeve: a band of corrugated card round the middle.
      local y0, y1 = H * 0.3, H * 0.72
      local band = cone(r_at(y0) + 2.2, r_at(y1) + 2.2, y1 - y0)
      local rib = capsule({r_at(y0) + 2.0, 2.5, 0}, {r_at(y1) + 2.0, y1 - y0 - 2.5, 0}, 1.3)
      band = band + radial(rib, 40)
      sleeve = subtract(band:move(0, y0, 0), cone(r_at(y0) - 3, r_at(y1) - 3, y1 - y0 + 2):move(0, y0 - 1, 0))
      -- a round printed logo on the cup above the sleeve
      local ym = H * 0.84
      local disc = cylinder(9, 14):rotz(-90):move(r_at(ym) - 6, ym, 0)
      logo = intersect(disc, cone(r_at(0) + 0.9, r_at(H) + 0.9, H)):roty(-a - 30)
    end
    local shape = union(cup:part("cup"), sleeve:part("sleeve"), logo:part("logo"))
    local top = H + 2
    if not open then
      -- The lid: a skirt snapped over the rim, a raised drinking ring, a
      -- sunken middle, and a raised sip hole at the front.
      local lid = revolve({{0, H + 1}, {rt - 4, H - 1}, {rt + 3.6, H - 5}, {rt + 4.6, H + 2}, {rt + 3, H + 8},
                           {rt - 2, H + 11}, {rt - 8, H + 9}, {rt - 11, H + 5}, {0, H + 5}})
      local sx = rt - 5
      local spout = ellipsoid(9, 4, 12):move(sx, H + 11, 0)
      local hole = box(6, 8, 11, 2.5):move(sx + 1, H + 15, 0)
      lid = subtract(lid + spout, hole):roty(-a - 20)
      shape = shape + lid:part("lid")
      top = H + 12
    end
    k.attach("inside", {0, 10, 0}, 2 * (r_at(10) - 2.2))
    k.attach("fill", {0, H * 0.85, 0}, 2 * (r_at(H * 0.85) - 2.2))
    k.attach("top", {0, top, 0}, rt * 1.4)
    return shape
  end,
}
