-- A paddle hairbrush lying on its back: a broad rounded paddle running into
-- a long handle, a black rubber cushion set into the face and rows of pin
-- bristles standing out of it, each with a ball tip. The comb lies flat: a
-- slim spine with a row of teeth, coarse at one end and fine at the other.
return {
  id = "hairbrush",
  names = {"hairbrush", "hair brush", "paddle brush", "brush for hair", "brush", "paddle hairbrush",
           "hair paddle brush", "detangling brush", "bristle brush", "cushion brush", "harebrush",
           "hairbrsh", "pin brush"},
  lvis = {"hairbrush"},
  family = "household",
  size_mm = 40,
  description = "A paddle hairbrush with rows of ball-tipped bristles",
  params = {head = {118, 128}},
  parts = {
    {"body", "plastic", color = "#b07848", role = "primary", names = {"body", "handle", "paddle", "back",
                                                                      "frame"}},
    {"cushion", "rubber", color = "#202024", role = "secondary", names = {"cushion", "pad", "rubber"}},
    {"bristles", "plastic", color = "#dcdce0", role = "detail", names = {"bristles", "pins", "bristle", "teeth"}},
    {"tips", "plastic", color = "#18181a", role = "detail", names = {"tips", "ball tips", "balls"}},
  },
  variants = {
    comb = {names = {"comb", "hair comb", "pocket comb", "fine tooth comb", "plastic comb", "combs",
                     "wide tooth comb", "styling comb", "barber comb"},
            size_mm = 5, colors = {body = "#1e1e22"}},
  },
  points = {"top"},
  build = function(k)
    if k.variant == "comb" then
      -- lying flat, long along X: the spine along the back (-Z), teeth to +Z
      local L, D, T = 180, 40, 4
      local spine = box(L, T, 11, 2.5):move(0, T / 2, -D / 2 + 5.5)
      local teeth = {}
      -- coarse teeth over the left half, fine teeth over the right
      local x = -L / 2 + 5
      while x < L / 2 - 3 do
        local fine = x > 0
        local w = fine and 2.4 or 3.4
        local len = D - 11 - (fine and 4 or 0)
        teeth[#teeth + 1] = box(w, T * 0.9, len, 0.6):move(x, T * 0.45, -D / 2 + 10 + len / 2)
        x = x + (fine and 4.6 or 7.5)
      end
      -- end posts: a thick tooth at each end
      for _, sx in ipairs({-1, 1}) do
        teeth[#teeth + 1] = box(4.5, T, D - 6, 1.5):move(sx * (L / 2 - 2.25), T / 2, -D / 2 + 3 + (D - 6) / 2 - 1)
      end
      k.attach("top", {0, T, 0}, L * 0.5)
      return union(spine, union(teeth)):part("body"):roty(-25)
    end

    -- the paddle: an oval head joined to a tapering handle, X along the length
    local HL = k.p.head           -- head length
    local HW = HL * 0.72          -- head width
    local T = 13                  -- paddle thickness
    local hx = 70                 -- head centre
    local head = cylinder(HL / 2, T, 4):stretch(1, 1, HW / HL):move(hx, 0, 0)
    local handle = tube({{hx - HL * 0.38, 7, 0}, {hx - HL * 0.55, 7.5, 0}, {-40, 8.5, 0}, {-100, 9.5, 0},
                         {-118, 9.5, 0}}, 11, 9):stretch(1, 0.7, 1.45)
    local body = smooth(16, head, handle)
    -- a hanging hole in the end of the handle
    body = body - cylinder(4.5, 40):move(-108, -10, 0)
    -- the cushion: a domed rubber pad filling the face of the head
    local cush = cylinder(HL / 2 - 8, 7, 3):stretch(1, 1, HW / HL):move(hx, T - 2, 0)
    local cy = T + 4.5
    -- pins in staggered rows across the pad
    local pins, tips = {}, {}
    local ra, rb = HL / 2 - 15, HW / 2 - 13
    local pin_h = 18
    local pitch = 10.5
    local xs = math.floor(ra / pitch)
    for i = -xs, xs do
      local x = i * pitch
      local half = rb * math.sqrt(math.max(0, 1 - (x / ra) ^ 2))
      local off = (i % 2 == 0) and 0 or pitch * 0.5
      local n = math.floor((half - off) / pitch)
      if half >= off then
        local cnt = 2 * n + 1
        local z0 = -n * pitch + off
        if off > 0 then
          n = math.floor((half + off) / pitch)
          cnt = 2 * n
          z0 = -(n - 0.5) * pitch
          if cnt <= 0 then cnt = 0 end
        end
        if cnt > 0 then
          local pin = cylinder(1.7, pin_h):move(hx + x, cy - 2, z0)
          local tip = sphere(2.9):move(hx + x, cy - 2 + pin_h, z0)
          pins[#pins + 1] = array(pin, cnt, 0, 0, pitch)
          tips[#tips + 1] = array(tip, cnt, 0, 0, pitch)
        end
      end
    end
    k.attach("top", {hx, cy + pin_h + 2, 0}, HW * 0.6)
    return union(body:part("body"), cush:part("cushion"), union(pins):part("bristles"),
                 union(tips):part("tips")):move(-10, 0, 0):roty(-30)
  end,
}
