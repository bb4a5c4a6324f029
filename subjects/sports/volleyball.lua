-- A volleyball: a white ball made of eighteen curved strip panels, three to a
-- group, with the middle strip of each group coloured (blue and yellow).
local function halfspace(n, d)
  -- the region n·p > d (|n| = 1), as a big box
  local s = 1000
  return box(2 * s, 2 * s, 2 * s):move(0, s + d, 0):aim(n, {0, 0, 0})
end

return {
  id = "volleyball",
  names = {"volleyball", "volley ball", "beach volleyball", "voleyball"},
  lvis = {"volleyball"},
  family = "sports",
  size_mm = 210,
  description = "A volleyball",
  params = {},
  parts = {
    {"panels", "leather", color = "#f6f6f2", role = "primary", names = {"panels", "ball", "white"}},
    {"stripe1", "leather", color = "#1e4ab8", role = "secondary", names = {"blue", "stripes"}},
    {"stripe2", "leather", color = "#f4c81e", role = "detail", names = {"yellow"}},
    {"seams", "leather", color = "#9a9a96", role = "fixed"},
  },
  variants = {
    beach = {names = {"inflatable ball"}, colors = {stripe1 = "#e8302a", stripe2 = "#2a7ae8"}},
  },
  build = function(k)
    local R = 105
    if k.variant == "beach" then
      local gores = {}
      local cols = {{}, {}, {}}
      for i = 0, 5 do
        local slab = intersect(halfspace({math.cos(math.rad(60 * i + 90)), 0, -math.sin(math.rad(60 * i + 90))}, 0),
                               halfspace({math.cos(math.rad(60 * i - 30)), 0, -math.sin(math.rad(60 * i - 30))}, 0))
        table.insert(cols[i % 3 + 1], slab)
      end
      local ball = sphere(R)
      local caps = union(cylinder(R * 0.25, 2 * R + 4):move(0, -R - 2, 0))
      return union(intersect(ball, union(cols[1])):part("panels"), intersect(ball, union(cols[2])):part("stripe1"),
                   intersect(ball, union(cols[3])):part("stripe2"), intersect(sphere(R + 0.5), caps):part("panels")):move(0, R, 0)
    end
    local ball = sphere(R)
    -- six faces of a cube; each face's strips run across it, alternating direction
    local axes = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}}
    local strip_dir = {{0, 1, 0}, {0, 1, 0}, {0, 0, 1}, {0, 0, 1}, {1, 0, 0}, {1, 0, 0}}
    local function face_of(a, d)
      local face = halfspace(a, 0)
      for _, b in ipairs(axes) do
        if b[1] * a[1] + b[2] * a[2] + b[3] * a[3] == 0 then
          face = intersect(face, halfspace({(a[1] - b[1]) / math.sqrt(2), (a[2] - b[2]) / math.sqrt(2), (a[3] - b[3]) / math.sqrt(2)}, d))
        end
      end
      return face
    end
    local mids, grooves = {}, {}
    for i, a in ipairs(axes) do
      local face = face_of(a, 0)
      grooves[#grooves + 1] = subtract(face, face_of(a, 1.3))
      local sd = strip_dir[i]
      local band = box(sd[1] ~= 0 and R * 0.62 or 3 * R, sd[2] ~= 0 and R * 0.62 or 3 * R, sd[3] ~= 0 and R * 0.62 or 3 * R)
      mids[#mids + 1] = {intersect(face, band), i}
      for _, off in ipairs({-R * 0.31, R * 0.31}) do
        grooves[#grooves + 1] = intersect(face, box(sd[1] ~= 0 and 2.5 or 3 * R, sd[2] ~= 0 and 2.5 or 3 * R, sd[3] ~= 0 and 2.5 or 3 * R)
          :move(sd[1] * off, sd[2] * off, sd[3] * off))
      end
    end
    local blue, yellow = {}, {}
    for _, m in ipairs(mids) do
      if m[2] <= 2 or m[2] >= 5 then blue[#blue + 1] = m[1] else yellow[#yellow + 1] = m[1] end
    end
    local skin = subtract(sphere(R + 0.6), sphere(R - 3))
    local g = intersect(skin, union(grooves))
    ball = subtract(ball, g)
    return union(ball:part("panels"), subtract(intersect(skin, union(blue)), g):part("stripe1"),
                 subtract(intersect(skin, union(yellow)), g):part("stripe2"), intersect(sphere(R - 0.5), g):part("seams")):rotx(20):roty(20):move(0, R, 0)
  end,
}
