-- A jar: a wide-mouthed cylindrical vessel with rounded shoulders, a short
-- threaded neck and a screw lid (a cookie jar has a ceramic lid and knob).
local V = use("vessel")

return {
  id = "jar",
  names = {"jar", "glass jar", "mason jar", "jam jar", "pickle jar", "storage jar", "canning jar",
           "spice jar", "jelly jar"},
  lvis = {"jar"},
  family = "vessels",
  size_mm = 150,
  description = "A glass jar with a screw lid",
  params = {radius = {42, 52}, height = {120, 150}},
  parts = {
    {"body", "glass", color = "#d8e8e4", role = "primary", names = {"body", "glass"}},
    {"lid", "steel", color = "#c8b070", role = "secondary", names = {"lid", "cap", "top"}},
    -- A cookie jar is glazed earthenware, not glass.
    {"crock", "ceramic", color = "#e8dcc0", role = "primary", names = {"earthenware"}},
    -- A honey jar: open, full of honey, with a paper label and a dipper.
    {"honey", "glazed", color = "#e09a28", role = "detail", names = {"honey"}},
    {"label", "paper", color = "#f4ead0", role = "detail", names = {"label", "sticker"}},
  },
  variants = {
    cookie = {names = {"cookie jar", "biscuit jar", "ceramic jar", "crock"}, size_mm = 220,
              colors = {body = "#e8dcc0", lid = "#e8dcc0"}},
    open = {names = {"open jar", "empty jar"}},
    honey = {names = {"honey jar", "honey pot", "honeypot", "jar of honey", "pot of honey", "jar of jam", "jam pot"},
             colors = {lid = "#b07a44"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local cookie = k.variant == "cookie"
    local r, h = k.p.radius, k.p.height
    if cookie then r, h = 70, 160 end
    local neck = r * (cookie and 0.8 or 0.78)
    local sh = cookie and 0.78 or 0.82
    local prof = V.keyed({{0, r - 3}, {0.03, r}, {sh, r}, {sh + 0.08, neck + 2}, {0.92, neck}, {1, neck}}, h, 24)
    local wall = cookie and 5 or 3.5
    -- A lidded jar is solid: a hollow closed by the lid would be a loose inner
    -- skin. One that holds something asked for is open, so it shows.
    local open = k.variant == "open" or k.variant == "honey" or k.filled
    local body = (open and vessel(prof, wall, 6) or lathe(prof)):part(cookie and "crock" or "body")
    local shape = body
    if not cookie then
      -- Threads on the neck.
      shape = shape + torus(neck, 1.4):move(0, h * 0.95, 0):part("body") + torus(neck, 1.4):move(0, h * 0.9, 0):part("body")
    end
    local top = h
    if not open then
      local lid
      if cookie then
        lid = lathe({{neck + 6, 0}, {neck + 6, 8}, {neck * 0.9, 20}, {neck * 0.4, 28}, {12, 30}, {16, 40}, {14, 48}, {1, 50}})
        top = h + 48
      else
        lid = cylinder(neck + 3, 16, 3)
        -- Knurled edge.
        lid = subtract(lid, radial(box(3, 12, 3):move(neck + 3.5, 8, 0), 36))
        top = h + 14
      end
      shape = shape + lid:move(0, h - 2, 0):part(cookie and "crock" or "lid")
    end
    if k.variant == "honey" then
      -- an open pot of honey, seen through the glass (kept clear of the
      -- wall), a wooden dipper standing in it against the rim, a label
      shape = shape + cylinder(r - wall - 3, h * 0.72 - 1):move(0, 2, 0):part("honey")
      shape = shape + subtract(cylinder(r + 0.8, h * 0.3), cylinder(r - 1.5, h * 0.4):move(0, -5, 0)):move(0, h * 0.2, 0):part("label")
      local tip = {r * 0.35, h * 0.25, 0}
      local dipper = polyline({tip, {-neck * 0.75, h + h * 0.45, 0}}, 3.2)
      for i = 0, 3 do
        dipper = dipper + torus(7 - math.abs(i - 1.5), 2.2):rotz(-18):move(tip[1] - i * 1.8, tip[2] + i * 5, 0)
      end
      shape = shape + dipper:part("lid")
    end
    V.cavity(k, prof, wall, 6, 0.75)
    k.attach("top", {0, top, 0}, 2 * neck)
    return shape
  end,
}
