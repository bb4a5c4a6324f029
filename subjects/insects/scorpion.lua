-- A scorpion: a flat segmented body on eight legs, two big pincer claws held
-- forward, and a segmented tail arched up over the back ending in a stinger.
local I = use and use("insect")

local species = {
  height = 8, abdomen = {18, 5, 10}, thorax = {10, 5, 10}, head_r = 5, waist = 0.8, neck = 0.3, head_y = -1,
  leg_pairs = 4, leg_r = 1.3, leg_span = 3.0, knee_h = 0.8,
  eye_r = 0.2, eye_fwd = 0.6, eye_up = 0.6,
}

local parts = {
  {"body", "glazed", color = "#2a2018", role = "primary", names = {"body", "shell"}},
  {"abdomen", "glazed", color = "#2e231a", role = "secondary", names = {"abdomen", "back"}},
  {"legs", "glazed", color = "#3a2c20", role = "detail", names = {"legs", "claws", "pincers", "tail"}},
  {"stinger", "glazed", color = "#c8801e", role = "detail", names = {"stinger", "sting"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "scorpion",
  names = {"scorpion", "scorpian", "emperor scorpion", "desert scorpion"},
  lvis = {},
  family = "insects",
  size_mm = 40,
  description = "A scorpion",
  parts = parts,
  variants = {
    yellow = {names = {"yellow scorpion", "desert scorpion"}, colors = {body = "#c8a050", abdomen = "#c8a050", legs = "#b89040"}},
  },
  attach_to = {"head", "back"},
  points = {"head", "back", "face"},
  build = function(k)
    local shape = I.build(k, species, parts)
    local H = 8
    local ax = -10 - 18 * 0.8
    -- tail: segments rising from the rear and arching forward over the back
    local pts = {}
    for i = 0, 6 do
      local a = math.rad(200 - i * 32)
      pts[#pts + 1] = {ax - 14 + 20 * math.cos(a) + 6, H + 18 + 20 * math.sin(a), 0}
    end
    pts[1] = {ax - 14, H, 0}
    local tail = tube(pts, 4.6, 2.8)
    local beads = {}
    for _, p in ipairs(spline(pts, 2)) do beads[#beads + 1] = sphere(3.9):move(p[1], p[2], p[3]) end
    shape = shape + smooth(1, tail, union(table.unpack(beads))):part("abdomen")
    local last = pts[#pts]
    shape = shape + sphere(4):move(last[1] + 3, last[2] - 1, 0):part("stinger")
    shape = shape + cone(2, 0.3, 8):rotz(150):move(last[1] + 5, last[2] - 3, 0):part("stinger")
    -- pincers
    for _, sz in ipairs({-1, 1}) do
      local sh = {12, H, sz * 7}
      local el = {22, H + 3, sz * 18}
      local wr = {32, H + 3, sz * 16}
      shape = shape + tube({sh, el, wr}, 2.4, 2.2):part("legs")
      shape = shape + ellipsoid(8, 4.5, 5.5):move(wr[1] + 7, wr[2], wr[3]):part("legs")
      shape = shape + ellipsoid(6, 1.8, 2.2):rotz(-10):move(wr[1] + 17, wr[2] - 0.5, wr[3] - sz * 2.5):part("legs")
      shape = shape + ellipsoid(5.5, 1.6, 2):rotz(18):move(wr[1] + 16, wr[2] + 3, wr[3] - sz * 2.5):part("legs")
    end
    return shape
  end,
}
