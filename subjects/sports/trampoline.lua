-- A trampoline: a round black jumping mat inside a wide blue safety pad that
-- covers the springs and the steel ring frame, on W-shaped steel legs; the
-- enclosure variant adds padded poles curving up round it holding a net.
return {
  id = "trampoline",
  names = {"trampoline", "backyard trampoline", "garden trampoline", "round trampoline", "trampolene",
           "jumping trampoline"},
  lvis = {"trampoline"},
  family = "sports",
  size_mm = 900,
  description = "A round backyard trampoline",
  params = {},
  parts = {
    {"pad", "plastic", color = "#2a6ad0", role = "primary", names = {"pad", "padding", "ring", "cover", "edge"}},
    {"mat", "fabric", color = "#1a1a1e", role = "secondary", names = {"mat", "bed", "jumping mat", "surface"}},
    {"frame", "steel", color = "#b8bcc2", role = "detail", names = {"frame", "legs", "springs", "poles"}},
    {"net", "fabric", color = "#202024", role = "detail", names = {"net", "enclosure", "netting", "mesh"}},
  },
  variants = {
    enclosure = {names = {"trampoline with a net", "trampoline with net", "enclosed trampoline", "trampoline enclosure",
                          "trampoline with safety net", "trampoline with enclosure", "net trampoline"},
                 size_mm = 2700},
  },
  points = {"top"},
  build = function(k)
    local R = 1500          -- outer radius of the frame
    local Y = 860           -- the mat's height
    local rm = R - 260      -- the mat's radius
    local mat = cylinder(rm + 20, 24):move(0, Y - 24, 0)
    -- the pad: a wide flat ring, rounded, from the mat's edge over the frame
    local pad = subtract(cylinder(R + 40, 60, 26), cylinder(rm - 10, 200):move(0, -50, 0)):move(0, Y - 34, 0)
    local ring = torus(R - 20, 28):move(0, Y - 50, 0)
    -- W legs: pairs of uprights joined low by a ground tube following the ring
    local legs = {}
    local n = 6
    for i = 0, n - 1 do
      local a = math.rad(360 * i / n + 15)
      local pts = {}
      for j = -1, 1, 2 do
        local b = a + j * math.rad(11)
        local top = {math.cos(b) * (R - 20), Y - 50, math.sin(b) * (R - 20)}
        local bot = {math.cos(b) * (R - 40), 40, math.sin(b) * (R - 40)}
        legs[#legs + 1] = capsule(top, bot, 26)
      end
      local arc = {}
      for t = -11, 11, 2.75 do
        local b = a + math.rad(t)
        arc[#arc + 1] = {math.cos(b) * (R - 40), 34, math.sin(b) * (R - 40)}
      end
      legs[#legs + 1] = polyline(arc, 28)
    end
    local frame = union(ring, union(legs))
    k.attach("top", {0, Y, 0}, rm * 0.6)
    if k.variant ~= "enclosure" then
      return union(pad:part("pad"), mat:part("mat"), frame:part("frame"))
    end
    -- the enclosure: padded poles rising from the legs, curving in a little,
    -- joined at the top by a hoop; a net of strands and bands between them
    local H = 2700
    local Rn = R - 60
    local poles, foam = {}, {}
    local np = 6
    for i = 0, np - 1 do
      local a = math.rad(360 * i / np + 15)
      local c, s = math.cos(a), math.sin(a)
      poles[#poles + 1] = tube({{c * (R + 10), Y - 60, s * (R + 10)}, {c * (R + 30), Y + 700, s * (R + 30)},
                                {c * Rn, H - 200, s * Rn}, {c * (Rn - 120), H - 20, s * (Rn - 120)}}, 32)
      foam[#foam + 1] = tube({{c * (R + 20), Y + 40, s * (R + 20)}, {c * (R + 28), Y + 700, s * (R + 28)},
                              {c * (Rn + 8), H - 260, s * (Rn + 8)}}, 42)
    end
    -- the net: slanted strands all round and bands of mesh, coarse enough
    -- to stay open once meshed
    local strand = capsule({rm + 60, Y + 20, 0}, {Rn - 40, H - 120, 0}, 27)
    local strands = radial(strand, 32, 5.625)
    local bands = {}
    for j = 1, 5 do
      local f = j / 6
      bands[#bands + 1] = torus((rm + 60) + ((Rn - 40) - (rm + 60)) * f, 27):move(0, Y + 20 + (H - 140 - Y) * f, 0)
    end
    local net = union(strands, union(bands), torus(Rn - 40, 30):move(0, H - 120, 0), torus(rm + 60, 20):move(0, Y + 10, 0))
    return union(pad:part("pad"), mat:part("mat"), union(frame, union(poles)):part("frame"), union(foam):part("pad"),
                 net:part("net"))
  end,
}
