-- A toy ball: a red rubber ball with a thin white band around it. A beach
-- ball is a big inflatable ball of six segments, red, yellow and blue
-- between white ones, with small white caps at the poles; a bouncy ball is a
-- small glossy ball with two bright stripes; a ball of yarn is bands of wound
-- strands crossing every which way, with a loose end trailing on the ground.
local function halfspace(n, d)
  -- the region n·p > d (|n| = 1), as a big box
  local s = 1000
  return box(2 * s, 2 * s, 2 * s):move(0, s + d, 0):aim(n, {0, 0, 0})
end

return {
  id = "ball",
  names = {"ball", "rubber ball", "toy ball", "play ball", "playground ball", "kickball", "balls"},
  lvis = {"beachball"},
  family = "toys",
  size_mm = 70,
  description = "A red rubber toy ball with a white band",
  params = {tilt = {-12, 12}},
  attach_to = {"mouth", "hand", "top"},
  parts = {
    {"ball", "rubber", color = "#d42a2a", role = "primary", names = {"ball", "body", "panels", "segments", "red", "red panels"}},
    {"band", "rubber", color = "#f6f4ee", role = "secondary", names = {"band", "stripe", "stripes", "white", "caps", "swirl"}},
    {"yellow", "rubber", color = "#f4c81e", role = "detail", names = {"yellow", "yellow panels"}},
    {"blue", "rubber", color = "#2a62d0", role = "detail", names = {"blue", "blue panels"}},
    -- the bouncy ball and the ball of yarn are made of their own stuff, and
    -- take the prompt's first colour like the rubber ball does
    {"gloss", "glazed", color = "#8a2ad8", role = "primary", names = {"gloss"}},
    {"yarn", "fabric", color = "#c8465e", role = "primary", names = {"yarn", "wool", "strands", "thread"}},
  },
  variants = {
    beach = {names = {"beach ball", "beachball"}, size_mm = 360},
    bouncy = {names = {"bouncy ball", "bouncing ball", "bounce ball"}, size_mm = 32,
              colors = {band = "#f4d62a", blue = "#38d8c8"}},
    yarn = {names = {"ball of yarn", "yarn ball", "ball of wool", "wool ball", "yarn", "ball of string"},
            size_mm = 90},
  },
  build = function(k)
    local v = k.variant
    if v == "beach" then
      -- Six gores meeting at the poles under round caps, the valve on the top
      -- one; the axis leans towards the viewer so a cap and the colours show
      -- together.
      local R = 180
      local ball = sphere(R)
      local gores = {ball = {}, band = {}, yellow = {}, blue = {}}
      local order = {"ball", "band", "yellow", "band", "blue", "band"}
      for i = 0, 5 do
        local a0, a1 = math.rad(60 * i), math.rad(60 * (i + 1))
        local slab = intersect(halfspace({-math.sin(a0), 0, math.cos(a0)}, 0), halfspace({math.sin(a1), 0, -math.cos(a1)}, 0))
        table.insert(gores[order[i + 1]], slab)
      end
      local shape = empty()
      for _, name in ipairs({"ball", "yellow", "blue"}) do
        shape = shape + intersect(ball, union(gores[name])):part(name)
      end
      local caps = intersect(sphere(R + 1.5), cylinder(R * 0.2, 2 * R + 10):move(0, -R - 5, 0))
      local valve = cylinder(9, 14, 3):move(0, R - 2, 0) + cylinder(13, 4, 2):move(0, R + 8, 0)
      shape = shape + (intersect(ball, union(gores.band)) + caps + valve):part("band")
      return shape:roty(10 + k.p.tilt):rotz(-35):rotx(12):move(0, R, 0)
    end
    if v == "yarn" then
      -- Strands wound in bands round great circles at many angles, laid one
      -- over another.
      local R = 44
      local r = 4
      local ball = sphere(R)
      local dirs = {{0, 12}, {70, 38}, {140, -32}, {25, 82}, {110, -64}, {175, 55}}
      for j, d in ipairs(dirs) do
        -- each band is a raised layer of five turns with grooves between them,
        -- lying over the bands wound before it
        local top = R + j * 1.3
        local layer = intersect(subtract(sphere(top), sphere(R - 3)), box(3 * R, 5 * 2 * r + 1, 3 * R))
        local grooves = empty()
        for t = -2, 3 do
          local off = (t - 0.5) * 2 * r
          grooves = grooves + torus(math.sqrt(math.max(top * top - off * off, 1)), 1.8):move(0, off, 0)
        end
        ball = ball + subtract(layer, grooves):rotx(d[2]):roty(d[1])
      end
      local g = -R - 3 + r
      local tail = polyline(spline({{R * 0.45, R * 0.4, R * 0.55}, {R * 0.8, R * 0.15, R * 0.7}, {R * 1.0, g + R * 0.25, R * 0.72},
                         {R * 1.35, g, R * 0.45}, {R * 1.75, g, R * 0.6}, {R * 2.1, g, R * 0.3}}, 3), r * 0.9)
      return (ball:rotx(k.p.tilt) + tail):part("yarn"):roty(-20):move(0, R + 2, 0)
    end
    if v == "bouncy" then
      -- A small solid ball with two bright stripes crossing it, each a skin a
      -- hair proud of the ball.
      local R = 16
      local s1 = intersect(sphere(R + 0.5), torus(R, 2.2)):rotx(35)
      local s2 = intersect(sphere(R + 0.3), torus(R, 1.6)):rotz(-50):rotx(-20)
      return union(sphere(R):part("gloss"), s1:part("band"), s2:part("blue")):rotz(30 + k.p.tilt):rotx(20):move(0, R, 0)
    end
    -- The plain rubber ball: a thin white band round a tilted great circle,
    -- standing a hair proud of the surface.
    local R = 35
    local ball = sphere(R)
    local band = intersect(subtract(sphere(R + 0.6), sphere(R - 2)), box(3 * R, 5, 3 * R))
    -- the band's plane leans so that it crosses the face turned to the viewer
    local n = {0.8, 0.9, -0.3}
    return union(ball:part("ball"), band:aim(n, {0, 0, 0}):part("band")):roty(k.p.tilt):move(0, R, 0)
  end,
}
