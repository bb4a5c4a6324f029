-- A picnic cooler box: a deep red body with rounded corners, a little
-- narrower at the foot; a thick white lid with a
-- raised panel overhangs it; and a white swing handle pivots on bosses on
-- the two short ends and arches over the lid. A moulded grip recess runs
-- under the lid's front edge and a small drain plug sits low on one end.
return {
  id = "cooler",
  names = {"cooler", "cooler box", "picnic cooler", "ice chest", "cool box", "esky", "coolbox",
           "camping cooler", "beach cooler", "portable cooler", "cooler chest", "chilly bin"},
  lvis = {"cooler_(for_food)"},
  family = "household",
  size_mm = 380,
  description = "A red picnic cooler box with a white lid and a swing handle",
  params = {len = {440, 480}, handle = {8, 22}},
  parts = {
    {"body", "plastic", color = "#c8202a", role = "primary", names = {"body", "box", "chest", "sides"}},
    {"lid", "plastic", color = "#f2f2ee", role = "secondary", names = {"lid", "top", "cover"}},
    {"handle", "plastic", color = "#eeeeea", role = "detail", names = {"handle", "bail", "grip"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local W = k.p.len
    local D = 300
    local H = 250                                -- body height
    -- the body: a rounded box on a slightly narrower foot
    local body = box(W, H - 10, D, 30):move(0, H / 2 + 5, 0)
    body = smooth(10, body, box(W - 24, 20, D - 24, 8):move(0, 10, 0))
    -- a grip recess under the front of the lid
    body = smooth_sub(body, box(W * 0.45, 26, 40, 10):move(0, H - 22, D / 2 + 8), 4)
    -- the lid: a thick white slab overhanging the body, a raised panel on it
    local lid = box(W + 12, 42, D + 12, 16):move(0, H + 19, 0)
      + box(W - 70, 10, D - 70, 8):move(0, H + 40, 0)
    -- pivot bosses on the short ends and the swing handle over the lid
    local py = H - 24
    local ex = W / 2 + 4
    local handle = empty()
    local bosses = empty()
    for _, s in ipairs({-1, 1}) do
      bosses = bosses + cylinder(22, 16, 5):rotz(-90 * s):move(s * (ex - 8), py, 0)
    end
    local lean = k.p.handle
    local hx = ex + 14
    local top = H + 88
    local pts = {{-hx + 4, py, 0}, {-hx, py + 30, 0}, {-hx + 4, top - 40, 0}, {-hx + 40, top, 0}, {hx - 40, top, 0},
                 {hx - 4, top - 40, 0}, {hx, py + 30, 0}, {hx - 4, py, 0}}
    handle = polyline(pts, 9):round(2)
    handle = handle:move(0, -py, 0):rotx(-lean):move(0, py, 0)
    handle = handle + cylinder(14, 14, 4):rotz(90):move(-hx - 4, py, 0) + cylinder(14, 14, 4):rotz(-90):move(hx + 4, py, 0)
    -- the drain plug low on the right end
    local plug = cylinder(12, 10, 3):rotz(-90):move(W / 2 - 4, 30, D * 0.18)
    k.attach("top", {0, H + 45, 0}, W * 0.6)
    k.attach("inside", {0, 40, 0}, W * 0.5)
    return union(body:part("body"), lid:part("lid"), (handle + bosses + plug):part("handle"))
  end,
}
