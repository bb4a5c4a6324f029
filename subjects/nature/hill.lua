-- A grassy hill: a low, wide mound of earth under a cap of grass, with a
-- few rocks breaking through on its flank. Mostly a support ("a castle on a
-- hill", "a tree on a hilltop"): its top is a broad, gently rounded crown.
return {
  id = "hill",
  names = {"hill", "hilltop", "hillside", "mound", "grassy hill", "knoll", "grassy knoll", "hillock"},
  lvis = {},
  family = "nature",
  size_mm = 400,
  description = "A grassy hill",
  params = {lean = {-0.15, 0.15}, spread = {1.0, 1.2}},
  parts = {
    {"grass", "plant", color = "#6a9a3a", role = "primary", names = {"grass", "turf", "top"}},
    {"earth", "clay", color = "#7a5a3a", role = "secondary", names = {"earth", "soil", "dirt", "ground"}},
    {"rocks", "stone", color = "#8c8984", role = "detail", names = {"rocks", "stones", "boulders", "cliffs"}},
    {"water", "gloss", color = "#3a78b0", role = "detail", names = {"water", "sea", "ocean", "waves"}},
    {"sand", "clay", color = "#e0c890", role = "detail", names = {"sand", "beach", "shore"}},
  },
  variants = {
    dirt = {names = {"pile of dirt", "dirt pile", "mound of dirt", "pile of earth", "heap of dirt", "dirt mound",
                     "pile of soil", "mound of earth", "molehill", "dirt heap", "heap of earth", "mound of soil"},
            size_mm = 300, colors = {grass = "#6a4a30", earth = "#5a3e28"}},
    island = {names = {"island", "rocky island", "small island", "islet", "desert island", "tropical island",
                       "rock island", "little island", "rocky outcrop", "sea stack"},
              size_mm = 3000, colors = {grass = "#7a9a4a"}},
    ice = {names = {"ice floe", "ice sheet", "sheet of ice", "floating ice", "ice shelf", "pack ice", "ice flow"},
           size_mm = 1500, colors = {grass = "#eef6fa", rocks = "#bcdcec"}},
  },
  points = {"top"},
  build = function(k)
    if k.variant == "dirt" then
      -- a lumpy cone of loose earth with clods rolled down round its foot
      local w, h = 700, 300
      local heap = cone(w * 0.5, w * 0.1, h):round(30):noise(h * 0.05, w * 0.12, 3)
      local top = sphere(w * 0.16):stretch(1, 0.5, 1):move(0, h * 0.9, 0):noise(h * 0.03, w * 0.08, 2)
      local clods = {}
      for i = 1, 9 do
        local a = k.rand(0, 2 * math.pi)
        local r = w * k.rand(0.42, 0.56)
        clods[#clods + 1] = sphere(w * k.rand(0.025, 0.045)):noise(4, 20):move(math.cos(a) * r, w * 0.01, math.sin(a) * r)
      end
      local soil = intersect(heap + top + union(clods), box(w * 2, h * 2, w * 2):move(0, h, 0))
      k.attach("top", {0, h * 0.95, 0}, w * 0.3)
      return soil:part("grass")
    end
    if k.variant == "ice" then
      -- a thick flat slab of ice, its edges broken and blue-white, on a round of sea
      local R = 1000
      local sea = cylinder(R, 40, 10)
      local slab = intersect(cylinder(R * 0.62, 170):stretch(1, 1, 0.8):noise(30, 260, 2), box(3 * R, 170, 3 * R):move(0, 85 + 20, 0))
      local edge = intersect(slab:round(6), box(3 * R, 120, 3 * R):move(0, 60 + 20, 0))
      k.attach("top", {0, 190, 0}, R * 0.8)
      return sea:part("water") + (edge:part("rocks") + slab:part("grass")):rotz(1.5):rotx(1)
    end
    if k.variant == "island" then
      -- a craggy rock with a green cap rising from a flat round of sea,
      -- ringed by a sandy beach
      local R, h = 1000, 520
      local sea = cylinder(R, 40, 10)
      local beach = cone(R * 0.62, R * 0.5, 70):noise(6, 60)
      local crag = cone(R * 0.5, R * 0.3, h):noise(h * 0.06, R * 0.18, 3) + sphere(R * 0.32):stretch(1.2, 0.9, 1):move(R * 0.1, h * 0.55, -R * 0.08):noise(20, 120, 2)
      crag = intersect(crag, box(3 * R, h, 3 * R):move(0, h / 2, 0))
      local cap = intersect(crag:round(8), box(3 * R, 60, 3 * R):move(0, h - 30, 0))
      k.attach("top", {0, h, 0}, R * 0.5)
      return sea:part("water") + beach:part("sand") + crag:part("rocks") + cap:part("grass")
    end
    local w = 1000 * k.p.spread
    local h = 400
    -- A squashed dome whose crown is flattened so things stand on it.
    local mound = ellipsoid(w * 0.5, h, w * 0.42):noise(h * 0.04, w * 0.4, 2)
    mound = intersect(mound, box(w * 2, h, w * 2):move(0, h * 0.5, 0))
    local crown = h * 0.92
    mound = intersect(mound, box(w * 2, crown, w * 2):move(0, crown * 0.5, 0))
    -- Grass over the upper part, bare earth in a band at the foot.
    local grass = intersect(mound, box(w * 2, crown, w * 2):move(0, crown * 0.5 + h * 0.14, 0))
    local earth = mound
    local rocks = union({
      sphere(w * 0.05):noise(w * 0.01, w * 0.05, 2):move(w * 0.33, h * 0.25, w * 0.16),
      sphere(w * 0.035):noise(w * 0.008, w * 0.04, 2):move(-w * 0.28, h * 0.3, w * 0.22),
      sphere(w * 0.03):noise(w * 0.006, w * 0.03, 2):move(w * 0.05, h * 0.18, w * 0.37),
    })
    k.attach("top", {0, crown, 0}, w * 0.45)
    return earth:part("earth") + grass:round(4):part("grass") + rocks:part("rocks")
  end,
}
