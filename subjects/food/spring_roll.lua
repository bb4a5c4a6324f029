-- Fried spring rolls on a small round plate: golden crispy cylinders with a
-- blistered wrapper, their ends tapering where the wrapper is folded in
-- (the folded corner lying over each end), two lying side by side and a
-- third cut on the slant showing its green and orange vegetable filling;
-- a little bowl of red-orange sweet chilli dipping sauce beside them.
-- Egg rolls are fatter and darker brown.
local F -- the food library, loaded when building

-- A roll lying along Z from z0 to z1 at (x, y): a sweep whose radius
-- tapers towards both folded ends, with the folded corner of the wrapper
-- lying over each end, blistered all over.
local function roll(x, y, z0, z1, R, blister)
  local pts = {}
  for i = 0, 8 do pts[#pts + 1] = {x, y, z0 + (z1 - z0) * i / 8} end
  local function rad(t)
    local e = math.min(t, 1 - t) / 0.16
    if e > 1 then e = 1 end
    return R * (0.7 + 0.3 * math.sin(e * math.pi / 2))
  end
  local body = F.sweep(pts, rad, 2, 3)
  -- blunt ends, where the wrapper was folded in square
  local cz, lz = (z0 + z1) / 2, math.abs(z1 - z0)
  body = smooth_int(body, box(R * 4, R * 4, lz - R * 0.5):move(x, y, cz), 3)
  local flaps = {}
  for _, s in ipairs({0, 1}) do
    local ze = s == 0 and z0 or z1
    local dir = s == 0 and 1 or -1
    -- the folded corner: a flat tongue of wrapper over the end, slanting
    flaps[#flaps + 1] = ellipsoid(R * 0.75, R * 0.4, R * 0.55):rotx(dir * 40):move(x, y + R * 0.35, ze + dir * R * 0.55)
  end
  body = smooth(2.5, body, union(flaps))
  -- blistered all over, but smooth where it rests on the plate (so the
  -- plate keeps its own colour round it)
  local low = y - R * 0.55
  local rough = intersect(body:noise(blister, 3.2, 2), box(R * 4, R * 4, 400):move(x, low + R * 2, 0))
  return rough + intersect(body, box(R * 4, R, 400):move(x, low - R * 0.5 + 1, 0)), pts
end

return {
  id = "spring_roll",
  names = {"spring roll", "spring rolls", "fried spring roll", "fried spring rolls", "lumpia", "springroll",
           "chinese spring roll", "vietnamese spring roll", "cha gio", "plate of spring rolls", "spring roll plate",
           "spring rolls with dipping sauce", "spring roll with sauce", "crispy spring roll", "vegetable spring roll",
           "veggie spring roll", "sprin roll"},
  lvis = {"egg_roll"},
  family = "food",
  size_mm = 34,
  description = "Fried spring rolls on a small plate with a dish of dipping sauce",
  counted = "rolls",                   -- "five spring rolls" is one plate of five
  params = {turn = {-10, 10}},
  parts = {
    {"rolls", "food", color = "#d9a04a", role = "primary",
     names = {"rolls", "roll", "wrapper", "wrappers", "spring rolls", "pastry", "crust", "skin"}},
    {"plate", "ceramic", color = "#f4f2ec", role = "secondary", names = {"plate", "dish", "platter"}},
    {"filling", "food", color = "#8eaa4e", role = "detail", names = {"filling", "vegetables", "veggies", "cabbage", "stuffing"}},
    {"carrot", "food", color = "#e07a2a", role = "detail", names = {"carrot", "carrots"}},
    {"bowl", "ceramic", color = "#2c3e5c", role = "detail", names = {"bowl", "sauce bowl", "sauce dish", "ramekin", "dip bowl"}},
    {"sauce", "food", color = "#d2411e", role = "detail",
     names = {"sauce", "dip", "dipping sauce", "sweet chili sauce", "sweet chilli sauce", "chili sauce", "chilli sauce"}},
  },
  variants = {
    egg = {names = {"egg roll", "egg rolls", "fried egg roll", "chinese egg roll", "plate of egg rolls"},
           size_mm = 40, colors = {rolls = "#b9772e"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local egg = k.variant == "egg"
    local R = egg and 16 or 13.5
    local L = egg and 124 or 122
    -- The plate: a low round plate with a flat well and a sloping rim.
    local plate = revolve({{0, 0}, {60, 0}, {62, 2}, {70, 4}, {100, 11}, {107, 15}, {105, 18}, {98, 16}, {70, 8.5},
                           {0, 8.5}})
    local py = 8.5
    local pieces = {}
    -- As many as the prompt says ("five spring rolls": counted below),
    -- three by default: whole ones side by side, the last cut; past three,
    -- the rest lie on top, in the hollows between the first ones.
    local n = 3
    if k.counts and k.counts.rolls then n = math.max(1, math.min(k.counts.rolls, 5)) end
    local step, y0 = 2 * R - 1.5, py + R - 1.5
    local below = math.min(n, 3)
    local xa = -32 + (3 - below) * step / 2
    local whole_rolls = {}
    local shifts = {0, -6}
    for i = 0, below - 2 do
      whole_rolls[#whole_rolls + 1] = roll(xa + i * step, y0, -L / 2 + shifts[i + 1], L / 2 + shifts[i + 1], R, 1.3)
    end
    for i = 0, n - 4 do
      local z = i == 0 and 3 or -3
      whole_rolls[#whole_rolls + 1] = roll(xa + (i + 0.5) * step, y0 + 0.8 * step, -L / 2 + z, L / 2 + z, R, 1.3)
    end
    -- The last one cut on the slant: its front half shows the filling.
    local xc = xa + (below - 2) * step + 2 * R + 4
    local cut = box(200, 200, 200):move(0, 0, 100):roty(35):move(xc, 0, 12)
    local whole = roll(xc, py + R - 1.5, -L / 2 + 6, L / 2 + 6, R, 1.3)
    local half = subtract(whole, cut)
    local inner = capsule({xc, py + R - 1.5, -L / 2 + 14}, {xc, py + R - 1.5, L / 2}, R - 2.2)
    local fill = subtract(intersect(inner, half:round(0.1)), cut)
    local face = intersect(fill, cut:move(0, 0, -4))
    -- shreds of carrot on the cut face
    local carrot = empty()
    for i = 0, 4 do
      local a = i * 2.2
      carrot = carrot + box(2.2, 2.2, 10):roty(35 + i * 20):move(xc + math.cos(a) * R * 0.45, py + R - 1.5 + math.sin(a) * R * 0.45, 12)
    end
    carrot = intersect(carrot, fill:round(0.6))
    whole_rolls[#whole_rolls + 1] = subtract(half, face)
    local rolls = union(whole_rolls)
    -- A small bowl of dipping sauce on the plate's far side.
    local bx, bz = 56, -56
    local bowl = revolve({{0, 0}, {14, 0}, {15, 2}, {25, 13}, {27, 15}, {24, 16}, {13, 6}, {0, 6}})
    local sauce = revolve({{0, 5}, {13, 5.5}, {21.5, 12}, {0, 12}})
    bowl = bowl:move(bx, py - 1, bz)
    sauce = sauce:move(bx, py - 1, bz)
    local shape = union(plate:part("plate"), rolls:part("rolls"), face:part("filling"), carrot:part("carrot"),
                        bowl:part("bowl"), sauce:part("sauce"))
    k.attach("top", {-10, py + 2 * R, 0}, 120)
    return shape:roty(-20 + k.p.turn)
  end,
}
