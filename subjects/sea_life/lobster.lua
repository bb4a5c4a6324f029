-- A lobster: a long segmented body and tail ending in a fan, two big
-- crusher claws held forward, long antennae, four pairs of thin walking legs;
-- bright red.
return {
  id = "lobster",
  names = {"lobster", "crayfish", "crawfish", "crawdad", "langoustine", "red lobster"},
  lvis = {"crawfish"},
  family = "sea_life",
  size_mm = 80,
  description = "A lobster",
  parts = {
    {"shell", "skin", color = "#d0341c", role = "primary", names = {"shell", "body"}},
    {"claws", "skin", color = "#c02c18", role = "secondary", names = {"claws", "pincers"}},
    {"legs", "skin", color = "#e0502c", role = "detail", names = {"legs", "antennae", "feelers"}},
    {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
  },
  attach_to = {"head", "back"},
  points = {"head", "back", "face"},
  build = function(k)
    local soft = k.soft
    local H = 18
    local cara = ellipsoid(30, 14, 14):move(10, H, 0)
    local rostrum = cone(5, 0.5, 16):rotz(-90):move(36, H + 4, 0)
    local segs = {}
    for i = 0, 5 do
      local x = -18 - i * 11
      local r = 12 - i * 1.2
      segs[#segs + 1] = ellipsoid(7, r * 0.85, r):move(x, H - i * 1.6, 0)
    end
    local fan = {}
    for _, a in ipairs({-40, -20, 0, 20, 40}) do
      fan[#fan + 1] = leaf(20, 10, 3, 0.2):rotx(90):roty(-90 + a):move(-80, H - 9, 0)
    end
    local body = smooth(3 * soft, cara, rostrum, table.unpack(segs))
    body = smooth(2, body, union(table.unpack(fan)))
    local claws, legs = {}, {}
    for _, sz in ipairs({-1, 1}) do
      local sh = {28, H - 4, sz * 9}
      local el = {44, H - 2, sz * 24}
      local wr = {62, H, sz * 20}
      claws[#claws + 1] = tube({sh, el, wr}, 4.5, 4)
      claws[#claws + 1] = ellipsoid(16, 7, 9):rotz(5):move(wr[1] + 14, wr[2] + 1, wr[3])
      claws[#claws + 1] = ellipsoid(11, 4.4, 5):rotz(-8):move(wr[1] + 33, wr[2] - 2, wr[3])
      claws[#claws + 1] = ellipsoid(10, 4.2, 4.6):rotz(14):move(wr[1] + 32, wr[2] + 5, wr[3])
      for i = 0, 3 do
        local x = 18 - i * 8
        legs[#legs + 1] = polyline({{x, H - 6, sz * 8}, {x - 2, H + 2, sz * 26}, {x - 6, 1.6, sz * 34}}, 2.6, 2.0)
      end
      legs[#legs + 1] = tube({{38, H + 6, sz * 4}, {60, H + 22, sz * 14}, {76, H + 30, sz * 26}, {84, H + 26, sz * 36}}, 2.4, 1.8)
    end
    local shape = body:part("shell") + smooth(2, table.unpack(claws)):part("claws") + union(table.unpack(legs)):part("legs")
    for _, sz in ipairs({-1, 1}) do
      shape = shape + limb({34, H + 8, sz * 5}, {38, H + 12, sz * 7}, 1.8, 1.6):part("shell")
      shape = shape + sphere(3):move(38, H + 13, sz * 7.5):part("eyes")
    end
    k.attach("head", {14, H + 14, 0}, 28)
    k.attach("back", {0, H + 14, 0}, 28)
    k.attach("face", {38, H + 10, 0}, 20, {1, 0, 0})
    return shape
  end,
}
