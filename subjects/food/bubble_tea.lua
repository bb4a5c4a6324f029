-- A bubble tea to go: a tall clear plastic cup, a little narrower at the
-- foot, full of milky tan tea with a heap of dark tapioca pearls pressed
-- against the wall at the bottom, a clear band above the tea, a lid (a
-- sealed film with a rolled rim, or a clear dome) and a wide coloured
-- straw poking out at a slant.
return {
  id = "bubble_tea",
  names = {"bubble tea", "boba", "boba tea", "milk tea", "pearl milk tea", "tapioca tea", "bubble milk tea",
           "boba milk tea", "tapioca milk tea", "pearl tea", "boba drink", "bubble tea cup", "boba cup",
           "brown sugar milk tea", "bobba tea"},
  lvis = {},
  family = "food",
  size_mm = 200,
  description = "A bubble tea in a clear cup with tapioca pearls and a wide straw",
  params = {straw_lean = {6, 11}, turn = {0, 360}, dome = {0, 1}},
  parts = {
    {"tea", "food", color = "#d2a77a", role = "primary", names = {"tea", "milk tea", "drink"}},
    {"straw", "plastic", color = "#e8487a", role = "secondary", names = {"straw"}},
    {"pearls", "candy", color = "#2a1710", role = "detail", names = {"pearls", "tapioca", "tapioca pearls", "bubbles", "balls"}},
    {"cup", "plastic", color = "#eef4f6", role = "detail", names = {"cup", "lid", "dome", "seal"}},
  },
  variants = {
    taro = {names = {"taro bubble tea", "taro boba", "taro tea", "taro milk tea", "purple bubble tea"}, colors = {tea = "#b89ac8"}},
    matcha = {names = {"matcha bubble tea", "matcha boba", "matcha milk tea", "green milk tea"}, colors = {tea = "#a8c27a"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local H = 150
    local r0, r1 = 34, 44
    local function r_at(y) return r0 + (r1 - r0) * math.max(math.min(y / H, 1), 0) end
    local cup = cone(r0, r1, H)
    local fill_y = 130
    -- The tea shows through the wall: a skin just outside it up to the fill line.
    local tea = intersect(cone(r0 + 1.0, r1 + 1.0, H), cylinder(r1 + 20, fill_y - 3):move(0, 3, 0))
    -- Tapioca pearls heaped against the wall at the bottom, half proud of it.
    -- A dark layer of pearls at the bottom, the top ones bulging out of it.
    local band_y = 34
    local pearls = {intersect(cone(r0 + 1.3, r1 + 1.3, H), cylinder(r1 + 20, band_y - 3):move(0, 3, 0))}
    local rows = {{12, 15, 0}, {24, 16, 0.5}, {band_y, 16, 0.1}, {band_y + 8, 9, 0.6}}
    local pr = 6.8
    for j, row in ipairs(rows) do
      local y, n, off = row[1], row[2], row[3]
      for i = 0, n - 1 do
        local a = math.rad(k.p.turn + (i + off) * 360 / n + ((i * 7 + j * 3) % 5 - 2) * 3)
        local r = r_at(y) - 1.2
        pearls[#pearls + 1] = sphere(pr - (i + j) % 3 * 0.5):move(math.cos(a) * r, y + ((i * 5) % 3 - 1) * 1.2, math.sin(a) * r)
      end
    end
    local shape = cup:part("cup") + tea:part("tea") + union(pearls):part("pearls")
    -- The lid.
    local rim = torus(r1 + 1.2, 3.0):move(0, H, 0)
    local top_y
    if k.p.dome > 0.6 then
      local dome = intersect(sphere(r1 + 1):stretch(1, 0.42, 1), box(200, 80, 200):move(0, 40, 0)):move(0, H, 0)
      local collar = cylinder(14, 8, 2):move(0, H + (r1 + 1) * 0.42 - 3, 0)
      shape = shape + (rim + dome + collar):part("cup")
      top_y = H + (r1 + 1) * 0.42 + 5
    else
      local film = cylinder(r1 + 1, 3.5, 1):move(0, H - 1, 0)
      shape = shape + (rim + film):part("cup")
      top_y = H + 3
    end
    -- A wide straw with an angled cut tip, poking well out of the lid.
    local sr = 7
    local len = 235
    local straw = subtract(cylinder(sr, len), cylinder(sr * 0.6, 14):move(0, len - 12, 0))
    straw = subtract(straw, box(40, 40, 40):rotz(35):move(0, len + 16, 0))
    straw = straw:rotz(k.p.straw_lean):roty(200):move(-6, 12, 4)
    shape = shape + straw:part("straw")
    k.attach("inside", {0, 10, 0}, r0 * 2 - 8)
    k.attach("fill", {0, fill_y, 0}, r_at(fill_y) * 2 - 6)
    k.attach("top", {0, top_y, 0}, r1 * 1.4)
    return shape
  end,
}
