-- A desk globe: a blue sphere with green continents, tilted in a brass
-- meridian half-ring on a turned wooden stand.
return {
  id = "globe",
  names = {"globe", "desk globe", "world globe", "terrestrial globe", "earth globe", "globe of the world", "school globe",
           "glob"},
  lvis = {"globe"},
  family = "household",
  size_mm = 420,
  description = "A desk globe on a stand",
  params = {},
  parts = {
    {"ocean", "plastic", color = "#2e6ab8", role = "primary", names = {"ocean", "oceans", "sea", "ball"}},
    {"land", "paint", color = "#5aa04a", role = "secondary", names = {"land", "continents"}},
    {"stand", "wood", color = "#6a4024", role = "detail", names = {"stand", "base"}},
    {"meridian", "brass", color = "#c8a048", role = "detail", names = {"meridian", "ring", "arc", "axis"}},
  },
  points = {"top"},
  build = function(k)
    local R = 150
    local cy = 250
    local ocean = sphere(R)
    -- Continents: blobs on the surface, cut to a thin proud skin.
    local blobs = {}
    local spots = {{40, 20, 0.8}, {-20, 60, 1.0}, {10, 150, 0.9}, {-35, 200, 0.7}, {30, 250, 0.6}, {-60, 300, 0.5}, {55, 100, 0.5}}
    for _, s in ipairs(spots) do
      local lat, lon, sz = math.rad(s[1]), math.rad(s[2]), s[3]
      local p = {R * math.cos(lat) * math.cos(lon), R * math.sin(lat), R * math.cos(lat) * math.sin(lon)}
      blobs[#blobs + 1] = sphere(R * 0.42 * sz):stretch(1, 0.8, 1.3):move(p[1], p[2], p[3])
    end
    local land = intersect(sphere(R + 2), union(blobs):noise(10, 40))
    local tilt = 23
    local globe = (ocean:part("ocean") + land:part("land")):rotz(tilt):move(0, cy, 0)
    local pts = {}
    for i = 0, 16 do
      local a = math.pi * (i / 16) - math.pi / 2
      pts[#pts + 1] = {(R + 14) * math.cos(a + math.pi), (R + 14) * math.sin(a), 0}
    end
    local meridian = polyline(pts, 5):rotz(tilt):move(0, cy, 0)
    local axis = limb({0, -R - 18, 0}, {0, R + 18, 0}, 4):rotz(tilt):move(0, cy, 0)
    local stand = lathe({{90, 0}, {90, 16}, {50, 30}, {18, 50}, {22, 70}, {14, 80}})
    local arm = limb({0, 78, 0}, {math.sin(math.rad(tilt)) * (R + 14), cy - math.cos(math.rad(tilt)) * (R + 14), 0}, 10)
    k.attach("top", {0, cy + R + 20, 0}, 60)
    return globe + (meridian + axis):part("meridian") + (stand + arm):part("stand")
  end,
}
