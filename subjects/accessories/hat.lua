-- A hat: a fedora with a pinched crown and a band; variants for a bowler, a
-- wide sun hat, a straw hat, a sombrero (a tall crown, a wide upturned brim
-- with a rolled, trimmed edge), a beret, a Santa hat and a graduation cap.
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

-- A closed {r, y} outline of a sheet `t` thick along a midline of {r, y} points.
local function sheet(mid, t)
  local top, bottom = {}, {}
  for i, q in ipairs(mid) do
    local a, b = mid[math.max(1, i - 1)], mid[math.min(#mid, i + 1)]
    local dr, dy = b[1] - a[1], b[2] - a[2]
    local l = math.sqrt(dr * dr + dy * dy)
    local nr, ny = -dy / l * t / 2, dr / l * t / 2
    top[#top + 1] = {q[1] + nr, q[2] + ny}
    table.insert(bottom, 1, {q[1] - nr, q[2] - ny})
  end
  for _, q in ipairs(bottom) do top[#top + 1] = q end
  return top
end

-- A sombrero: a tall crown rising to a blunt point, a brim two and a half
-- times the crown's width whose outer edge curls up into a rolled rim, a
-- broad band round the crown with a zigzag, and embroidered rings and a
-- rolled edge on the brim.
local function sombrero(R, worn)
  local crown = lathe({{R * 1.0, 0}, {R * 0.97, R * 0.45}, {R * 0.86, R * 1.05}, {R * 0.66, R * 1.55}, {R * 0.42, R * 1.86},
                       {R * 0.2, R * 2.0}, {R * 0.04, R * 2.05}, {0.5, R * 2.05}})
  -- The brim's midline: out from the crown, dipping a little, then curling up.
  local mid = {}
  for i = 0, 16 do
    local t = i / 16
    local r = R * (0.9 + 1.58 * t)
    -- (worn, it does not dip, so that it clears the head under it)
    local dip = worn and 0 or 0.16
    local y = R * (0.06 - dip * math.sin(math.pi * 0.5 * math.min(t / 0.7, 1)) + 0.78 * math.max(0, (t - 0.68) / 0.32) ^ 1.8)
    mid[#mid + 1] = {r, y}
  end
  local brim = revolve(sheet(mid, R * (worn and 0.14 or 0.1)))
  local e = mid[#mid]
  local rim = torus(e[1], R * 0.09):move(0, e[2], 0)
  -- Embroidered rings on the brim's top: the brim's own surface, a band of radii.
  local rings = intersect(brim:round(R * 0.012), union(
    subtract(cylinder(R * 1.95, R * 2), cylinder(R * 1.8, R * 2)),
    subtract(cylinder(R * 1.45, R * 2), cylinder(R * 1.38, R * 2))):move(0, -R * 0.5, 0))
  -- The band: a deep ribbon round the foot of the crown, with a zigzag on it.
  local band = intersect(crown:round(R * 0.03), box(R * 3, R * 0.38, R * 3):move(0, R * 0.24, 0))
  local zig = {}
  for i = 0, 11 do
    zig[#zig + 1] = box(R * 0.16, R * 0.16, R * 0.3):rotz(45):move(R * 0.98, R * 0.24, 0):roty(i * 30)
  end
  local zigzag = intersect(crown:round(R * 0.05), union(table.unpack(zig)))
  return union(crown:part("hat"), brim:part("hat"), band:part("band"), rim:part("trim"), rings:part("trim"), zigzag:part("trim"))
end
return {
  id = "hat",
  names = {"hat", "fedora", "trilby", "felt hat", "panama hat", "detective hat", "gangster hat"},
  lvis = {"hat", "fedora", "bowler_hat", "sunhat", "sombrero", "beret"},
  family = "accessories",
  size_mm = 120,
  description = "A felt fedora",
  parts = {
    {"hat", "fabric", color = "#4a3c34", role = "primary", names = {"hat", "crown", "brim"}},
    {"band", "fabric", color = "#1c1a1a", role = "secondary", names = {"band", "ribbon", "hatband", "tassel"}},
    {"trim", "fabric", color = "#f6f6f6", role = "detail", names = {"trim", "edging", "brim trim", "rim", "embroidery"}},
  },
  variants = {
    bowler = {names = {"bowler hat", "bowler", "derby hat"}, colors = {hat = "#1e1e20", band = "#101012"}},
    sun = {names = {"sun hat", "sunhat", "summer hat", "straw hat"}, size_mm = 110, colors = {hat = "#e0c890", band = "#c84a5a"}},
    sombrero = {names = {"sombrero", "mexican hat"}, size_mm = 180, colors = {hat = "#d8b870", band = "#c8382d", trim = "#1f8a44"}},
    beret = {names = {"beret", "french beret"}, size_mm = 70, colors = {hat = "#1e1e24"}},
    santa = {names = {"santa hat", "christmas hat", "father christmas hat"}, size_mm = 200, colors = {hat = "#c81e24", band = "#f6f6f6", trim = "#f6f6f6"}},
    graduation = {names = {"graduation cap", "mortarboard", "grad cap"}, size_mm = 110, colors = {hat = "#18181c", band = "#e0b830"}},
  },
  attach_to = {"head", "top"},
  build = function(k)
    local R, v, p = 90, k.variant, {hat = "hat", band = "band", trim = "trim", tassel = "band"}
    if v == "bowler" then return O.bowler(R, p)
    elseif v == "sombrero" then return sombrero(R, k.worn)
    elseif v == "beret" then return O.beret(R, p)
    elseif v == "santa" then return O.santa_hat(R, p)
    elseif v == "graduation" then return O.mortarboard(R, p)
    elseif v == "sun" then
      local crown = intersect(ellipsoid(R * 1.0, R * 0.95, R * 1.0), box(R * 3, R * 2, R * 3):move(0, R, 0))
      local brim = revolve({{R * 0.9, 0}, {R * 2.0, -R * 0.18}, {R * 2.02, -R * 0.12}, {R * 0.9, R * 0.08}})
      local band = cylinder(R * 1.02, R * 0.25):move(0, R * 0.02, 0)
      return union(crown:part("hat"), brim:move(0, R * 0.18, 0):part("hat"), band:part("band"))
    end
    return O.fedora(R, p)
  end,
}
