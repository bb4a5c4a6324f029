-- A seashell, a scallop: a fan of radiating ribs spreading from a hinge with
-- two little ears, a scalloped rim and soft growth bands; lying tilted up.
return {
  id = "seashell",
  names = {"seashell", "sea shell", "scallop", "scallop shell", "clam", "clam shell", "shell", "cockle", "oyster", "mussel"},
  lvis = {"seashell"},
  family = "sea_life",
  size_mm = 60,
  description = "A scallop seashell",
  params = {ribs = {10, 12}},
  parts = {
    {"shell", "ceramic", color = "#f2c4a0", role = "primary", names = {"shell"}},
    {"bands", "ceramic", color = "#e08a6a", role = "secondary", names = {"bands", "stripes", "rings"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local R = 60
    local n = math.floor(k.p.ribs)
    local ribs = {}
    for i = 0, n - 1 do
      local a = math.rad(-68 + 136 * i / (n - 1))
      local tip = {R * math.sin(a), R * math.cos(a), 0}
      ribs[#ribs + 1] = limb({0, 4, 0}, tip, 2.2, 6.8):stretch(1, 1, 1.1)
    end
    local fan = smooth(0.8, table.unpack(ribs))
    -- a gentle dome: lift the middle of the fan
    local dome = ellipsoid(R * 0.72, R * 0.6, R * 0.07):move(0, R * 0.48, 0)
    fan = smooth(2, fan, dome)
    -- ears at the hinge
    fan = smooth(2, fan, box(30, 10, 5, 2):move(0, 4, 0))
    local bands = {}
    for _, r in ipairs({R * 0.35, R * 0.6, R * 0.85}) do
      bands[#bands + 1] = subtract(cylinder(r + 2, 60):move(0, -30, 0), cylinder(r - 2, 62):move(0, -31, 0))
    end
    local band_region = union(table.unpack(bands)):rotx(90)
    local shape = fan:part("shell") + intersect(fan:round(0.4), band_region):part("bands")
    -- lying on the ground, hinge towards the viewer's left, tilted up
    shape = shape:rotx(-62):roty(30)
    local b = shape:bounds()
    shape = shape:move(0, -b.min[2], 0)
    k.attach("top", {0, b.size[2] - b.min[2] * 0, 0}, 40)
    return shape
  end,
}
