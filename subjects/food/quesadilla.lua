-- A quesadilla on a plate: a flour tortilla folded in half over melted
-- cheese, pressed flat and toasted golden with darker spots, cut from the
-- middle of the fold into three wedges laid a little apart. Cheese oozes
-- from the open curved edge and from the cut faces, where bits of chicken
-- and peppers show; dollops of sour cream, guacamole and salsa sit beside.
local T = 15          -- the pressed thickness
local SKIN = 3        -- each tortilla layer

-- A sector of the half disc between angles a0 and a1 (degrees from +X
-- towards +Z), reaching past the rim; the outer wedges take in the folded
-- edge below the axis.
local function sector(R, a0, a1)
  local pts = {}
  if a0 <= 0 then pts[#pts + 1] = {0, -30}; pts[#pts + 1] = {R * 1.4, -30} end
  for i = 0, 4 do
    local a = math.rad(a0 + (a1 - a0) * i / 4)
    pts[#pts + 1] = {math.cos(a) * R * 1.4, math.sin(a) * R * 1.4}
  end
  if a1 >= 180 then pts[#pts + 1] = {-R * 1.4, -30}; pts[#pts + 1] = {0, -30} else pts[#pts + 1] = {0, 0} end
  return extrude(pts, 200):rotx(90)
end

return {
  id = "quesadilla",
  names = {"quesadilla", "cheese quesadilla", "chicken quesadilla", "quesadilla wedges", "plate of quesadillas",
           "quesadilla plate", "quesidilla", "quesadila", "quesedilla", "quesadia", "sincronizada"},
  lvis = {"quesadilla"},
  family = "food",
  size_mm = 40,
  description = "A toasted quesadilla cut in three wedges on a plate, with dips",
  params = {R = {96, 104}, gap = {9, 13}, turn = {-20, 20}},
  parts = {
    {"tortilla", "food", color = "#e0ae5e", role = "primary", names = {"tortilla", "tortillas", "shell", "bread", "wedges"}},
    {"cheese", "food", color = "#fad65a", role = "secondary", names = {"cheese", "melted cheese", "queso"}},
    {"spots", "food", color = "#b87a3c", role = "detail", names = {"spots", "toasted spots", "char", "grill marks"}},
    {"filling", "food", color = "#b07848", role = "detail", names = {"filling", "chicken", "meat", "beef", "steak"}},
    {"peppers", "food", color = "#c83a24", role = "detail", names = {"peppers", "pepper", "onions", "jalapenos"}},
    {"plate", "ceramic", color = "#f4f4f2", role = "detail", names = {"plate", "dish"}},
    {"sour_cream", "food", color = "#f8f6ee", role = "detail", names = {"sour cream", "cream", "crema"}},
    {"guacamole", "food", color = "#7aa83a", role = "detail", names = {"guacamole", "guac", "avocado"}},
    {"salsa", "food", color = "#c8321e", role = "detail", names = {"salsa", "pico de gallo", "tomato"}},
  },
  points = {"top"},
  build = function(k)
    local R = k.p.R
    local floor = 4
    local PR = R * 1.5
    local plate = lathe({{PR * 0.9, 0}, {PR, 9}, {PR * 0.92, 10}, {PR * 0.7, floor + 0.5}, {0.5, floor + 0.5}})
    -- the folded half moon, the fold along the X axis, the open edge round +Z
    local up = box(4 * R, 200, 2 * R, 0):move(0, 0, R)         -- z > 0
    local slab = intersect(cylinder(R, T, 6), up)
    local fold = capsule({-R, T / 2, 0}, {R, T / 2, 0}, T / 2)
    local body = intersect(union(slab, fold), cylinder(R, T + 2):move(0, -1, 0))
    -- the melted cheese between the layers, bulging out at the open edge
    local core = intersect(cylinder(R + 2.5, T - 2 * SKIN), box(4 * R, 200, 2 * R, 0):move(0, 0, R + 2)):move(0, SKIN, 0)
    core = core:noise(1.2, 9, 2)
    local tortilla = subtract(body, intersect(core, cylinder(R - 0.5, T)))
    -- toasted spots pressed into the top
    local spots = {}
    local ga = math.pi * (3 - math.sqrt(5))
    for i = 0, 29 do
      local rr = (R - 24) * math.sqrt((i + 0.5) / 30)
      local a = i * ga
      local px, pz = math.cos(a) * rr, math.abs(math.sin(a)) * rr + 8
      if pz < R - 22 then
        local s = union(ellipsoid(6 + (i % 3) * 3, 1.3, 4 + (i % 2) * 3), ellipsoid(4, 1.3, 3.5):move(6, 0, 3)):roty(i * 53)
        spots[#spots + 1] = s:move(px, T - 0.3, pz)
      end
    end
    local spot = union(spots)
    -- bits of filling in the cheese, showing at the cut faces
    local bits, peps = {}, {}
    for w = 1, 2 do
      local a = math.rad(60 * w)
      for j = 0, 4 do
        local r = 16 + j * (R - 30) / 4
        local c = {math.cos(a) * r, T / 2, math.sin(a) * r}
        local side = (j % 2 == 0) and 1 or -1
        local n = {-math.sin(a) * side * 2, 0, math.cos(a) * side * 2}
        local b = box(9, 4.5, 9, 1.5):roty(j * 37 + w * 20):move(c[1] + n[1], c[2] + (j % 2) * 0.8 - 0.4, c[3] + n[3])
        if (j + w) % 2 == 0 then bits[#bits + 1] = b else peps[#peps + 1] = b end
      end
    end
    local bit, pep = union(bits), union(peps)
    -- cut in three wedges, each drawn a little apart along its middle
    local out = {}
    local g = k.p.gap
    for i = 0, 2 do
      local a0, a1 = 60 * i, 60 * (i + 1)
      local cut = sector(R, a0, a1)
      -- the cheese swells a touch past the cut faces
      local ooze = intersect(core:round(1.2), sector(R, a0 - 1.2, a1 + 1.2))
      local bm = math.rad(30 + 60 * i)
      local dx, dz = math.cos(bm) * g, math.sin(bm) * g
      local piece = union(intersect(tortilla, cut):part("tortilla"), ooze:part("cheese"),
                          intersect(spot, cut):part("spots"), intersect(bit, cut):part("filling"),
                          intersect(pep, cut):part("peppers"))
      out[#out + 1] = piece:move(dx, 0, dz)
    end
    local q = union(out):move(0, floor - 0.8, -R * 0.36)
    -- the dips in front of the fold
    local dz = -R * 0.36 - 34
    local cream = smooth(4, ellipsoid(22, 10, 20), ellipsoid(13, 9, 12):move(1, 8, 0), cone(8, 1, 10):move(2, 13, 0))
    local guac = ellipsoid(24, 12, 21):noise(1.5, 8, 2)
    local salsa = union(ellipsoid(22, 8, 19):noise(1, 8, 1), box(7, 5, 7, 1.5):roty(20):move(6, 7, 4),
                        box(6, 5, 6, 1.5):roty(50):move(-7, 6, -3), box(6, 5, 6, 1.5):move(0, 7, -8))
    local dips = union(cream:move(-58, floor, dz - 6):part("sour_cream"), guac:move(0, floor, dz - 14):part("guacamole"),
                       salsa:move(58, floor, dz - 6):part("salsa"))
    k.attach("top", {0, floor + T, 0}, R)
    return union(plate:part("plate"), q, dips):roty(k.p.turn)
  end,
}
