-- An umbrella: an open canopy of eight scalloped panels on ribs, a shaft
-- with a tip, and a J handle. Held, it opens over the head.
return {
  id = "umbrella",
  names = {"umbrella", "brolly", "parasol", "rain umbrella", "sun umbrella", "golf umbrella"},
  lvis = {"umbrella"},
  family = "accessories",
  size_mm = 1100,
  description = "An open umbrella",
  params = {panels = {8, 8}},
  parts = {
    {"canopy", "fabric", color = "#c8282d", role = "primary", names = {"canopy", "cover", "panels", "fabric"}},
    {"handle", "wood", color = "#4a2e1e", role = "secondary", names = {"handle", "shaft", "tip", "ribs"}},
  },
  attach_to = {"hand_wide", "hand", "top"},
  build = function(k)
    -- Canopy 1000 across; its rim stands well above the grip so that, held
    -- at the side, it opens over the holder's head.
    local R, top = 500, 1150
    local n = 8
    -- A shallow peaked canopy: a lathe shell, its rim scalloped between the ribs.
    local prof = {{R, 0}, {R * 0.93, R * 0.12}, {R * 0.78, R * 0.25}, {R * 0.55, R * 0.36}, {R * 0.28, R * 0.43}, {1, R * 0.46}}
    local outer = lathe(prof)
    local inner = lathe(prof):stretch(0.97, 0.94, 0.97):move(0, -R * 0.04, 0)
    local shell = subtract(outer, inner):move(0, top - R * 0.46, 0)
    local cuts = {}
    for i = 0, n - 1 do
      local a = math.rad((i + 0.5) * 360 / n)
      cuts[#cuts + 1] = sphere(R * 0.2):stretch(1, 0.45, 1):move(math.cos(a) * R * 1.1, top - R * 0.46, math.sin(a) * R * 1.1)
    end
    shell = subtract(shell, union(table.unpack(cuts)))
    local shaft = cylinder(11, top + R * 0.1):move(0, R * 0.12, 0)
    local tip = cone(11, 3, 60):move(0, top + R * 0.2, 0)
    local hook = tube({{0, R * 0.14, 0}, {0, R * 0.02, 0}, {-25, -R * 0.04, 0}, {-R * 0.14, 0, 0}, {-R * 0.17, R * 0.08, 0}}, 15)
    local ribs = {}
    for i = 0, n - 1 do
      local a = math.rad(i * 360 / n)
      ribs[#ribs + 1] = sphere(10):move(math.cos(a) * R * 0.99, top - R * 0.45, math.sin(a) * R * 0.99)
    end
    return union(shell:part("canopy"), union(shaft, tip, hook, union(table.unpack(ribs))):part("handle"))
  end,
}
