-- A waffle iron: a round electric waffle maker, its steel lid hinged at the
-- back and standing half open so both dark grid plates show, a black
-- handle on the lid's front edge and a small indicator light on the base.
-- Variant: the square kind.
return {
  id = "waffle_iron",
  names = {"waffle iron", "waffle maker", "waffle machine", "electric waffle maker", "belgian waffle maker",
           "belgian waffle iron", "waffle press", "wafflemaker", "waffle iorn", "waffel iron",
           "waffel maker"},
  lvis = {"waffle_iron"},
  family = "kitchen",
  size_mm = 240,
  description = "An open electric waffle iron",
  params = {open = {62, 72}},
  parts = {
    {"body", "steel", color = "#c4c8ce", role = "primary", names = {"body", "lid", "housing", "case", "shell", "cover"}},
    {"trim", "plastic", color = "#1c1c20", role = "secondary", names = {"trim", "base", "handle", "hinge", "feet"}},
    {"plates", "iron", color = "#303034", role = "detail", names = {"plates", "plate", "grid", "grids", "cooking plates", "grill"}},
    {"light", "gloss", color = "#ff3a24", role = "detail", glows = true, names = {"light", "lamp", "indicator", "led"}},
  },
  variants = {
    square = {names = {"square waffle iron", "square waffle maker", "rectangular waffle maker"}},
  },
  points = {"top"},
  build = function(k)
    local square = k.variant == "square"
    local R = 105                -- half the width of a plate's housing
    local pr = R - 14            -- the plate's half width
    local function outline(r, h, round)
      if square then return box(2 * r, h, 2 * r, round):move(0, h / 2, 0) end
      return cylinder(r, h, round)
    end
    -- A cooking plate, face up at y = 0: a dark disc (or square) with a raised
    -- grid of ridges and a rim.
    local function plate()
      local base = outline(pr, 6, 1.5):move(0, -4, 0)
      local ridges = {}
      local step = 2 * pr / 7
      for i = -3, 3 do
        ridges[#ridges + 1] = box(6, 8, 2 * pr, 1):move(i * step, 3, 0)
        ridges[#ridges + 1] = box(2 * pr, 8, 6, 1):move(0, 3, i * step)
      end
      local grid = intersect(union(ridges), outline(pr - 2, 20):move(0, -5, 0))
      local rim = subtract(outline(pr, 8, 1.5), outline(pr - 5, 20):move(0, -5, 0)):move(0, -1, 0)
      return union(base, grid, rim)
    end

    -- The base: a black foot under a steel housing; its plate on top.
    local hb = 64
    local foot = outline(R - 6, 14, 4)
    local housing = outline(R, hb - 12, 10):move(0, 10, 0)
    local lower = plate():move(0, hb - 1, 0)
    -- the indicator light on the front, a little towards the viewer
    local lx, lz = R * math.cos(math.rad(25)), R * math.sin(math.rad(25))
    if square then lx, lz = R, R * 0.45 end
    local light = sphere(7):stretch(0.7, 1, 1):move(lx, hb * 0.45, lz)

    -- The lid, built closed over y = 0 with its plate face down, hinged on
    -- its back edge (-X), then swung open.
    local lid_h = 46
    local lid
    if square then
      lid = box(2 * R, lid_h, 2 * R, 14):move(0, lid_h / 2, 0)
    else
      lid = intersect(smooth(12, cylinder(R, lid_h * 0.5, 6), ellipsoid(R * 0.96, lid_h, R * 0.96)),
                      box(3 * R, lid_h + 2, 3 * R):move(0, lid_h / 2 + 1, 0))
    end
    local upper = plate():rotx(180):move(0, 1, 0)
    local handle = limb({R - 8, lid_h * 0.4, 0}, {R + 34, lid_h * 0.45, 0}, 11, 10)
      + limb({R + 34, lid_h * 0.45, 0}, {R + 52, lid_h * 0.35, 0}, 10, 12)
    local hinge_lid = cylinder(12, 70, 3):move(0, -35, 0):rotx(90):move(-R - 4, 2, 0)
    local lid_all = union(lid:part("body"), upper:part("plates"), handle:part("trim"), hinge_lid:part("trim"))
    -- Swing open about the hinge line (x = -R - 4, y = 0).
    lid_all = lid_all:move(R + 4, 0, 0):rotz(k.p.open):move(-R - 4, hb + 8, 0)
    -- The hinge block on the base's back edge.
    local hinge_base = box(26, 26, 90, 6):move(-R - 2, hb, 0)

    local shape = union(foot:part("trim"), housing:part("body"), lower:part("plates"), light:part("light"),
                        hinge_base:part("trim"), lid_all)
    k.attach("top", {0, hb + 4, 0}, 2 * pr)
    return shape
  end,
}
