-- A weathervane: a vertical rod rising from a small roof-ridge block, a
-- cross of N-E-S-W arms with cut-out letters on their ends, and at the top
-- a long arrow with a flat cut-out rooster (comb, beak, wattle and a big
-- sickle tail) standing on it. The arrow points along +X; north is +Z.

-- The rooster's side outline, facing +X, feet at the origin (units ~3 mm).
local ROOSTER = {
  {-14, 0}, {14, 0}, {14, 5}, {6, 7}, {5, 30},            -- foot plate and leg
  {20, 40}, {32, 54}, {38, 70}, {41, 82},                 -- breast and neck
  {45, 78}, {49, 75}, {52, 80}, {49, 88},                 -- wattle
  {59, 93}, {49, 99},                                     -- beak
  {48, 104}, {51, 111}, {45, 108}, {43, 117}, {38, 110},  -- comb
  {33, 118}, {30, 108}, {25, 111}, {27, 100},
  {25, 90}, {20, 78}, {8, 66}, {-8, 63},                  -- hackles and back
  {-12, 76}, {-16, 94}, {-26, 110}, {-40, 119},           -- the sickle tail
  {-55, 116}, {-65, 104}, {-68, 88}, {-63, 72},
  {-57, 80}, {-56, 68}, {-50, 56}, {-48, 64}, {-42, 50},  -- notched feather tips
  {-30, 42}, {-14, 34}, {-7, 30}, {-6, 7}, {-14, 5},      -- belly and back of leg
}

-- Cut-out compass letters, 80 mm tall, in the XY plane, reading from +Z.
local LETTERS = {
  N = {{{-20, -40}, {-20, 40}, {20, -40}, {20, 40}}},
  E = {{{20, 40}, {-20, 40}, {-20, -40}, {20, -40}}, {{-20, 0}, {14, 0}}},
  S = {{{20, 30}, {8, 40}, {-10, 40}, {-21, 28}, {-14, 8}, {12, -6}, {21, -24}, {10, -40}, {-8, -40}, {-21, -30}}},
  W = {{{-30, 40}, {-16, -40}, {0, 22}, {16, -40}, {30, 40}}, {{0, 22}, {0, 0}}},
}

local function letter(ch, r)
  local strokes = {}
  for i, pts in ipairs(LETTERS[ch]) do
    local p3 = {}
    for j, p in ipairs(pts) do p3[j] = {p[1], p[2], 0} end
    if ch == "S" then strokes[i] = tube(p3, r) else strokes[i] = polyline(p3, r) end
  end
  return union(strokes)
end

return {
  id = "weathervane",
  names = {"weathervane", "weather vane", "wind vane", "rooster weathervane", "weathercock", "weather cock",
           "weather rooster", "rooster vane", "wind direction vane", "weathervain", "wether vane"},
  lvis = {"weathervane"},
  family = "buildings",
  size_mm = 900,
  description = "A rooster weathervane with an arrow and N-E-S-W arms on a roof ridge",
  params = {arm = {215, 245}, turn = {-14, 14}},
  parts = {
    {"vane", "iron", color = "#232326", role = "primary", names = {"vane", "rooster", "cockerel", "arrow", "rod",
                                                                   "arms", "letters", "pole"}},
    {"roof", "terracotta", color = "#8a3e2e", role = "secondary", names = {"roof", "ridge", "base", "block",
                                                                          "roof ridge"}},
    {"balls", "gold", color = "#c9a042", role = "detail", names = {"balls", "ball", "finial", "finials", "globe"}},
  },
  points = {"top"},
  build = function(k)
    local R = k.p.arm
    -- The base: a short block of roof with its ridge along Z and a lead
    -- flashing boss where the rod goes in.
    local rw, rd = 240, 190
    local roof = extrude({{-rw / 2, 0}, {rw / 2, 0}, {rw / 2, 26}, {0, 100}, {-rw / 2, 26}}, rd, 3)
    -- a few courses of tiles: grooves along the ridge on both slopes
    local grooves = {}
    for i = 1, 3 do
      local t = i / 4
      local x, y = rw / 2 * (1 - t), 26 + 74 * t
      grooves[#grooves + 1] = cylinder(3, rd + 20):move(0, -(rd + 20) / 2, 0):rotx(90):move(x, y + 1.5, 0)
      grooves[#grooves + 1] = cylinder(3, rd + 20):move(0, -(rd + 20) / 2, 0):rotx(90):move(-x, y + 1.5, 0)
    end
    roof = roof - union(grooves)
    local ridge = cylinder(10, rd + 6):move(0, -(rd + 6) / 2, 0):rotx(90):move(0, 100, 0)
    local boss = cone(30, 14, 34):move(0, 92, 0)

    -- the rod and the compass cross
    local top = 880
    local rod = cylinder(12.5, top - 100):move(0, 100, 0)
    local yc = 430
    local arms = cylinder(11, 2 * R):move(0, -R, 0):rotx(90):move(0, yc, 0)
      + cylinder(11, 2 * R):move(0, -R, 0):rotz(90):move(0, yc, 0)
    local balls = sphere(22):move(0, yc, 0) + sphere(26):move(0, top - 12, 0) + sphere(18):move(0, 150, 0)
    local letters = {}
    local dirs = {{"N", 0}, {"W", 90}, {"S", 180}, {"E", 270}}
    for _, d in ipairs(dirs) do
      local a = math.rad(d[2])
      local sx, sz = math.sin(a), math.cos(a)
      balls = balls + sphere(17):move(sx * (R - 6), yc, sz * (R - 6))
      letters[#letters + 1] = letter(d[1], 10):scale(1.25):roty(d[2]):move(sx * (R + 10), yc, sz * (R + 10))
    end

    -- the arrow: a shaft with a flat head and a swallow-tailed fin
    local ya = top + 14
    local L = 300
    local shaft = cylinder(11, 2 * L):move(0, -L, 0):rotz(90):move(0, ya, 0)
    local head = extrude({{L - 10, 34}, {L + 70, 0}, {L - 10, -34}, {L + 6, 0}}, 16, 2):move(0, ya, 0)
    local fin = extrude({{-L + 90, 8}, {-L + 20, 62}, {-L - 40, 62}, {-L + 6, 0}, {-L - 40, -62}, {-L + 20, -62},
                         {-L + 90, -8}}, 16, 2):move(0, ya, 0)
    -- the rooster standing on the arrow over the rod
    local s = 3.3
    local pts = {}
    for i, p in ipairs(ROOSTER) do pts[i] = {p[1] * s, p[2] * s} end
    local rooster = extrude(pts, 18, 2)
    -- a round eye cut through and a wing line
    rooster = rooster - cylinder(6, 40):move(0, -20, 0):rotx(90):move(40 * s, 101 * s, 0)
    rooster = rooster - tube({{-4 * s, 66 * s, 0}, {8 * s, 56 * s, 0}, {20 * s, 52 * s, 0}}, 4.5):stretch(1, 1, 3)
    rooster = rooster:move(-6 * s, ya + 4, 0)

    local vane = union(rod, arms, union(letters), shaft, head, fin, rooster)
    k.attach("top", {0, ya + 118 * s, 0}, 120)
    return union((roof + ridge):part("roof"), (vane + boss):part("vane"), balls:part("balls")):roty(k.p.turn)
  end,
}
