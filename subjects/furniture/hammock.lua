-- A hammock: a sagging striped fabric bed slung by cords between the
-- raised ends of a curved wooden stand.
return {
  id = "hammock",
  names = {"hammock", "hamock", "garden hammock", "hammock with stand", "rope hammock", "hammok"},
  lvis = {"hammock"},
  family = "furniture",
  size_mm = 1100,
  description = "A striped hammock on a wooden stand",
  params = {},
  parts = {
    {"fabric", "fabric", color = "#d84a3a", role = "primary", names = {"fabric", "bed", "canvas", "cloth"}},
    {"stripes", "fabric", color = "#f2e6c8", role = "secondary", names = {"stripes", "stripe"}},
    {"stand", "wood", color = "#a87444", role = "detail", names = {"stand", "frame", "wood", "ropes", "cords"}},
  },
  points = {"top", "seat"},
  build = function(k)
    local L, Wd = 2600, 900
    -- Stand along X: a base beam and two curved uprights.
    local stand = {box(L * 0.8, 60, 90, 10):move(0, 30, 0)}
    for _, s in ipairs({-1, 1}) do
      stand[#stand + 1] = tube({{s * L * 0.38, 40, 0}, {s * L * 0.46, 400, 0}, {s * L * 0.5, 900, 0}, {s * L * 0.5, 1100, 0}}, 32)
      stand[#stand + 1] = box(90, 40, 700, 10):move(s * L * 0.3, 20, 0)
    end
    -- Fabric bed: a sagging band between spreader bars.
    local bar_x = L * 0.3
    local sag = 520
    local function y_at(x) return 900 - 60 - sag * (1 - (x / bar_x) ^ 2) end
    local stripes, fabric = {}, {}
    local n = 6
    for j = 0, n - 1 do
      local z0 = -Wd / 2 + Wd * j / n
      local band = {}
      for i = 0, 11 do
        local x0 = -bar_x + 2 * bar_x * i / 12
        local x1 = -bar_x + 2 * bar_x * (i + 1) / 12
        local a, b = {x0, y_at(x0)}, {x1, y_at(x1)}
        local dx, dy = b[1] - a[1], b[2] - a[2]
        local len = math.sqrt(dx * dx + dy * dy)
        band[#band + 1] = box(len + 30, 26, Wd / n + 2, 2):rotz(math.deg(math.atan(dy, dx))):move((a[1] + b[1]) / 2, (a[2] + b[2]) / 2 - 10 * math.abs(z0 + Wd / n / 2) / Wd * 0, z0 + Wd / n / 2)
      end
      if j % 2 == 0 then fabric[#fabric + 1] = union(band) else stripes[#stripes + 1] = union(band) end
    end
    for _, s in ipairs({-1, 1}) do
      stand[#stand + 1] = capsule({s * bar_x, y_at(bar_x), -Wd / 2 - 30}, {s * bar_x, y_at(bar_x), Wd / 2 + 30}, 14)
      for _, z in ipairs({-Wd / 2, 0, Wd / 2}) do
        stand[#stand + 1] = capsule({s * bar_x, y_at(bar_x), z}, {s * L * 0.49, 1080, 0}, z == 0 and 20 or 14) -- ropes to the upright
      end
    end
    k.attach("top", {0, y_at(0) + 10, 0}, Wd * 0.8)
    k.attach("seat", {0, y_at(0) + 10, 0}, Wd * 0.8)
    return union(fabric):part("fabric") + union(stripes):part("stripes") + union(stand):part("stand")
  end,
}
