-- A dartboard: a round board of alternating black and cream sectors with red
-- and green double and treble rings and a bullseye, in a black surround,
-- standing upright with darts stuck in it.
return {
  id = "dartboard",
  names = {"dartboard", "dart board", "darts board", "darts"},
  lvis = {"dartboard", "dart"},
  family = "sports",
  size_mm = 460,
  description = "A dartboard with darts",
  params = {},
  parts = {
    {"black", "fabric", color = "#1a1a1a", role = "primary", names = {"board", "surround", "black sectors"}},
    {"cream", "fabric", color = "#f0e2c0", role = "secondary", names = {"cream sectors", "light sectors"}},
    {"red", "fabric", color = "#c81e1e", role = "detail", names = {"red rings", "rings", "bullseye"}},
    {"green", "fabric", color = "#1e8a3a", role = "detail", names = {"green rings"}},
    {"darts", "steel", color = "#c8ccd2", role = "detail", names = {"darts", "dart"}},
    {"flights", "plastic", color = "#2a6ad8", role = "detail", names = {"flights", "feathers"}},
  },
  build = function(k)
    local R = 170
    local T = 36
    local function disc(r, t) return cylinder(r, t):rotx(90):move(0, 0, t / 2) end
    local function ring(r0, r1, t) return subtract(disc(r1, t), disc(r0, t + 2)) end
    local sectors = {}
    for i = 0, 9 do
      local a = math.rad(36 * i - 9)
      local w = extrude({{0, 0}, {math.cos(a) * 400, math.sin(a) * 400}, {math.cos(a + math.rad(18)) * 400, math.sin(a + math.rad(18)) * 400}}, 200)
      sectors[#sectors + 1] = w
    end
    local wedges = union(sectors)
    local face = disc(R, T)
    local surround = disc(R + 45, T - 4)
    local cream = intersect(disc(R - 1, T + 1), wedges)
    local rings = {}
    local dbl, trb = ring(R - 12, R, T + 2.5), ring(R * 0.55, R * 0.55 + 12, T + 2.5)
    local red = union(intersect(union(dbl, trb), wedges), disc(8, T + 3))
    local green = union(subtract(union(dbl, trb), wedges), ring(8, 18, T + 2.5))
    local darts, flights = {}, {}
    for i, p in ipairs({{30, 60}, {-50, -20}, {70, -40}}) do
      local base = {p[1], p[2], T / 2}
      darts[#darts + 1] = union(capsule(base, {p[1] + 6, p[2] + 4, T / 2 + 50}, 4), capsule({p[1] + 6, p[2] + 4, T / 2 + 50}, {p[1] + 10, p[2] + 7, T / 2 + 80}, 5))
      local tail = {p[1] + 12, p[2] + 8, T / 2 + 100}
      darts[#darts + 1] = capsule({p[1] + 10, p[2] + 7, T / 2 + 78}, tail, 4)
      flights[#flights + 1] = union(box(6, 30, 30):move(tail), box(30, 6, 30):move(tail))
    end
    local shape = union(union(subtract(face, wedges), surround):part("black"), cream:part("cream"), red:part("red"), green:part("green"),
                        union(darts):part("darts"), union(flights):part("flights"))
    return shape:move(0, R + 45, 0):roty(15)
  end,
}
