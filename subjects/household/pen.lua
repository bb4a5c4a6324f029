-- A pen. The default is a click ballpoint: a round plastic barrel, a
-- ribbed rubber grip near the front, a metal cone ending in the ball point,
-- a metal collar at the back with a clip running forward along the top and
-- the click button sticking out of the end. It lies along X, point at +X,
-- tilted a few degrees: the point on the desk and the back of the barrel in
-- the cradle of a small wooden pen rest. The fountain pen is fatter, black
-- with gold bands, its cap posted on the back and a gold nib over a black
-- feed at the front. Held, it is the pen alone at the same tilt.

-- A rod along X from x = a to x = b.
local function rodx(a, b, r, round)
  return cylinder(r, b - a, round or 0):rotz(-90):move(a, 0, 0)
end

-- A cone along X from x = a (radius ra) to x = b (radius rb).
local function conex(a, b, ra, rb)
  return cone(ra, rb, b - a):rotz(-90):move(a, 0, 0)
end

return {
  id = "pen",
  names = {"pen", "ballpoint", "ballpoint pen", "biro", "ball point pen", "ball point", "ballpen", "ball pen",
           "click pen", "clicky pen", "retractable pen", "ink pen", "writing pen", "office pen", "gel pen",
           "rollerball", "rollerball pen", "roller ball pen", "bic pen", "pen on a pen rest",
           "ballpiont pen", "ball-point pen"},
  lvis = {"pen"},
  family = "household",
  size_mm = 22,
  description = "A click ballpoint pen lying on a small pen rest",
  params = {tilt = {6.5, 8}, rest = {0, 1}},
  parts = {
    {"barrel", "plastic", color = "#1f3f94", role = "primary", names = {"barrel", "body", "shaft", "pen", "ink", "cap"}},
    {"button", "plastic", color = "#e8e8ea", role = "secondary", names = {"button", "click button", "clicker", "plunger", "top", "end"}},
    {"grip", "rubber", color = "#1c1c20", role = "detail", names = {"grip", "grip section", "section", "rubber grip", "feed"}},
    {"trim", "steel", color = "#c6c9ce", role = "detail",
     names = {"trim", "clip", "tip", "point", "cone", "metal", "chrome", "bands", "band", "ring", "rings", "collar"}},
    {"nib", "gold", color = "#d9b14a", role = "detail", names = {"nib", "gold nib", "pen nib"}},
    {"rest", "wood", color = "#8a5a34", role = "detail", names = {"rest", "pen rest", "stand", "holder", "base", "cradle"}},
  },
  variants = {
    fountain = {names = {"fountain pen", "ink fountain pen", "calligraphy pen", "nib pen", "luxury pen", "fountain pen nib",
                         "fountian pen", "vintage pen", "cartridge pen"},
                size_mm = 24, colors = {barrel = "#141416", grip = "#141416", trim = "#d6ae52"}},
  },
  points = {"top"},
  build = function(k)
    local fountain = k.variant == "fountain"
    local pen, xr, rr                      -- the pen along X, where it lies on the rest, its radius there
    if fountain then
      local R = 6.3
      -- the barrel, slightly tapering to the back, the cap posted over its end
      local barrel = smooth(3, rodx(-44, 26, R, 1.5), conex(-46, -30, R * 0.88, R))
      local cap = smooth(3, rodx(-74, -22, R + 0.9, 2), lathe({{0, 0}, {R * 0.8, 0}, {R + 0.9, 5}, {0, 5}}):rotz(90):move(-72, 0, 0))
      local bands = rodx(-28, -24, R + 1.35, 0.6) + rodx(-31, -29.6, R + 1.3, 0.4) + rodx(-76, -73, R * 0.6, 1)
        + rodx(24, 27, R + 0.3, 0.6)
      -- the clip on the cap, from a finial at the back along the top
      local clip = box(40, 2.4, 3.6, 1):move(-52, R + 2.6, 0):rotz(-1.5) + box(8, 4, 3.6, 1.2):move(-70, R + 1.2, 0)
        + sphere(2.1):move(-32, R + 2.2, 0)
      -- the section, narrowing to the nib
      local section = conex(25, 44, R - 0.4, 4.4)
      -- the nib: the top of a cone shell, pointed, over a black feed
      local nib = intersect(subtract(conex(40, 66, 5.4, 0.5), conex(39, 65, 3.4, 0)), box(40, 10, 20):move(52, 3.8, 0))
      nib = subtract(nib, cylinder(0.9, 10):move(52, -2, 0))
      local feed = conex(40, 60, 3.8, 1.2)
      pen = union((barrel + cap):part("barrel"), (bands + clip):part("trim"), (section + feed):part("grip"),
                  nib:part("nib"))
      xr, rr = -40, R
    else
      local R = 5.0
      local button = rodx(-70, -60, 3.0, 1.2)
      local collar = rodx(-61, -50, R + 0.45, 1.5)
      local barrel = rodx(-51, 22, R, 1)
      -- the grip: a rubber sleeve with rings round it
      local grip = rodx(18, 44, R + 0.4, 2)
      for i = 0, 5 do
        grip = grip + torus(R + 0.4, 0.7):rotz(90):move(22 + i * 3.8, 0, 0)
      end
      -- the metal front cone and the ball
      local cone_ = conex(43, 62, R - 0.2, 1.3) + sphere(1.3):move(62.4, 0, 0)
      -- the clip: a strip along the top from the collar, ending in a bead
      local clip = box(44, 2.2, 3.6, 0.9):move(-36, R + 2.2, 0):rotz(-1.2) + box(8, 4.2, 3.6, 1.2):move(-56, R + 1.2, 0)
        + sphere(1.9):move(-14, R + 1.2, 0)
      pen = union(barrel:part("barrel"), button:part("button"), grip:part("grip"), (collar + cone_ + clip):part("trim"))
      xr, rr = -40, R
    end
    -- Tilt it: the point down on the desk, the back raised.
    local a = k.p.tilt
    local ca, sa = math.cos(math.rad(a)), math.sin(math.rad(a))
    local tipx = fountain and 66 or 63.7
    local lift = tipx * sa + 0.3
    pen = pen:rotz(-a):move(0, lift, 0)
    local top = lift - xr * sa + rr + 8
    if k.worn then
      k.attach("top", {xr * ca, top, 0}, rr * 4)
      return pen
    end
    -- The rest: a small rounded block with a round cradle the barrel sinks into.
    local cx, cy = xr * ca, lift - xr * sa         -- the barrel's axis over the rest
    local rh = cy - rr * 0.55                      -- the rest's height: the pen sinks into its cradle
    local rest
    if k.p.rest < 0.5 then
      rest = box(18, rh, 34, 3):move(cx, rh / 2, 0)
    else
      rest = smooth(3, box(20, rh * 0.5, 36, 3):move(cx, rh * 0.25, 0), box(14, rh, 26, 4):move(cx, rh / 2, 0))
    end
    rest = subtract(rest, rodx(-40, 40, rr * 0.92):rotz(-a):move(cx, cy, 0))
    k.attach("top", {cx, top, 0}, rr * 4)
    return union(pen, rest:part("rest"))
  end,
}
