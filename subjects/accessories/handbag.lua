-- A lady's handbag standing on its base: a structured leather bag, wider at
-- the bottom than the top, with a flap over the front closed by a gold
-- turn-lock clasp and two rounded top handles on gold rings. The shoulder
-- bag swaps the handles for one long strap; the clutch is a flat envelope
-- with a pointed flap; the coin purse is a soft pouch on a gold kiss-lock
-- frame.

-- A trapezoid outline in the XY plane, bottom width wb, top wt, from y0 to
-- y1, its corners rounded (bottom rb, top rt).
local function trapezoid(wb, wt, h, rb, rt, y0)
  y0 = y0 or 0
  local pts = {}
  local function arc(cx, cy, r, a0, a1)
    for i = 0, 5 do
      local a = math.rad(a0 + (a1 - a0) * i / 5)
      pts[#pts + 1] = {cx + r * math.cos(a), cy + r * math.sin(a)}
    end
  end
  local b, t = wb / 2, wt / 2
  local sl = (b - t) / h
  arc(b - rb, y0 + rb, rb, -90, 0)
  arc(t - rt + sl * rt, y0 + h - rt, rt, 0, 90)
  arc(-t + rt - sl * rt, y0 + h - rt, rt, 90, 180)
  arc(-b + rb, y0 + rb, rb, 180, 270)
  return pts
end

-- An arched handle over the top, along Z, from z = -half to +half at x.
local function arch(x, y, half, rise, r)
  local pts = {}
  for i = 0, 10 do
    local a = math.pi * i / 10
    pts[#pts + 1] = {x, y + rise * math.sin(a) ^ 0.85, -half * math.cos(a)}
  end
  return tube(pts, r)
end

return {
  id = "handbag",
  names = {"handbag", "purse", "hand bag", "lady s bag", "ladies bag", "ladies handbag", "womens handbag",
           "designer bag", "designer handbag", "leather handbag", "pocketbook", "top handle bag",
           "handbage", "kelly bag", "birkin style bag", "lady bag", "fashion bag"},
  lvis = {"handbag", "shoulder_bag", "clutch_bag"},
  family = "accessories",
  size_mm = 300,
  description = "A structured leather handbag with a flap, a gold clasp and two top handles",
  params = {w = {280, 310}, rise = {85, 105}},
  parts = {
    {"bag", "leather", color = "#a4552e", role = "primary", names = {"bag", "body", "leather", "pouch"}},
    {"flap", "leather", color = "#8c4424", role = "primary", names = {"flap", "front flap", "cover", "top"}},
    {"handles", "leather", color = "#6a3018", role = "secondary", names = {"handles", "handle", "strap", "straps",
                                                                      "shoulder strap", "trim", "piping"}},
    {"hardware", "gold", color = "#d8b058", role = "detail", names = {"clasp", "hardware", "lock", "buckle",
                                                                    "rings", "feet", "frame", "kiss lock",
                                                                    "turn lock", "gold clasp"}},
  },
  variants = {
    shoulder = {names = {"shoulder bag", "crossbody bag", "cross body bag", "crossbody", "satchel",
                         "messenger handbag", "sling bag"}},
    clutch = {names = {"clutch", "clutch bag", "clutch purse", "envelope clutch", "evening bag",
                       "envelope bag", "evening clutch"}, size_mm = 150,
              colors = {bag = "#262628", flap = "#262628"}},
    purse = {names = {"coin purse", "change purse", "kiss lock purse", "kisslock purse", "frame purse",
                      "clasp purse", "coin pouch", "money purse"}, size_mm = 120,
             colors = {bag = "#b83848", flap = "#b83848"}},
  },
  hangs = true,
  attach_to = {"hand", "top"},
  points = {"top"},
  build = function(k)
    local v = k.variant
    if v == "clutch" then
      -- a flat envelope standing on its long edge, facing +X
      local W, H, D = 260, 140, 34
      local body = box(D, H, W, 12):move(0, H / 2, 0)
      -- the envelope flap: a triangle folding down over the front from the top
      local tip = H * 0.32
      local flap = extrude({{-W / 2 + 3, H}, {W / 2 - 3, H}, {12, tip + 5}, {0, tip}, {-12, tip + 5}}, 7, 2.5)
      flap = flap:roty(90):move(D / 2 + 1.5, 0, 0)
      local top = box(D + 6, 8, W - 4, 4):move(0, H - 2, 0)
      local clasp = cylinder(9, 6, 2):rotz(-90):move(D / 2 + 2, tip + 2, 0)
      k.attach("top", {0, H + 2, 0}, W * 0.6)
      return union(body:part("bag"), (flap + top):part("flap"), clasp:part("hardware")):roty(-15)
    end
    if v == "purse" then
      -- a soft rounded pouch under a gold frame with two kissing ball knobs
      local W, H, D = 130, 96, 48
      -- fat and round at the bottom, pinched flat into the frame at the top
      local pouch = loft({{y = 2, rx = D * 0.22, rz = W * 0.25}, {y = 12, rx = D * 0.45, rz = W * 0.45},
                          {y = H * 0.4, rx = D * 0.5, rz = W * 0.5}, {y = H * 0.7, rx = D * 0.36, rz = W * 0.47},
                          {y = H - 8, rx = 5, rz = W * 0.44}})
      -- the frame: an arched rod along each lip, joined at the hinges
      local frame = {}
      for _, sx in ipairs({-1, 1}) do
        local pts = {}
        for i = 0, 10 do
          local a = math.pi * i / 10
          pts[#pts + 1] = {sx * 3.5, H - 8 + 10 * math.sin(a), -W * 0.44 * math.cos(a)}
        end
        frame[#frame + 1] = tube(pts, 3.2)
      end
      for _, sz in ipairs({-1, 1}) do
        frame[#frame + 1] = ellipsoid(7, 6, 6):move(0, H - 8, sz * W * 0.44)
      end
      -- the kiss lock: two balls on short stems, crossing over the top
      frame[#frame + 1] = limb({3.5, H + 1, 0}, {-4, H + 10, -3}, 1.8) + sphere(6):move(-4, H + 13, -3)
      frame[#frame + 1] = limb({-3.5, H + 1, 0}, {4, H + 10, 3}, 1.8) + sphere(6):move(4, H + 13, 3)
      k.attach("top", {0, H + 18, 0}, W * 0.5)
      return union(pouch:part("bag"), union(frame):part("hardware")):roty(-20)
    end

    local Wb = k.p.w
    local Wt, H, D = Wb * 0.8, Wb * 0.72, Wb * 0.4
    -- the body: a rounded trapezoid slab, depth along X
    local body = extrude(trapezoid(Wb, Wt, H, 30, 14), D, 14):roty(90)
    -- piping round the front and back edges
    local piping = {}
    for _, sx in ipairs({-1, 1}) do
      local o = trapezoid(Wb + 5, Wt + 5, H + 3, 32, 16, -1.5)
      local ring = subtract(extrude(o, 5, 2), extrude(trapezoid(Wb - 8, Wt - 8, H - 8, 24, 10, 4), 12, 0))
      piping[#piping + 1] = ring:roty(90):move(sx * (D * 0.5 - 2), 0, 0)
    end
    -- the flap: over the top and down the front to just past half the height,
    -- its lower corners rounded; it slants with the front
    local fy = H * 0.42
    -- the flap follows the body's slanting sides down to fy, its lower corners
    -- well rounded
    local sl = (Wb - Wt) / 2 / H
    local fwb = Wt + 2 * sl * (H - fy) - 6
    local flap_out = trapezoid(fwb, Wt - 4, H - fy + 2, 34, 4, fy)
    local front_flap = extrude(flap_out, 8, 3):roty(90):move(D * 0.5 + 3, 0, 0)
    local top_flap = box(D + 6, 6, Wt - 16, 3):move(0, H + 1, 0)
    local flap = front_flap + top_flap
    -- the turn-lock clasp: a gold plate on the flap's tip and a turn-lock below
    local cx = D * 0.5
    local clasp = box(6, 20, 44, 3):move(cx + 8, fy + 12, 0)
    clasp = clasp + box(7, 30, 30, 4):move(cx + 3, fy - 6, 0)
    clasp = clasp + ellipsoid(5, 6, 10):move(cx + 8, fy - 4, 0)
    -- feet: four gold studs under the base
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        clasp = clasp + cylinder(7, 8, 2):move(sx * D * 0.3, -6, sz * Wb * 0.36)
      end
    end
    local handles, rings = {}, {}
    local half = Wt * 0.3
    if v == "shoulder" then
      -- one long strap from either end of the top, clipped to gold rings
      local pts = {}
      for i = 0, 12 do
        local a = math.pi * i / 12
        pts[#pts + 1] = {0, H + 10 + H * 1.25 * math.sin(a) ^ 0.7, -(Wt / 2 - 6) * math.cos(a)}
      end
      handles[#handles + 1] = tube(pts, 5):stretch(1.8, 1, 1)
      for _, sz in ipairs({-1, 1}) do
        rings[#rings + 1] = torus(10, 3):rotz(90):move(0, H + 10, sz * (Wt / 2 - 6))
        rings[#rings + 1] = box(D * 0.5, 12, 8, 3):move(0, H + 2, sz * (Wt / 2 - 6))
      end
      k.attach("top", {0, H + 10 + H * 1.25, 0}, 40)
    else
      local rise = k.p.rise
      for _, sx in ipairs({-1, 1}) do
        local x = sx * D * 0.2
        handles[#handles + 1] = arch(x, H + 14, half, rise, 6.5)
        for _, sz in ipairs({-1, 1}) do
          rings[#rings + 1] = torus(9, 2.8):rotx(90):move(x, H + 14, sz * half)
          rings[#rings + 1] = box(12, 18, 18, 4):move(x, H + 5, sz * half)
        end
      end
      k.attach("top", {0, H + 14 + rise, 0}, 40)
    end
    return union(body:part("bag"), union(piping):part("handles"), flap:part("flap"),
                 union(handles):part("handles"), (clasp + union(rings)):part("hardware")):roty(-20)
  end,
}
