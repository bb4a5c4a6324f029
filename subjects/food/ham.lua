-- A glazed ham: a big pear-shaped joint lying on an oval white platter,
-- its broad end cut flat to show the pink meat inside a rim of fat, its
-- glossy golden-brown glaze scored in a criss-cross of diamonds with a
-- clove in each, the narrow shank rising to a white knuckle of bone.
return {
  id = "ham",
  names = {"ham", "glazed ham", "gammon", "ham joint", "leg of ham", "gammon joint", "roast ham", "baked ham",
           "christmas ham", "honey glazed ham", "honey ham", "easter ham", "whole ham", "ham on a plate", "ham leg", "ham hock"},
  lvis = {"ham"},
  family = "food",
  size_mm = 140,
  description = "A glazed ham joint with a bone end and criss-cross scoring, on a platter",
  params = {turn = {-15, 15}},
  parts = {
    {"glaze", "food", color = "#b8642a", role = "primary", names = {"glaze", "ham", "crust", "skin"}},
    {"scoring", "food", color = "#5e2c14", role = "detail", names = {"scoring", "score marks", "diamonds", "lines"}},
    {"cloves", "food", color = "#2e1a10", role = "detail", names = {"cloves", "clove"}},
    {"meat", "food", color = "#e8928c", role = "detail", names = {"meat", "inside", "pink meat"}},
    {"fat", "food", color = "#f6e6d0", role = "detail", names = {"fat", "rind"}},
    {"bone", "bone", color = "#f4eee0", role = "detail", names = {"bone", "knuckle"}},
    {"plate", "glazed", color = "#f6f4ee", role = "secondary", names = {"plate", "platter", "dish"}},
  },
  points = {"top"},
  build = function(k)
    -- the platter: a shallow oval dish
    local PR = 150
    local dish = revolve({{0, 0}, {PR * 0.6, 0}, {PR * 0.62, 4}, {PR * 0.66, 8}, {PR * 0.95, 17}, {PR, 20}, {PR, 25},
                          {PR * 0.94, 23}, {PR * 0.66, 14}, {0, 14}}):stretch(1, 1, 0.72)
    local shape = dish:part("plate")
    -- the joint, built along +Y from the broad cut end to the shank, then laid down
    local secs = {
      {y = 0, rx = 58, rz = 52}, {y = 20, rx = 66, rz = 60}, {y = 55, rx = 68, rz = 62}, {y = 95, rx = 58, rz = 54},
      {y = 130, rx = 40, rz = 38}, {y = 158, rx = 24, rz = 23}, {y = 176, rx = 17, rz = 17},
    }
    local body = loft(secs)
    local L = 176
    -- the cut face: pink meat inside a rim of fat
    local face = intersect(body, box(300, 4, 300):move(0, 1.5, 0))
    local meat = intersect(ellipsoid(50, 6, 44):move(0, 0, 0), box(300, 4, 300):move(0, 1.5, 0))
    -- scoring: two sets of diagonal grooves just proud of the glaze, from
    -- a little behind the cut face up the shank
    local bars = {}
    local r2 = math.sqrt(0.5)
    for _, n in ipairs({{0, r2, r2}, {0, r2, -r2}}) do
      for i = -1, 8 do
        local c = i * 24
        bars[#bars + 1] = box(600, 3.5, 600):aim(n, {n[1] * c, n[2] * c, n[3] * c})
      end
    end
    local region = box(300, L - 40, 300):move(0, 20 + (L - 40) / 2, 0)
    local scoring = intersect(union(bars), body:round(0.9), region)
    -- a clove at the middle of each diamond, pressed into the glaze
    local cloves = {}
    for _, sec in ipairs({{40, 66, 60}, {72, 64, 58}, {104, 53, 50}, {134, 37, 35}}) do
      local y, rx, rz = sec[1], sec[2], sec[3]
      local n = math.floor(rx / 9)
      for j = 0, n - 1 do
        local a = 2 * math.pi * (j + (y % 2) * 0.5) / n
        local dir = {math.cos(a), 0, math.sin(a)}
        cloves[#cloves + 1] = capsule({0, 0, 0}, {0, 4, 0}, 2.4):aim(dir, {math.cos(a) * (rx - 1.5), y, math.sin(a) * (rz - 1.5)})
      end
    end
    -- the bone: a shaft out of the shank ending in a rounded knuckle
    local bone = capsule({0, L - 20, 0}, {0, L + 30, 0}, 11) + sphere(15):move(4, L + 36, 0) + sphere(13):move(-9, L + 32, 0)
    local joint = union(subtract(body, box(300, 4, 300):move(0, 1.5, 0)):part("glaze"), face:part("fat"), meat:part("meat"),
      scoring:part("scoring"), union(cloves):part("cloves"), bone:part("bone"))
    -- lay it down: the cut face towards the front, the shank rising to the back
    local lift = 58
    joint = joint:rotz(-90 + 18):move(-80, lift, 0)
    -- flatten its underside onto the platter
    joint = intersect(joint, box(600, 400, 600):move(0, 200 + 12, 0))
    shape = shape + joint
    k.attach("top", {0, 140, 0}, 120)
    return shape:roty(150 + k.p.turn)
  end,
}
