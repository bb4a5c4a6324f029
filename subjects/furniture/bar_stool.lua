-- A bar stool: a tall stool with a round padded seat, four legs and a
-- footrest ring (or a chrome column on a disc base).
return {
  id = "bar_stool",
  names = {"bar stool", "barstool", "counter stool", "kitchen stool", "high stool", "tall stool"},
  lvis = {"stool"},
  family = "furniture",
  size_mm = 760,
  description = "A tall bar stool with a footrest ring",
  params = {seat_r = {170, 200}},
  parts = {
    {"seat", "leather", color = "#2a2a2e", role = "primary", names = {"seat", "cushion", "pad"}},
    {"frame", "steel", color = "#c0c4ca", role = "secondary", names = {"frame", "legs", "leg", "base", "column", "footrest"}},
  },
  points = {"top", "seat"},
  build = function(k)
    local h = 760
    local r = k.p.seat_r
    local seat = smooth(10, cylinder(r, 60, 25):move(0, h - 60, 0), cylinder(r * 0.9, 30, 6):move(0, h - 80, 0))
    local frame
    if k.chance(0.5) then
      local legs = {}
      for i = 0, 3 do
        local a = math.pi / 4 + i * math.pi / 2
        legs[#legs + 1] = limb({math.cos(a) * r * 0.55, h - 70, math.sin(a) * r * 0.55},
                               {math.cos(a) * r * 1.05, 8, math.sin(a) * r * 1.05}, 13, 11)
      end
      local ring_y = 260
      local rr = r * 0.55 + (r * 1.05 - r * 0.55) * (h - 70 - ring_y) / (h - 78)
      frame = union(legs) + torus(rr, 9):move(0, ring_y, 0)
    else
      frame = cylinder(r * 1.0, 16, 6) + cylinder(22, h - 80) + torus(r * 0.8, 9):move(0, 280, 0)
        + radial(capsule({0, 280, 0}, {r * 0.8, 280, 0}, 6), 3)
    end
    k.attach("top", {0, h, 0}, r * 1.6)
    k.attach("seat", {0, h, 0}, r * 1.6)
    return smooth(4 * k.soft, seat:part("seat"), frame:part("frame"))
  end,
}
