-- The aircraft rig: fuselages lofted along X (nose towards +X), wings and
-- tail planes as flat planforms, propellers and rotors. Aircraft stand on
-- y = 0 on their gear or belly; the left wing points to +Z.
--   local A = use("aircraft")
local A = {}

function A.block(x0, y0, z0, x1, y1, z1, round)
  return box(x1 - x0, y1 - y0, z1 - z0, round or 0):move((x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2)
end

-- A body of revolution along X from a list {{x, r [, dy]}, …} (tail to nose):
-- circular sections of radius r centred at height y (+ dy).
function A.fuselage(sections, y, squash)
  local secs = {}
  for _, s in ipairs(sections) do
    secs[#secs + 1] = {y = s[1], rx = s[2] * (squash or 1), rz = s[2], x = -(s[3] or 0)}
  end
  return loft(secs):rotz(-90):move(0, y, 0)
end

-- A flat planform {{x, z}, …} (a wing seen from above), `thick` mm, at height y.
function A.plane(outline, thick, y, bevel)
  return extrude(outline, thick, bevel or math.min(thick * 0.45, 3)):rotx(90):move(0, y, 0)
end

-- Both wings: root chord at x = xr (leading edge) … xr - chord, half span
-- `span` out to ±Z, tip chord `tip`, sweep (mm the tip's leading edge sits
-- behind the root's), thickness, dihedral height rise at the tip.
function A.wings(xr, chord, span, tip, sweep, thick, y, rise)
  local out = {}
  for _, sz in ipairs({-1, 1}) do
    local o = {{xr, 0}, {xr - sweep, sz * span}, {xr - sweep - tip, sz * span}, {xr - chord, 0}}
    if sz < 0 then o = {o[1], o[4], o[3], o[2]} end
    local w = A.plane(o, thick, y)
    if rise and rise ~= 0 then w = w:rotx(-sz * math.deg(math.atan(rise / span))) end
    out[#out + 1] = w
  end
  return union(out)
end

-- A vertical fin in the XY plane: root from xr back `chord`, height h, tip chord, sweep.
function A.fin(xr, chord, h, tip, sweep, thick, y)
  return extrude({{xr, y}, {xr - chord, y}, {xr - sweep - tip, y + h}, {xr - sweep, y + h}}, thick, math.min(thick * 0.45, 3))
end

-- A propeller spinning about X at point c: `n` blades of length len.
function A.propeller(c, len, n, width)
  local blades = {}
  for i = 0, n - 1 do
    blades[#blades + 1] = ellipsoid(2.5, len / 2, width / 2):move(0, len / 2, 0):rotx(360 * i / n + 20)
  end
  local hub = ellipsoid(len * 0.18, len * 0.13, len * 0.13)
  return (union(blades) + hub):move(c[1], c[2], c[3])
end

-- A rotor spinning about Y at point c: `n` long thin blades.
function A.rotor(c, len, n, width, thick)
  local blades = {}
  for i = 0, n - 1 do
    blades[#blades + 1] = box(len, thick or 3, width, 1.2):move(len / 2, 0, 0):roty(360 * i / n + 15)
  end
  local hub = cylinder(width * 0.7, thick * 3 or 9):move(0, -(thick or 3) * 1.5, 0)
  return (union(blades) + hub):move(c[1], c[2], c[3])
end

return A
