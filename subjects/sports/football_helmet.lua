-- A football helmet: a glossy rounded shell that comes down over the cheeks
-- and jaw, open at the face, with a stripe down the middle, ear holes on the
-- sides, dark padding inside and a cage face mask of curved bars clipped to
-- the brow and the jaw flaps.
return {
  id = "football_helmet",
  names = {"football helmet", "american football helmet", "gridiron helmet", "nfl helmet", "footbal helmet",
           "football helmet with face mask", "college football helmet", "helmet with a face mask"},
  lvis = {"football_helmet"},
  family = "sports",
  size_mm = 250,
  description = "An American football helmet with a face mask",
  params = {},
  parts = {
    {"shell", "plastic", color = "#b81e2a", role = "primary", names = {"shell", "helmet", "body"}},
    {"stripe", "plastic", color = "#f4f4f2", role = "secondary", names = {"stripe", "stripes", "band"}},
    {"mask", "plastic", color = "#a8acb2", role = "detail", names = {"mask", "face mask", "facemask", "cage", "bars", "grill"}},
    {"padding", "rubber", color = "#1c1c20", role = "detail", names = {"padding", "pads", "lining"}},
    {"strap", "plastic", color = "#eeeeec", role = "detail", names = {"chin strap", "strap", "chin cup"}},
  },
  attach_to = {"head", "top"},
  build = function(k)
    local S = 110
    local cy = S * 1.0
    local function shellof(f) return ellipsoid(S * 1.16 * f, S * 0.98 * f, S * 0.94 * f):move(0, cy, 0) end
    -- where the shell is cut away: the floor, the face, the nape
    local face = box(S * 2, cy + S * 0.1, S * 1.22, S * 0.18):move(S * 1.32, (cy + S * 0.08) / 2 - S * 0.1, 0)
    local nape = box(S * 2, S * 0.9, S * 3):rotz(-18):move(-S * 1.15, S * 0.1, 0)
    local jaw = box(S * 2, S * 0.6, S * 3):rotz(22):move(S * 0.3, -S * 0.52, 0)
    local cuts = union(box(S * 4, S * 2, S * 4):move(0, -S, 0), face, nape, jaw)
    local shell = subtract(shellof(1), shellof(0.9), cuts)
    local pad = subtract(shellof(0.905), shellof(0.84), cuts)
    -- ear holes, each in a little raised ring
    local ears, rings = {}, {}
    for _, s in ipairs({-1, 1}) do
      ears[#ears + 1] = cylinder(S * 0.09, S * 0.6):rotx(90):move(-S * 0.08, cy - S * 0.38, s * S * 0.72)
      rings[#rings + 1] = intersect(torus(S * 0.13, S * 0.035):rotx(90):move(-S * 0.08, cy - S * 0.38, s * S * 0.8),
                                    shellof(1.04))
    end
    shell = subtract(union(shell, union(rings)), union(ears))
    pad = subtract(pad, union(ears))
    -- the stripe over the crown, front to back
    local stripe = intersect(subtract(shellof(1.012), shellof(0.95)), box(S * 3, S * 1.2, S * 0.2):move(0, cy + S * 0.6, 0))
    stripe = subtract(stripe, cuts)
    -- the face mask: three bars curving round the front, a centre bar, two
    -- cheek uprights, clips at the brow, tied into the jaw flaps
    local bars = {}
    local function arc(y, fwd, side)
      local pts = {}
      for i = -4, 4 do
        local a = math.rad(i * 22.5)
        pts[#pts + 1] = {S * 0.3 + math.cos(a) * fwd, y, math.sin(a) * side}
      end
      return tube(pts, S * 0.042)
    end
    local y1, y2, y3 = cy - S * 0.02, cy - S * 0.42, cy - S * 0.78
    bars[#bars + 1] = arc(y1, S * 0.98, S * 0.8)
    bars[#bars + 1] = arc(y2, S * 1.08, S * 0.8)
    bars[#bars + 1] = arc(y3, S * 0.98, S * 0.74)
    bars[#bars + 1] = tube({{S * 1.28, y1, 0}, {S * 1.38, y2, 0}, {S * 1.28, y3, 0}}, S * 0.042)
    for _, s in ipairs({-1, 1}) do
      local a = math.rad(40)
      bars[#bars + 1] = tube({{S * 0.3 + math.cos(a) * S * 0.98, y1, s * math.sin(a) * S * 0.8},
                              {S * 0.3 + math.cos(a) * S * 1.08, y2, s * math.sin(a) * S * 0.8},
                              {S * 0.3 + math.cos(a) * S * 0.98, y3, s * math.sin(a) * S * 0.74}}, S * 0.042)
      -- the ends of the bars run into the jaw flaps; clips hold the top bar to the brow
      bars[#bars + 1] = capsule({S * 0.3, y1, s * S * 0.8}, {S * 0.12, y1 - S * 0.04, s * S * 0.84}, S * 0.05)
      bars[#bars + 1] = capsule({S * 0.3, y3, s * S * 0.74}, {S * 0.14, y3 + S * 0.02, s * S * 0.78}, S * 0.05)
      bars[#bars + 1] = box(S * 0.14, S * 0.1, S * 0.14, S * 0.03):move(S * 1.0, y1 + S * 0.04, s * S * 0.5)
    end
    -- the chin cup under the face mask on straps from the jaw flaps
    local cup = subtract(ellipsoid(S * 0.2, S * 0.15, S * 0.3), ellipsoid(S * 0.17, S * 0.13, S * 0.26):move(-S * 0.05, S * 0.03, 0))
      :rotz(20):move(S * 0.88, S * 0.1, 0)
    local straps = {cup}
    for _, s in ipairs({-1, 1}) do
      straps[#straps + 1] = capsule({S * 0.2, S * 0.3, s * S * 0.82}, {S * 0.85, S * 0.14, s * S * 0.26}, S * 0.04)
    end
    local helmet = union(union(straps):part("strap"), shell:part("shell"), stripe:part("stripe"), pad:part("padding"), union(bars):part("mask"))
    -- worn, it faces forward; on its own it turns its face mask to the viewer
    if k.worn then return helmet end
    return helmet:rotz(8):roty(-18)
  end,
}
