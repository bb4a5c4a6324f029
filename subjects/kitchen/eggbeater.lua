-- A hand-cranked rotary egg beater standing on its beaters: two wire dashers
-- side by side, their blades interleaved, turn on spindles under a bridge;
-- a flat steel frame rises from it to a grip on top, and on the frame's
-- front a big toothed drive wheel with spoke holes turns on an axle, a
-- crank arm across it ending in a knob. The wheel faces +Z.
return {
  id = "eggbeater",
  names = {"eggbeater", "egg beater", "rotary egg beater", "rotary whisk", "rotary beater",
           "hand crank beater", "manual egg beater", "hand egg beater", "crank egg beater", "egg beater tool"},
  lvis = {"eggbeater"},
  family = "kitchen",
  size_mm = 300,
  description = "A hand-cranked rotary egg beater with a gear wheel and crank",
  params = {crank = {20, 70}, twist = {0, 30}},
  parts = {
    {"frame", "steel", color = "#c4c8ce", role = "primary", names = {"frame", "shaft", "body", "metal"}},
    {"beaters", "steel", color = "#d0d4da", role = "primary", names = {"beaters", "beater", "blades", "dashers", "wires", "whisks", "loops"}},
    {"gear", "steel", color = "#b4b8c0", role = "primary", names = {"gear", "gear wheel", "wheel", "cog", "crank"}},
    {"handle", "paint", color = "#c8281e", role = "secondary", names = {"handle", "grip", "knob", "handles", "crank handle"}},
  },
  points = {"top"},
  build = function(k)
    local X = 15                      -- the beaters' spindles at x = ±X
    local BH = 96                     -- beater height
    -- one dasher: two flat wire loops crossing on its spindle
    local function dasher(turn)
      local pts = {}
      for i = 0, 24 do
        local a = 2 * math.pi * i / 24
        local y = BH * 0.5 - BH * 0.5 * math.cos(a)
        local w = 21 * math.sin(a) * (1.15 - 0.3 * y / BH)
        pts[#pts + 1] = {w, y + 3, 0}
      end
      local loop = polyline(pts, 3.3)
      return union(loop:roty(turn), loop:roty(turn + 90),
                   cylinder(3.2, BH + 16):move(0, 3, 0))
    end
    local beaters = union(dasher(k.p.twist):move(-X, 0, 0), dasher(k.p.twist + 45):move(X, 0, 0))
    -- the bridge over the beaters, with the pinions on the spindles
    local by = BH + 16
    local frame = box(2 * X + 16, 9, 9, 3):move(0, by, 0)
    frame = frame + cylinder(6.5, 7, 1.5):move(-X, by - 12, 0) + cylinder(6.5, 7, 1.5):move(X, by - 12, 0)
    frame = frame + limb({-X, by, 0}, {-X, by - 8, 0}, 4) + limb({X, by, 0}, {X, by - 8, 0}, 4)
    -- the flat upright up to the grip
    local ty = 262
    frame = frame + box(11, ty - by + 4, 7, 2):move(0, (ty + by) / 2, 0)
    frame = frame + box(24, 8, 9, 2.5):move(0, ty, 0)
    -- the drive wheel on the front of the upright: toothed rim, spoke holes, hub
    local wy, WR, wz = 190, 44, 9
    local wheel = cylinder(WR, 5, 1):move(0, -2.5, 0)
    wheel = subtract(wheel, radial(cylinder(11, 12):move(0, -6, 0):move(WR * 0.55, 0, 0), 4, 45))
    wheel = wheel + torus(WR - 2, 2.5) + cylinder(9, 9, 1.5):move(0, -4.5, 0)
    wheel = wheel + radial(box(4.5, 5, 5, 0.8):move(WR + 1.5, 0, 0), 36)
    wheel = wheel:rotx(90):move(0, wy, wz)
    -- its pinion teeth meet the spindles' gears at the bridge: a small bevel
    -- gear on top of the bridge, and the axle through the upright
    local gear = wheel + limb({0, wy, -6}, {0, wy, wz + 6}, 4)
    gear = gear + cone(12, 8, 8):move(0, by + 3, 0)
    -- the crank: an arm across the wheel's face and a knob sticking out
    local ca = math.rad(k.p.crank)
    local cx, cy = (WR - 4) * math.cos(ca), wy + (WR - 4) * math.sin(ca)
    gear = gear + limb({0, wy, wz + 6}, {cx, cy, wz + 6}, 4.5, 4)
    local knob = lathe({{4, 0}, {7, 2}, {8.5, 14}, {7.5, 26}, {6, 30}, {0.5, 31}}):rotx(90):move(cx, cy, wz + 6)
    -- the grip on top
    local grip = lathe({{8, 0}, {13, 8}, {15, 30}, {13.5, 52}, {10, 62}, {0.5, 64}}):move(0, ty + 2, 0)
    k.attach("top", {0, ty + 66, 0}, 30)
    return union(beaters:part("beaters"), frame:part("frame"), gear:part("gear"), union(knob, grip):part("handle"))
      :roty(35)
  end,
}
