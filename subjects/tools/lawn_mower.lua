-- A push lawn mower: a domed red steel deck on four wheels, the engine on
-- top with its round shroud, fuel cap, muffler and a pull-cord grip, a
-- U-shaped handle bar rising behind and a fabric grass bag hanging at the
-- back under the handle. Front at +x.
local S = use("shapes")

return {
  id = "lawn_mower",
  names = {"lawn mower", "lawnmower", "mower", "push mower", "grass cutter", "grass mower",
           "petrol mower", "gas mower", "gasoline mower", "rotary mower", "push lawn mower", "lawn mover",
           "lawnmover", "grass cutting machine"},
  lvis = {"lawn_mower"},
  family = "tools",
  size_mm = 1000,
  description = "A push lawn mower with a grass bag",
  params = {turn = {20, 32}, handle = {40, 46}},
  parts = {
    {"deck", "paint", color = "#cc1f1c", role = "primary", names = {"deck", "body", "housing", "cover"}},
    {"engine", "plastic", color = "#2e3034", role = "secondary", names = {"engine", "motor", "shroud"}},
    {"wheels", "rubber", color = "#1a1a1c", role = "detail", names = {"wheels", "wheel", "tyres", "tires", "tyre", "tire"}},
    {"hubs", "plastic", color = "#b8bcc2", role = "detail", names = {"hubs", "hubcaps", "hub caps", "rims"}},
    {"handle", "steel", color = "#202124", role = "detail", names = {"handle", "handlebar", "handle bar", "bar", "grip", "pull cord"}},
    {"bag", "fabric", color = "#4a5a3e", role = "detail", names = {"bag", "grass bag", "catcher", "grass catcher", "collector", "basket"}},
    {"metal", "steel", color = "#a6aab0", role = "detail", names = {"muffler", "exhaust", "metal", "fuel cap"}},
  },
  points = {"top"},
  build = function(k)
    -- The deck: a rounded shell with a skirt, a little longer than wide.
    local Ld, Wd = 520, 470
    local y0, y1 = 45, 190
    local deck = box(Ld, y1 - y0, Wd, 60):move(0, (y0 + y1) / 2, 0)
    deck = smooth(30, deck, ellipsoid(Ld * 0.42, 60, Wd * 0.4):move(-10, y1 - 20, 0))
    deck = deck + box(Ld + 10, 26, Wd + 10, 12):move(0, y0 + 13, 0)          -- the skirt lip
    -- Height-adjust arms and axles to the wheels.
    local wheels, hubs, metal = {}, {}, {}
    local wx, wz = Ld / 2 - 90, Wd / 2 + 30
    for _, sx in ipairs({1, -1}) do
      for _, sz in ipairs({1, -1}) do
        local r = sx > 0 and 92 or 100
        local x, z = sx * wx, sz * wz
        wheels[#wheels + 1] = cylinder(r, 46, 14):move(0, -23, 0):rotx(90):move(x, r, z)
        hubs[#hubs + 1] = cylinder(r * 0.55, 52, 8):move(0, -26, 0):rotx(90):move(x, r, z)
          + cylinder(r * 0.2, 60, 4):move(0, -30, 0):rotx(90):move(x, r, z)
        metal[#metal + 1] = cylinder(10, 60):move(0, -30, 0):rotx(90):move(x, r, z - sz * 40)
      end
    end
    -- The engine: a block on the deck under a round domed shroud.
    local ex = 10
    local engine = box(200, 120, 220, 30):move(ex, y1 + 50, 0)
      + lathe({{130, 0}, {128, 30}, {110, 70}, {60, 92}, {1, 96}}):move(ex, y1 + 80, 0)
    local fuel = cylinder(24, 22, 5):move(ex + 60, y1 + 150, -60)
    local filter = box(70, 110, 90, 20):move(ex + 120, y1 + 70, 60)
    local muffler = box(60, 70, 50, 14):move(ex - 40, y1 + 40, -135)
    -- The pull cord: a grip on the shroud with a short cord into the engine.
    local pull = limb({ex - 110, y1 + 130, 40}, {ex - 120, y1 + 150, 40}, 6)
      + limb({ex - 126, y1 + 152, 10}, {ex - 126, y1 + 152, 70}, 13)
    -- The handle: two tubes from the back of the deck rising at an angle, a
    -- crossbar with a grip on top and the safety bail in front of it.
    local a = math.rad(k.p.handle)
    local hl = 980
    local hb = {-Ld / 2 + 30, y1 + 10}
    local ht = {hb[1] - math.cos(a) * hl, hb[2] + math.sin(a) * hl}
    local hz = Wd / 2 - 20
    local handle = union(
      polyline({{hb[1] + 30, y1 - 40, hz}, {hb[1], hb[2], hz + 10}, {ht[1], ht[2], hz - 10}}, 13),
      polyline({{hb[1] + 30, y1 - 40, -hz}, {hb[1], hb[2], -hz - 10}, {ht[1], ht[2], -hz + 10}}, 13),
      limb({ht[1], ht[2], hz - 10}, {ht[1], ht[2], -hz + 10}, 13),
      limb({hb[1] - 360, hb[2] + 280, hz + 6}, {hb[1] - 360, hb[2] + 280, -hz - 6}, 9))
    local grip = limb({ht[1], ht[2], hz - 40}, {ht[1], ht[2], -hz + 40}, 18)
    local bail = tube({{ht[1] + 6, ht[2] - 10, hz - 14}, {ht[1] + 70, ht[2] - 20, hz - 30}, {ht[1] + 80, ht[2] - 30, 0},
                       {ht[1] + 70, ht[2] - 20, -hz + 30}, {ht[1] + 6, ht[2] - 10, -hz + 14}}, 7)
    -- The grass bag: a soft box hanging from the back of the deck, its top
    -- on a frame under the handle, a little narrower towards the back.
    local bx0, bx1 = -Ld / 2 + 20, -Ld / 2 - 360
    local bm = (bx0 + bx1) / 2
    local bag = box(bx0 - bx1, 300, 380, 70):move(bm, 225, 0)
    bag = intersect(bag, box(800, 600, 600):move(0, -300, 0):rotz(-9):move(bm, 375, 0))   -- sloping top
    bag = bag:noise(5, 70, 1)
    local frame = polyline({{bx0, 362, 180}, {bx1 + 20, 340, 180}, {bx1 + 20, 340, -180}, {bx0, 362, -180}}, 9)
    local chute = box(80, 110, 260, 20):move(-Ld / 2 + 10, y1 - 10, 0)
    k.attach("top", {ex, y1 + 176, 0}, 200)
    local shape = union(deck:part("deck"), (engine + filter + chute):part("engine"),
      union(wheels):part("wheels"), union(hubs):part("hubs"), (handle + grip + bail + pull + frame):part("handle"),
      bag:part("bag"), (union(metal) + muffler + fuel):part("metal"))
    return shape:roty(k.p.turn)
  end,
}
