-- The Eiffel Tower: four splayed lattice legs joined by a big arch at the
-- base, curving up into one tapering iron lattice spire, with two platforms.
return {
  id = "eiffel_tower",
  names = {"eiffel tower", "eiffel", "paris tower", "tour eiffel", "lattice tower"},
  lvis = {},
  family = "buildings",
  size_mm = 100000,
  description = "The Eiffel Tower",
  params = {h = {460, 480}},
  parts = {
    {"iron", "iron", color = "#6a5a48", role = "primary", names = {"iron", "tower", "lattice", "frame"}},
    {"platforms", "iron", color = "#5a4a3a", role = "secondary", names = {"platforms", "decks", "floors"}},
    {"top", "gold", color = "#d8b040", role = "detail", names = {"top", "tip", "antenna"}},
  },
  points = {"top"},
  build = function(k)
    local h = k.p.h
    local base = h * 0.22
    -- half width of the tower at height y: a concave curve
    local function hw(y)
      local t = y / h
      return 9 + (base - 9) * (1 - t) ^ 2.2
    end
    local legs = {}
    local n = 14
    local function pt(y, sx, sz) return {sx * hw(y), y, sz * hw(y)} end
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        local pts = {}
        for i = 0, n do pts[#pts + 1] = pt(h * 0.92 * i / n, sx, sz) end
        legs[#legs + 1] = tube(pts, 10, 5)
      end
    end
    -- lattice: cross braces on each face, level by level
    local lev = {0, 0.06, 0.12, 0.18, 0.24, 0.32, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}
    for i = 1, #lev - 1 do
      local y0, y1 = h * lev[i], h * lev[i + 1]
      local r = math.max(3.5, 5 * (1 - lev[i]))
      for _, f in ipairs({{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) do
        local a0, b0, a1, b1
        if f[1] ~= 0 then
          a0, b0 = {f[1] * hw(y0), y0, -hw(y0)}, {f[1] * hw(y1), y1, hw(y1)}
          a1, b1 = {f[1] * hw(y0), y0, hw(y0)}, {f[1] * hw(y1), y1, -hw(y1)}
        else
          a0, b0 = {-hw(y0), y0, f[2] * hw(y0)}, {hw(y1), y1, f[2] * hw(y1)}
          a1, b1 = {hw(y0), y0, f[2] * hw(y0)}, {-hw(y1), y1, f[2] * hw(y1)}
        end
        if lev[i] >= 0.12 then
          legs[#legs + 1] = capsule(a0, b0, r)
          legs[#legs + 1] = capsule(a1, b1, r)
        end
      end
    end
    -- the arches between the legs at the bottom
    local arches = {}
    local ay = h * 0.12
    for _, f in ipairs({0, 90, 180, 270}) do
      local pts = {}
      for i = 0, 10 do
        local t = i / 10
        local x = -hw(ay * 0.3) + 2 * hw(ay * 0.3) * t
        pts[#pts + 1] = {x, ay * 0.45 + ay * 0.55 * math.sin(math.pi * t), hw(ay * 0.5)}
      end
      arches[#arches + 1] = tube(pts, 5):roty(f)
    end
    local platforms = box(2 * hw(h * 0.12) + 16, 10, 2 * hw(h * 0.12) + 16):move(0, h * 0.12, 0)
      + box(2 * hw(h * 0.4) + 14, 9, 2 * hw(h * 0.4) + 14):move(0, h * 0.4, 0)
      + box(2 * hw(h * 0.8) + 10, 7, 2 * hw(h * 0.8) + 10):move(0, h * 0.8, 0)
    local spire = cone(8, 2, h * 0.1):move(0, h * 0.9, 0) + cylinder(1.8, h * 0.06):move(0, h * 0.98, 0)
    local shape = (union(legs) + union(arches)):part("iron") + platforms:part("platforms") + spire:part("top")
    k.attach("top", {0, h * 1.04, 0}, 12)
    return shape
  end,
}
