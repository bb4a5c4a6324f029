-- Tortillas: a stack of thin, pale flatbread rounds, each a little off
-- the one below so the layered edge shows, one more folded in half on
-- top, all freckled with toasted brown spots. A corn tortilla is yellow.
return {
  id = "tortilla",
  names = {"tortilla", "stack of tortillas", "tortilla stack", "flour tortilla", "pile of tortillas", "soft tortilla",
           "flatbread", "chapati", "chapatti", "roti", "tortila", "tortillia"},
  lvis = {"tortilla"},
  family = "food",
  size_mm = 24,
  description = "A stack of tortillas with toasted spots",
  params = {count = {6, 8}, turn = {0, 360}},
  parts = {
    {"tortilla", "food", color = "#eed7a2", role = "primary", names = {"tortilla", "tortillas", "bread"}},
    {"spots", "food", color = "#c08a4a", role = "secondary", names = {"spots", "toasted spots", "char"}},
  },
  variants = {
    corn = {names = {"corn tortilla", "yellow tortilla", "maize tortilla", "stack of corn tortillas"},
            colors = {tortilla = "#f0c860", spots = "#8a5a24"}},
  },
  points = {"top"},
  build = function(k)
    local n = math.floor(k.p.count + 0.5)
    local R, t, step = 105, 5, 4
    local layers = {}
    local ox, oz = 0, 0
    for i = 0, n - 1 do
      local a = math.rad(k.p.turn + i * 97)
      ox, oz = math.cos(a) * 6, math.sin(a) * 6
      local r = R + (i % 3 - 1) * 1.5
      layers[#layers + 1] = cylinder(r, t, 2.4):move(ox, i * step, oz)
    end
    local top_y = (n - 1) * step + t
    local stack = union(layers)
    -- one more on top, folded in half: a half-moon lying over the back half,
    -- its fold a rounded edge across the middle
    local fr = R - 3
    local fa = k.p.turn + 40
    local fold = intersect(cylinder(fr, 2 * t - 0.6, 2.4), box(2 * fr + 20, 40, fr + 10):move(0, 0, -(fr + 10) / 2 + 4))
    fold = fold + capsule({-fr * 0.97, t - 0.3, 3}, {fr * 0.97, t - 0.3, 3}, t - 0.3)
    fold = intersect(fold, cylinder(fr, 40):move(0, -5, 0))
    fold = fold:move(0, top_y - 0.6, 0):roty(fa)
    -- toasted spots, pressed in flush: on the folded half and on the half of
    -- the stack's top it leaves bare
    local spots = {}
    local ga = math.pi * (3 - math.sqrt(5))
    for i = 0, 19 do
      local rr = (R - 16) * math.sqrt((i + 0.5) / 20)
      local a = i * ga
      local px, pz = math.cos(a) * rr, math.sin(a) * rr
      local y = pz < 4 and top_y - 0.6 + 2 * t - 0.8 or top_y - 0.2
      local s = union(ellipsoid(8 + (i % 3) * 3, 1.1, 6 + (i % 2) * 2), ellipsoid(6, 1.1, 5):move(7, 0, 4)):roty(i * 53)
      spots[#spots + 1] = s:move(px, y, pz):roty(fa)
    end
    k.attach("top", {0, top_y + 2 * t, 0}, 2 * R)
    return union(stack:part("tortilla"), fold:part("tortilla"), union(spots):part("spots"))
  end,
}
