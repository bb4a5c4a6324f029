-- Milk: a gable-topped milk carton, white with a wide blue band round it,
-- a blue panel on the roof with a white screw cap on it and the sealed
-- fin along the ridge. A milk bottle is the old-fashioned glass bottle:
-- see-through glass with the white milk inside it (kept a little clear of
-- the glass, so it shows), a short neck and a foil cap pressed into the
-- mouth. Chocolate and strawberry milk and a juice carton change the band.
local V = use("vessel")

return {
  id = "milk",
  -- ("milk" alone is left to the liquid: "a glass of milk" fills the glass)
  names = {"milk carton", "carton of milk", "gable top carton", "milk box", "carton milk", "cream carton",
           "carton of cream", "buttermilk carton", "milk cartoon", "milk carton box"},
  lvis = {"milk", "carton"},
  family = "food",
  size_mm = 200,
  description = "A gable-top milk carton, white with a blue band",
  params = {},
  parts = {
    {"carton", "paper", color = "#f8f8f4", role = "primary", names = {"carton", "box", "body"}},
    {"band", "paper", color = "#2f6cc0", role = "secondary", names = {"band", "label", "stripe", "print"}},
    {"cap", "plastic", color = "#f4f4f0", role = "detail", names = {"cap", "lid", "top", "foil"}},
    {"glass", "glass", color = "#f2f6f6", role = "detail", names = {"glass", "bottle"}},
    {"milk", "food", color = "#fbfaf4", role = "detail", names = {"milk"}},
  },
  variants = {
    bottle = {names = {"bottle of milk", "glass milk bottle", "old fashioned milk bottle", "milkman bottle",
                       "pint of milk", "glass bottle of milk"},
              size_mm = 210, colors = {cap = "#c8ccd2", band = "#2f6cc0"}},
    chocolate = {names = {"chocolate milk carton", "carton of chocolate milk"},
                 colors = {band = "#6a3a1e"}},
    juice = {names = {"juice carton", "orange juice carton", "carton of juice", "carton of orange juice", "juice box carton"},
             colors = {band = "#f08a1c"}},
    strawberry = {names = {"strawberry milk carton", "carton of strawberry milk", "pink milk carton"},
                  colors = {band = "#e86a9a"}},
  },
  points = {"top"},
  build = function(k)
    if k.variant == "bottle" then
      -- a glass bottle: a wide body, a rounded shoulder, a short neck with a lip
      local h = 210
      local prof = V.keyed({{0, 36}, {0.03, 39}, {0.52, 39}, {0.8, 22}, {0.9, 20}, {0.96, 21}, {1, 23}}, h, 28)
      local wall = 3.5
      local glass = vessel(prof, wall, 6):part("glass")
      -- the milk: the bottle's inside, kept 5 mm clear of the glass, from the
      -- floor up to the mouth; what is left between them opens at the mouth
      local c = wall + 5
      local inner = {}
      for _, p in ipairs(prof) do
        if p[2] < h - 4 then inner[#inner + 1] = {math.max(p[1] - c, 2), p[2]} end
      end
      local milk_prof = {{0, 5}}
      for _, p in ipairs(inner) do
        if p[2] > 5 then milk_prof[#milk_prof + 1] = p end
      end
      milk_prof[#milk_prof + 1] = {0, h - 4}
      local milk = revolve(milk_prof):part("milk")
      -- the foil cap pressed into the mouth, on the milk
      local cr = V.radius_at(prof, h - 4) - c
      local cap = cylinder(cr + 1, 4, 1.2):move(0, h - 6, 0) + sphere(cr * 0.6):stretch(1, 0.25, 1):move(0, h - 2, 0)
      -- a printed band round the glass
      local band = subtract(cylinder(39.8, 36), cylinder(37, 50):move(0, -5, 0)):move(0, 52, 0)
      k.attach("top", {0, h + 2, 0}, 2 * cr)
      return union(glass, milk, cap:part("cap"), band:part("band"))
    end
    -- the carton: a square body, a gable roof with its ridge across, the fin on top
    local W, H = 70, 150
    local body = box(W, H, W, 1.5):move(0, H / 2, 0)
    local roof = extrude({{-W / 2, 0}, {W / 2, 0}, {0, 34}}, W, 1):move(0, H - 0.5, 0)
    -- the folded-in gable ends: a shallow triangle pressed into each end
    local fold = extrude({{-W / 2 + 6, 1}, {W / 2 - 6, 1}, {0, 27}}, W + 10, 0):move(0, H, 0)
    local ends = subtract(fold, box(W + 20, 80, W - 6):move(0, H + 30, 0))
    roof = subtract(roof, ends)
    local fin = box(6, 16, W, 1.2):move(0, H + 38, 0)
    local shape = union(body, roof, fin):part("carton")
    -- the blue band round the body and a panel on the front slope
    local band = subtract(box(W + 1.6, 46, W + 1.6, 1.8), box(W - 4, 60, W - 4)):move(0, 92, 0)
    local slope = math.deg(math.atan(34, W / 2))
    local panel = box(W * 0.56, 2, W - 12, 0.8):rotz(-slope):move(W / 4, H + 17.2, 0)
    shape = shape + union(band, panel):part("band")
    -- a screw cap on the panel
    local cap = cylinder(12, 12, 2):rotz(-slope):move(W / 4 - 2, H + 15, 0)
    shape = shape + cap:part("cap")
    k.attach("top", {0, H + 46, 0}, W)
    return shape:roty(-30)
  end,
}
