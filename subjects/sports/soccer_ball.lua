-- A soccer ball (football): a white ball with twelve black pentagon patches
-- and seams between the panels.
local PHI = (1 + math.sqrt(5)) / 2

local function ico()
  local v = {}
  for _, a in ipairs({-1, 1}) do
    for _, b in ipairs({-1, 1}) do
      v[#v + 1] = {0, a, b * PHI}
      v[#v + 1] = {a, b * PHI, 0}
      v[#v + 1] = {b * PHI, 0, a}
    end
  end
  for i, p in ipairs(v) do
    local l = math.sqrt(p[1] ^ 2 + p[2] ^ 2 + p[3] ^ 2)
    v[i] = {p[1] / l, p[2] / l, p[3] / l}
  end
  return v
end

return {
  id = "soccer_ball",
  names = {"soccer ball", "football", "soccerball", "futbol", "footy ball", "soccer", "association football", "world cup ball"},
  lvis = {"soccer_ball"},
  family = "sports",
  size_mm = 220,
  description = "A soccer ball",
  params = {},
  parts = {
    {"panels", "leather", color = "#f6f6f4", role = "primary", names = {"panels", "ball", "white"}},
    {"patches", "leather", color = "#141416", role = "secondary", names = {"patches", "pentagons", "spots"}},
  },
  build = function(k)
    local R = 110
    local ball = sphere(R)
    local pent = {}
    for i = 0, 4 do
      local a = math.rad(90 + 72 * i)
      pent[#pent + 1] = {math.cos(a) * R * 0.33, math.sin(a) * R * 0.33}
    end
    local prism = extrude(pent, R * 1.2):rotx(-90):move(0, R * 0.6, 0)
    local patches = {}
    local seams = {}
    for i, v in ipairs(ico()) do
      local spin = (i * 37) % 72
      patches[#patches + 1] = prism:roty(spin):aim(v, {0, 0, 0})
    end
    local shell = subtract(sphere(R + 0.6), sphere(R - 3))
    local p = intersect(shell, union(patches))
    -- a shallow groove around every patch for the seams
    local grooves = intersect(subtract(sphere(R + 1), sphere(R - 0.8)), subtract(union(patches):scale(1.03), union(patches):scale(0.98)))
    ball = subtract(ball, grooves)
    return union(ball:part("panels"), subtract(p, grooves):part("patches")):move(0, R, 0)
  end,
}
