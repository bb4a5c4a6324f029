-- A frog: a squat body sitting up, a wide flat head with a broad mouth and
-- big bulging eyes on top, straight front legs, big folded hind legs with
-- long webbed feet; green with a pale belly.
local R = use and use("serpent")

return {
  id = "frog",
  names = {"frog", "toad frog", "froggy", "froggie", "kermit", "tadpole frog"},
  lvis = {"frog"},
  family = "reptiles",
  size_mm = 60,
  description = "A frog",
  parts = {
    {"skin", "skin", color = "#4e9a34", role = "primary", names = {"skin", "body"}},
    {"light", "skin", color = "#dfe6a6", role = "secondary", names = {"belly", "throat"}},
    {"marks", "skin", color = "#2a4a1c", role = "detail", names = {"spots", "mouth"}},
    {"iris", "gloss", color = "#e8b820", role = "fixed"},
    {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
  },
  variants = {
    toad = {names = {"toad", "bullfrog"}, colors = {skin = "#7a6a40", light = "#d8cca0", marks = "#4a3e24"}},
    tree = {names = {"tree frog", "red-eyed tree frog"}, colors = {skin = "#3ab83a", iris = "#e82a1e"}},
    dart = {names = {"poison dart frog", "poison frog"}, colors = {skin = "#2a6ae0", marks = "#141414", light = "#2a6ae0"}},
  },
  attach_to = {"head", "back"},
  points = {"head", "neck", "back", "face", "mouth", "hand", "shield"},
  build = function(k)
    local soft = k.soft
    local cartoon = k.style == "cartoon"
    local body = ellipsoid(30, 19, 24):rotz(28):move(-2, 22, 0)
    local head = ellipsoid(22, 13, 25):rotz(8):move(24, 34, 0)
    local frog = smooth(8 * soft, body, head)
    local limbs = {}
    for _, sz in ipairs({-1, 1}) do
      -- front legs
      local sh = {18, 22, sz * 16}
      local hand = {30, 1.5, sz * 22}
      limbs[#limbs + 1] = tube({sh, {26, 12, sz * 21}, hand}, 4.5, 3.2)
      for _, a in ipairs({-40, 0, 40}) do
        local ang = math.rad(a)
        limbs[#limbs + 1] = polyline({hand, {hand[1] + 7 * math.cos(ang), 1.2, hand[3] + 7 * math.sin(ang) + sz * 1.5}}, 1.6, 1.2)
      end
      -- hind legs: thigh, shin folded forward, long webbed foot
      limbs[#limbs + 1] = ellipsoid(18, 9, 8):rotz(20):rotx(sz * -12):move(-12, 14, sz * 24)
      limbs[#limbs + 1] = tube({{-22, 8, sz * 27}, {-10, 5, sz * 33}, {6, 4, sz * 33}}, 5.5, 4)
      local foot = leaf(26, 18, 2.4, 0.1):rotx(90):roty(-90):roty(180 - sz * 10):move(2, 1.4, sz * 34)
      limbs[#limbs + 1] = foot
    end
    frog = smooth(3 * soft, frog, union(table.unpack(limbs)))
    local eyes_b = {}
    local er = cartoon and 9.5 or 7.5
    for _, sz in ipairs({-1, 1}) do
      eyes_b[#eyes_b + 1] = sphere(er):move(26, 45, sz * 14)
    end
    frog = smooth(4 * soft, frog, union(table.unpack(eyes_b)))
    local shape = frog:part("skin")
    -- pale throat and belly
    shape = shape + intersect(frog:round(0.3), ellipsoid(40, 22, 40):rotz(28):move(14, 8, 0)):part("light")
    -- the mouth line around the front of the head
    local mouth = intersect(frog:round(0.4), subtract(ellipsoid(24, 1.2, 27):rotz(8):move(26, 30, 0), box(40, 10, 60):move(4, 30, 0)))
    shape = shape + mouth:part("marks")
    if k.variant == "toad" or k.variant == "dart" then
      local sps = {}
      for i = 1, 16 do
        sps[#sps + 1] = sphere(k.rand(2.5, 4.5)):move(k.rand(-28, 16), k.rand(24, 40), k.rand(-20, 20))
      end
      shape = shape + intersect(frog:round(0.5), union(table.unpack(sps))):part("marks")
    end
    for _, sz in ipairs({-1, 1}) do
      shape = shape + sphere(er * 0.62):move(26 + er * 0.55, 46, sz * (14 + er * 0.5)):part("iris")
      shape = shape + ellipsoid(er * 0.2, er * 0.3, er * 0.45):move(26 + er * 0.72, 46.5, sz * (14 + er * 0.68)):part("eyes")
    end
    k.attach("head", {22, 47, 0}, 34)
    k.attach("back", {-6, 40, 0}, 36)
    k.attach("face", {36, 45, 0}, 40, {1, 0, 0})
    k.attach("neck", {40, 22, 0}, 30, {1, 0.3, 0})
    k.attach("mouth", {40, 24, 0}, 20)
    -- a sword in one front foot, a shield at the other
    k.attach("hand", {33, 5, -23}, 12)
    k.attach("shield", {30, 10, 27}, 30, {0, 0, 1})
    return shape
  end,
}
