-- A lollipop: a big flat swirl of candy in two colours on a white stick.
return {
  id = "lollipop",
  names = {"lollipop", "lolipop", "lolly pop", "swirl lollipop", "sucker", "lollypop", "candy swirl"},
  lvis = {"lollipop"},
  family = "food",
  size_mm = 200,
  description = "A swirl lollipop on a stick",
  params = {R = {48, 54}},
  parts = {
    {"candy", "candy", color = "#f04a8a", role = "primary", names = {"candy", "swirl", "lollipop"}},
    {"swirl", "candy", color = "#fbf6f0", role = "secondary", names = {"stripe", "stripes", "second colour", "swirls"}},
    {"stick", "paper", color = "#f8f8f4", role = "detail", names = {"stick"}},
  },
  points = {"top"},
  build = function(k)
    local R = k.p.R
    local T = 16
    local stick_len = 130
    local disc = cylinder(R, T, 6):rotx(90):move(0, 0, -T / 2)
    local pts = {}
    local turns = 3.2
    local n = 64
    for i = 0, n do
      local t = i / n
      local a = 2 * math.pi * turns * t
      local rr = (R - 7) * t
      pts[#pts + 1] = {math.cos(a) * rr, math.sin(a) * rr, 0}
    end
    local spiral = intersect(tube(pts, 5.2, 5.8):stretch(1, 1, 2.5), disc:round(0.4))
    local head = union(disc:part("candy"), spiral:part("swirl")):roty(-25):move(0, stick_len + R - 8, 0)
    local stick = cylinder(4, stick_len)
    return union(head, stick:part("stick"))
  end,
}
