-- An electric fan: a round wire cage over three or four blades on a motor
-- housing, on a tilting yoke atop a pole and a round base.
return {
  id = "electric_fan",
  names = {"electric fan", "desk fan", "table fan", "oscillating fan",
           "cooling fan", "room fan", "fan"},
  lvis = {"fan"},
  family = "household",
  size_mm = 450,
  description = "An electric desk fan with a wire cage",
  params = {blades = {3, 4.99}, tilt = {5, 15}},
  parts = {
    {"body", "plastic", color = "#f2f2f0", role = "primary", names = {"body", "base", "stand", "housing"}},
    {"blades", "plastic", color = "#6ab0e0", role = "secondary", names = {"blades", "blade", "propeller"}},
    {"cage", "steel", color = "#c8ccd2", role = "detail", names = {"cage", "grille", "guard"}},
  },
  variants = {
    pedestal = {names = {"standing fan", "pedestal fan", "floor fan"}, size_mm = 1200},
  },
  points = {"top"},
  build = function(k)
    local ped = k.variant == "pedestal"
    local pole_h = ped and 760 or 160
    local hs = ped and 1.5 or 1
    local R = 150
    local base = ped and (cylinder(170, 30, 10) + cylinder(22, pole_h)) or (lathe({{110, 0}, {110, 20}, {90, 40}, {30, 50}}) + cylinder(22, pole_h))
    local cy = pole_h + 60 * hs
    -- Head built facing +Y, then turned to face +X and tilted up.
    local n = math.floor(k.p.blades)
    local blade = smooth(6, ellipsoid(42, 8, 70):rotx(-20):move(0, 70, 72), cylinder(10, 10):move(0, 64, 0))
    local blades = radial(blade, n)
    local hub = sphere(30):stretch(1, 0.7, 1):move(0, 80, 0)
    local cage = {}
    -- Wires thick enough to hold at coarse meshing; the back of the guard
    -- closes onto the motor, and a shaft carries the hub.
    local wr = ped and 7 or 3.5
    cage[#cage + 1] = torus(R, wr + 1.5):move(0, 70, 0)
    -- Front rings sit on the spokes' curve (its height at each ring's radius).
    local prof = spline({{0, 110, 0}, {R * 0.6, 106, 0}, {R, 70, 0}}, 16)
    local function y_at(r)
      for j = 2, #prof do
        local a, b = prof[j - 1], prof[j]
        if b[1] >= r then return a[2] + (b[2] - a[2]) * (r - a[1]) / math.max(b[1] - a[1], 1e-6) end
      end
      return 70
    end
    for i = 1, 3 do cage[#cage + 1] = torus(R * i / 4, wr):move(0, y_at(R * i / 4), 0) end
    cage[#cage + 1] = cylinder(22, 12, 4):move(0, 104, 0)
    for i = 0, 11 do
      local a = i * math.pi / 6
      local c, sn = math.cos(a), math.sin(a)
      cage[#cage + 1] = tube({{0, 110, 0}, {c * R * 0.6, 106, sn * R * 0.6}, {c * R, 70, sn * R}, {c * R * 0.9, 30, sn * R * 0.9}, {c * 50, 0, sn * 50}}, wr)
    end
    local motor = cylinder(55, 80, 20):move(0, -60, 0) + cylinder(40, 30):move(0, -80, 0) + cylinder(12, 80):move(0, 10, 0)
    local tilt = k.p.tilt
    local function head(s) return s:scale(hs):rotz(-90 + tilt):move(0, cy, 0) end
    local yoke = limb({0, pole_h - 10, 0}, {-20, cy - 10, 0}, 16)
    k.attach("top", {-60 * hs, cy + 60 * hs, 0}, 60)
    return (base + yoke + head(motor + hub)):part("body") + head(blades):part("blades") + head(union(cage)):part("cage")
  end,
}
