-- A wooden spring clothespin lying on its side: two long wooden prongs
-- pressed together at the jaws, parted a little at the tails, with a steel
-- coil spring in the notch between them and its wire leg running along the
-- top prong towards the jaws.
return {
  id = "clothespin",
  names = {"clothespin", "clothes peg", "clothes pin", "clothespeg", "laundry peg", "washing peg",
           "spring clothespin", "clothes clip", "laundry clip", "clothespin clip", "clothes line peg",
           "clothesline peg", "cloth pin", "cloth peg", "clothpin", "washing line peg"},
  lvis = {"clothespin"},
  family = "household",
  size_mm = 16,
  description = "A wooden spring clothespin",
  params = {len = {70, 76}},
  parts = {
    {"prongs", "wood", color = "#dcbd8c", role = "primary", names = {"prongs", "prong", "jaws", "legs", "arms", "body"}},
    {"spring", "steel", color = "#b8bcc4", role = "secondary", names = {"spring", "coil", "wire"}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local W = 10
    local fx = L * 0.44
    -- The lower prong's side view (XY): flat outer face at y = 0, the
    -- inner face at y = 7 along the jaws and falling away towards the tail.
    local lower = {{0, 0.8}, {1.5, 0}, {L * 0.76, 0}, {L - 1, 1.7}, {L, 2.6}, {L, 4.2}, {L - 8, 5.6}, {L * 0.7, 7},
                   {fx + 6, 7}, {fx - 7, 7}, {L * 0.3, 6.6}, {3, 5.6}, {0, 5}}
    local prong = extrude(lower, W, 0.6)
    -- The notch the spring sits in and the small grip notch by the jaws.
    prong = subtract(prong, cylinder(3.6, 20):rotx(90):move(fx, 7, 0))
    prong = subtract(prong, cylinder(1.8, 20):rotx(90):move(L - 13, 7.2, 0))
    -- A groove across the outer face where the spring's leg hooks in.
    prong = subtract(prong, cylinder(0.9, 20):rotx(90):move(L * 0.7, -0.2, 0))
    local upper = prong:flip("y"):move(0, 14, 0)
    local prongs = union(prong, upper)
    -- The coil: a helix across the pin's width around the notch.
    local pts = {}
    local turns = 3.5
    for i = 0, 42 do
      local t = i / 42
      local a = 2 * math.pi * turns * t + math.pi * 0.5
      pts[#pts + 1] = {fx + math.cos(a) * 3.3, 7 + math.sin(a) * 3.3, -W / 2 - 0.9 + (W + 1.8) * t}
    end
    local coil = tube(pts, 0.85)
    -- Its legs: out of the coil, up over the top prong and along it to the
    -- groove, where each ends in a little hook.
    local legs = {}
    for _, z in ipairs({-W / 2 - 0.9, W / 2 + 0.9}) do
      legs[#legs + 1] = polyline({{fx, 10.3, z}, {fx + 3, 14.4, z}, {L * 0.7, 14.8, z}}, 0.85)
    end
    legs[#legs + 1] = polyline({{L * 0.7, 14.8, -W / 2 - 0.9}, {L * 0.7, 14.8, W / 2 + 0.9}}, 0.85)
    local spring = union(coil, union(legs))
    local shape = prongs:part("prongs") + spring:part("spring")
    k.attach("top", {L * 0.5, 15, 0}, 10)
    return shape:move(-L * 0.5, 0, 0):roty(20)
  end,
}
