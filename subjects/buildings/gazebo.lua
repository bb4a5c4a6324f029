-- A gazebo: an open hexagonal pavilion — a raised floor, six slender posts
-- with a railing between them and a pointed six-sided roof with a finial.
return {
  id = "gazebo",
  names = {"gazebo", "pavilion", "bandstand", "garden pavilion", "kiosk pavilion", "pergola gazebo"},
  lvis = {},
  family = "buildings",
  size_mm = 4000,
  description = "A hexagonal gazebo with a pointed roof",
  params = {r = {170, 190}},
  parts = {
    {"frame", "wood", color = "#f2efe8", role = "primary", names = {"frame", "posts", "railing", "wood"}},
    {"roof", "clay", color = "#3e6a4a", role = "secondary", names = {"roof"}},
    {"floor", "wood", color = "#a07a54", role = "detail", names = {"floor", "deck", "steps"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local R = k.p.r
    local hex = {}
    for i = 0, 5 do
      local a = math.pi * i / 3
      hex[#hex + 1] = {R * math.cos(a), R * math.sin(a)}
    end
    local function prism(r, h)
      local pts = {}
      for i = 0, 5 do
        local a = math.pi * i / 3
        pts[#pts + 1] = {r * math.cos(a), r * math.sin(a)}
      end
      return extrude(pts, h):rotx(90):move(0, h / 2, 0)
    end
    local floor = prism(R + 10, 24)
    local ph = 230
    local posts, rails = {}, {}
    for i = 0, 5 do
      local a = math.pi * i / 3
      local x, z = R * 0.96 * math.cos(a), R * 0.96 * math.sin(a)
      posts[#posts + 1] = cylinder(7, ph):move(x, 24, z)
      local a2 = math.pi * (i + 1) / 3
      local x2, z2 = R * 0.96 * math.cos(a2), R * 0.96 * math.sin(a2)
      if i ~= 0 then
        rails[#rails + 1] = capsule({x, 90, z}, {x2, 90, z2}, 4)
        rails[#rails + 1] = capsule({x, 40, z}, {x2, 40, z2}, 3)
        for t = 1, 5 do
          local f = t / 6
          rails[#rails + 1] = capsule({x + (x2 - x) * f, 40, z + (z2 - z) * f}, {x + (x2 - x) * f, 90, z + (z2 - z) * f}, 2.2)
        end
      end
      rails[#rails + 1] = capsule({x, ph + 14, z}, {x2, ph + 14, z2}, 6)
    end
    -- roof: a six-sided pyramid with an overhang and a finial
    local rr = R * 1.2
    local roof = intersect(cone(rr * 1.15, 2, 150), prism(rr, 400)):move(0, ph + 18, 0)
    local finial = sphere(10):move(0, ph + 18 + 160, 0) + cylinder(3, 30):move(0, ph + 18 + 140, 0)
    local shape = floor:part("floor") + (union(posts) + union(rails) + finial):part("frame") + roof:part("roof")
    k.attach("top", {0, ph + 190, 0}, 20)
    k.attach("inside", {0, 24, 0}, R * 1.4)
    return shape:roty(-25)
  end,
}
