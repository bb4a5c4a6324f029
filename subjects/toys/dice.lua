-- A die: a rounded cube with pips, one to six, opposite faces adding to seven.
return {
  id = "dice",
  names = {"dice", "die", "game die", "six-sided die", "d6", "gaming dice", "board game dice", "casino dice"},
  lvis = {"die"},
  family = "toys",
  size_mm = 16,
  description = "A six-sided die",
  params = {turn = {0, 40}},
  parts = {
    {"cube", "plastic", color = "#f6f4f0", role = "primary", names = {"die", "cube", "body"}},
    {"pips", "plastic", color = "#141416", role = "secondary", names = {"pips", "dots", "spots"}},
  },
  build = function(k)
    local s = 16
    local cube = box(s, s, s, s * 0.14):move(0, s * 0.5, 0)
    local pr = s * 0.09
    local d = s * 0.27
    local layouts = {
      [1] = {{0, 0}}, [2] = {{-1, -1}, {1, 1}}, [3] = {{-1, -1}, {0, 0}, {1, 1}},
      [4] = {{-1, -1}, {1, 1}, {-1, 1}, {1, -1}}, [5] = {{-1, -1}, {1, 1}, {-1, 1}, {1, -1}, {0, 0}},
      [6] = {{-1, -1}, {-1, 0}, {-1, 1}, {1, -1}, {1, 0}, {1, 1}},
    }
    -- Faces: +Y 1, -Y 6, +X 2, -X 5, +Z 3, -Z 4.
    local faces = {
      {n = 1, f = function(a, b) return {a * d, s, b * d} end},
      {n = 6, f = function(a, b) return {a * d, 0, b * d} end},
      {n = 2, f = function(a, b) return {s * 0.5, s * 0.5 + a * d, b * d} end},
      {n = 5, f = function(a, b) return {-s * 0.5, s * 0.5 + a * d, b * d} end},
      {n = 3, f = function(a, b) return {a * d, s * 0.5 + b * d, s * 0.5} end},
      {n = 4, f = function(a, b) return {a * d, s * 0.5 + b * d, -s * 0.5} end},
    }
    local pips = {}
    for _, face in ipairs(faces) do
      for _, ab in ipairs(layouts[face.n]) do pips[#pips + 1] = sphere(pr):move(table.unpack(face.f(ab[1], ab[2]))) end
    end
    local holes = union(table.unpack(pips))
    local dots = {}
    for _, face in ipairs(faces) do
      for _, ab in ipairs(layouts[face.n]) do
        -- the dot fills the bottom of its dimple (sunk a little along the face's inward normal)
        local q = face.f(ab[1], ab[2])
        local c = {q[1], q[2] - s * 0.5, q[3]}
        for i = 1, 3 do c[i] = math.abs(c[i]) > s * 0.49 and -c[i] / math.abs(c[i]) * pr * 0.3 or 0 end
        dots[#dots + 1] = sphere(pr):move(q[1] + c[1], q[2] + c[2], q[3] + c[3])
      end
    end
    local shape = subtract(cube, holes):part("cube") + intersect(union(table.unpack(dots)), cube):part("pips")
    return shape:move(0, -s * 0.5, 0):roty(k.p.turn):move(0, s * 0.5, 0)
  end,
}
