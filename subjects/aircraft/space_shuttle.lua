-- A space shuttle: a white orbiter with black nose and belly, a delta wing,
-- a tall tail fin and three engine bells at the back.
local A = use and use("aircraft")

return {
  id = "space_shuttle",
  names = {"space shuttle", "orbiter", "shuttle orbiter", "nasa shuttle", "spaceplane", "space plane"},
  lvis = {"space_shuttle"},
  family = "aircraft",
  size_mm = 17000,
  description = "A space shuttle orbiter",
  params = {len = {400, 430}},
  parts = {
    {"body", "paint", color = "#f2f2f0", role = "primary", names = {"body", "fuselage", "hull"}},
    {"tiles", "ceramic", color = "#1e1e22", role = "secondary", names = {"tiles", "belly", "nose", "heat shield"}},
    {"windows", "gloss", color = "#1a222c", role = "detail", names = {"windows", "cockpit"}},
    {"engines", "steel", color = "#6a6c72", role = "detail", names = {"engines", "engine", "nozzles"}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local r = L * 0.085
    local y = r + 24
    local body = A.fuselage({{-L / 2, r * 0.95}, {-L * 0.3, r}, {L * 0.25, r}, {L * 0.38, r * 0.85, -r * 0.08}, {L * 0.46, r * 0.5, -r * 0.22},
                             {L * 0.5, r * 0.12, -r * 0.35}}, y, 0.95)
    body = intersect(body, A.block(-L, y - r * 0.75, -L, L, y + L, L))
    local wing = A.plane({{L * 0.22, 0}, {-L * 0.12, L * 0.28}, {-L * 0.48, L * 0.3}, {-L * 0.48, -L * 0.3}, {-L * 0.12, -L * 0.28}}, 10, y - r * 0.55)
    local fin = A.fin(-L * 0.3, L * 0.2, r * 2.4, L * 0.08, L * 0.16, 9, y + r * 0.6)
    local nose = intersect(body:round(1.5), A.block(L * 0.42, -1000, -1000, 1000, 1000, 1000))
    local belly = intersect(body:round(1.5) + wing:round(1.5), A.block(-1000, -1000, -1000, 1000, y - r * 0.5, 1000))
    local cockpit = intersect(body:round(1.5), A.block(L * 0.34, y + r * 0.35, -r * 0.55, L * 0.42, y + r * 0.7, r * 0.55))
    local engines = {}
    for _, p in ipairs({{0, r * 0.45}, {-r * 0.4, -r * 0.05}, {r * 0.4, -r * 0.05}}) do
      engines[#engines + 1] = cone(r * 0.18, r * 0.32, r * 0.5):rotz(90):move(-L / 2 + 2, y + p[2], p[1])
    end
    local pods = A.fuselage({{-L * 0.5, r * 0.3}, {-L * 0.2, r * 0.3}, {-L * 0.1, r * 0.1}}, y + r * 0.7):move(0, 0, r * 0.7)
      + A.fuselage({{-L * 0.5, r * 0.3}, {-L * 0.2, r * 0.3}, {-L * 0.1, r * 0.1}}, y + r * 0.7):move(0, 0, -r * 0.7)
    local gear = {}
    for _, g in ipairs({{L * 0.3, 0}, {-L * 0.2, r * 0.8}, {-L * 0.2, -r * 0.8}}) do
      gear[#gear + 1] = capsule({g[1], y - r * 0.6, g[2]}, {g[1], 10, g[2]}, 3)
      gear[#gear + 1] = cylinder(10, 8, 2):move(0, -4, 0):rotx(90):move(g[1], 10, g[2])
    end
    local shape = (body + wing + fin + pods):part("body") + (nose + belly):part("tiles") + cockpit:part("windows")
    shape = shape + union(engines):part("engines") + union(gear):part("engines")
    k.attach("top", {0, y + r, 0}, r * 1.5)
    return shape
  end,
}
