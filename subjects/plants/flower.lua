-- A garden flower: a slender stem with two leaves and a head of rounded petals
-- around a domed centre, turned up towards the viewer.
local P -- the plant library, loaded when building

return {
  id = "flower",
  names = {"flower", "blossom", "bloom", "wildflower", "wild flower", "garden flower", "cosmos", "primrose",
           "periwinkle", "flowr"},
  lvis = {"flower_arrangement"},
  family = "plants",
  size_mm = 220,
  description = "A single flower on a stem with leaves",
  params = {height = {180, 230}, petals = {5, 6}, petal_len = {38, 46}, tilt = {30, 55}, lean = {-12, 12}},
  parts = {
    {"petals", "plant", color = "#e8508c", role = "primary", names = {"petals", "petal", "flower", "flowers", "blossom", "bloom", "head"}},
    {"centre", "plant", color = "#f2c230", role = "secondary", names = {"centre", "center", "middle", "disc", "eye"}},
    {"stem", "plant", color = "#4a8a34", role = "detail", names = {"stem", "stalk", "stems"}},
    {"leaves", "plant", color = "#4f9a3a", role = "detail", names = {"leaves", "leaf", "foliage"}},
  },
  variants = {
    poppy = {names = {"poppy", "red poppy", "anemone"}, colors = {petals = "#d8281e", centre = "#1e1a1a"}},
    hibiscus = {names = {"hibiscus"}, colors = {petals = "#e83a4a", centre = "#f4d040"}},
  },
  points = {"top"},
  build = function(k)
    P = use("plant")
    local h = k.p.height
    local top = {k.p.lean, h, k.p.lean * 0.5}
    local n = math.floor(k.p.petals + 0.5)
    local poppy = k.variant == "poppy"
    local len = k.p.petal_len * (poppy and 1.1 or 1)
    local petals, centre = P.flower_head({n = n, len = len, w = len * (poppy and 1.05 or 0.85), el = poppy and 35 or 12,
                                          centre = poppy and 10 or 11, dome = 0.6, tip = 0.05, th = 3.4})
    local face = P.dir(0, 90 - k.p.tilt)
    local head = petals:part("petals") + centre:part("centre")
    head = head:aim(face, top)
    local stem = P.stem_to(P.sub(top, P.mul(face, 4)), 3.6, {0, 0, 1}, 8):part("stem")
    local leaves = {}
    local az0 = k.rand(0, 360)
    for i = 0, 1 do
      local y = h * (0.25 + 0.18 * i)
      -- on the stem's bow, starting just inside it
      local at = P.add({top[1] * y / h, y, top[3] * y / h + 8 * math.sin(math.pi * y / h)}, P.mul(P.dir(az0 + 180 * i, 0), -2.5))
      leaves[#leaves + 1] = P.arch_leaf(at, h * 0.28, h * 0.1, 4.2, az0 + 180 * i, 40, 0.35, 0.8)
    end
    local sepal = cone(9, 3, 10):aim(P.mul(face, -1), P.add(top, P.mul(face, 2)))
    return union(smooth(2, stem, sepal:part("stem")), union(leaves):part("leaves"), head)
  end,
}
