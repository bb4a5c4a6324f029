-- A slice of lasagna on a plate: a neat rectangular block whose cut sides
-- show the layers, pale pasta sheets between red meat sauce and white
-- cheese, under a top of melted cheese browned in patches, with sauce
-- seeping out at the edges and a basil leaf on top.
local F -- the food library, loaded when building

return {
  id = "lasagna",
  names = {"lasagna", "lasagne", "slice of lasagna", "slice of lasagne", "lasagna slice", "piece of lasagna",
           "plate of lasagna", "lasagna on a plate", "beef lasagna", "lasanga", "lasagana", "lazagna", "lasgna",
           "vegetable lasagna", "lasagne al forno"},
  lvis = {"lasagna"},
  family = "food",
  size_mm = 60,
  description = "A layered slice of lasagna on a plate",
  params = {turn = {-20, 20}},
  parts = {
    {"cheese", "food", color = "#f0c860", role = "primary", names = {"cheese", "top", "melted cheese", "mozzarella"}},
    {"sauce", "food", color = "#922816", role = "secondary", names = {"sauce", "meat sauce", "tomato sauce", "ragu", "bolognese", "meat"}},
    {"pasta", "food", color = "#f0d27a", role = "detail", names = {"pasta", "noodles", "sheets", "pasta sheets"}},
    {"ricotta", "food", color = "#f8f2e2", role = "detail", names = {"ricotta", "white cheese", "bechamel", "white sauce"}},
    {"browned", "food", color = "#a8682a", role = "detail", names = {"browned", "crust", "brown spots"}},
    {"basil", "plant", color = "#3c8a2e", role = "detail", names = {"basil", "leaf", "herbs", "garnish"}},
    {"plate", "ceramic", color = "#f4f4f2", role = "detail", names = {"plate", "dish"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local W, D = 96, 70          -- the slice, along X (its long cut side facing the viewer) and Z
    local floor = 4.5
    local PR = 100
    local plate = lathe({{PR * 0.9, 0}, {PR, 9}, {PR * 0.92, 10}, {PR * 0.7, floor + 0.5}, {0.5, floor + 0.5}})
    local pasta, sauce, ricotta = {}, {}, {}
    local y = floor - 1
    -- a pasta sheet, its edges rippled and standing a little proud of the fillings
    local function sheet(at, grow)
      return box(W + grow, 3.4, D + grow, 1.2):noise(1.1, 9, 1):move(0, at + 1.7, 0)
    end
    for layer = 1, 3 do
      pasta[#pasta + 1] = sheet(y, 3)
      y = y + 3
      -- a chunky red meat sauce
      sauce[#sauce + 1] = box(W + 0.5, 12, D + 0.5, 2.5):noise(1.8, 4.5, 2):move(0, y + 4.25, 0)
      y = y + 8
      -- white cheese, in a thinner layer
      ricotta[#ricotta + 1] = box(W + 1.5, 4.4, D + 1.5, 1.5):noise(1.0, 6, 1):move(0, y + 2.2, 0)
      y = y + 4
    end
    pasta[#pasta + 1] = sheet(y, 0)
    y = y + 3
    -- the melted cheese top, domed a touch and running a little over the edges
    local top = smooth(3, box(W + 1, 9, D + 1, 3):move(0, y + 1.5, 0), ellipsoid(W * 0.46, 4, D * 0.44):move(0, y + 5, 0))
      :noise(1.3, 10, 2)
    local drips = {}
    for i = 1, 5 do
      local side = (i % 2 == 0) and 1 or -1
      local x = k.rand(-W * 0.4, W * 0.4)
      drips[#drips + 1] = capsule({x, y + 3, side * (D / 2 + 0.8)}, {x + k.rand(-3, 3), y - k.rand(4, 9), side * (D / 2 + 0.8)}, 2.6)
    end
    for i = 1, 3 do
      local side = (i % 2 == 0) and 1 or -1
      local z = k.rand(-D * 0.35, D * 0.35)
      drips[#drips + 1] = capsule({side * (W / 2 + 0.8), y + 3, z}, {side * (W / 2 + 0.8), y - k.rand(4, 9), z + k.rand(-3, 3)}, 2.6)
    end
    local cheese = smooth(2, top, union(drips))
    local top_y = y + 9
    -- browned patches and a few spots of sauce on top
    local patches = {}
    for i = 1, 12 do
      patches[#patches + 1] = ellipsoid(k.rand(8, 17), 30, k.rand(7, 13)):noise(2, 6, 1):roty(k.rand(0, 180))
        :move(k.rand(-W * 0.42, W * 0.42), top_y, k.rand(-D * 0.4, D * 0.4))
    end
    local skin = subtract(cheese, cheese:move(0, -1.6, 0))
    local brown = intersect(union(patches), skin, box(400, 100, 400):move(0, top_y - 3 + 50, 0))
    local dots = {}
    for i = 1, 4 do
      dots[#dots + 1] = ellipsoid(k.rand(5, 8), 2.2, k.rand(4, 7)):noise(0.8, 5, 1):move(k.rand(-W * 0.35, W * 0.35), top_y - 1.2, k.rand(-D * 0.3, D * 0.3))
    end
    -- a basil leaf
    local basil = F.leaf_at({W * 0.1, top_y + 0.6, -D * 0.05}, 30, 18, 2.4, 200, 4, 0.7)
      + F.leaf_at({W * 0.1, top_y + 0.6, -D * 0.05}, 24, 15, 2.4, 300, 6, 0.7)
    -- a solid heart under the layers, so no pocket is left between them
    sauce[#sauce + 1] = box(W - 5, y - floor, D - 5):move(0, floor + (y - floor) / 2, 0)
    -- sauce run out onto the plate at the slice's foot
    local pool = smooth(6, ellipsoid(W * 0.58, 3.6, D * 0.6):move(6, floor + 0.6, 4), ellipsoid(24, 3.4, 18):move(W * 0.5, floor + 0.6, D * 0.3),
                        ellipsoid(18, 3.4, 14):move(-W * 0.2, floor + 0.6, D * 0.5))
    sauce[#sauce + 1] = pool
    local slice = union(basil:part("basil"), brown:part("browned"), union(dots):part("sauce"), cheese:part("cheese"),
                        union(ricotta):part("ricotta"), union(pasta):part("pasta"), union(sauce):part("sauce"))
    k.attach("top", {0, top_y, 0}, W * 0.6)
    return union(plate:part("plate"), slice:move(-6, 0, 4)):roty(k.p.turn)
  end,
}
