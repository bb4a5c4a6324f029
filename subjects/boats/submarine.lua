-- A submarine: a long cigar hull with a conning tower (sail) carrying a
-- periscope, dive planes on the tower and a cross tail with a propeller.
local H = use and use("boat")
local A = use and use("aircraft")

return {
  id = "submarine",
  names = {"submarine", "sub", "u-boat", "uboat", "submersible", "toy submarine", "nuclear submarine"},
  lvis = {},
  family = "boats",
  size_mm = 10000,
  description = "A submarine with a conning tower and periscope",
  params = {len = {460, 500}},
  parts = {
    {"hull", "paint", color = "#3a4048", role = "primary", names = {"hull", "body"}},
    {"tower", "paint", color = "#3a4048", role = "secondary", names = {"tower", "conning tower", "sail", "fins", "planes"}},
    {"windows", "gloss", color = "#e8d878", role = "detail", names = {"windows", "portholes", "porthole"}},
    {"propeller", "brass", color = "#c8a040", role = "detail", names = {"propeller", "prop", "periscope"}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local R = L * 0.09
    local y = R + 2
    local hull = A.fuselage({{-L / 2, R * 0.15}, {-L * 0.35, R * 0.75}, {-L * 0.15, R}, {L * 0.3, R}, {L * 0.44, R * 0.75}, {L / 2, R * 0.15}}, y)
    local tx = L * 0.08
    local tower = extrude({{tx - 40, 0}, {tx + 30, 0}, {tx + 22, R * 1.3}, {tx - 30, R * 1.3}}, R * 0.5, 4):move(0, y + R * 0.5, 0)
    local planes = A.plane({{tx + 14, -R * 0.9}, {tx + 14, R * 0.9}, {tx, R * 0.9}, {tx, -R * 0.9}}, 5, y + R * 1.35)
    local periscope = cylinder(3.5, 40):move(tx - 14, y + R * 1.7, 0) + cylinder(3.5, 14):rotz(-90):move(tx - 14, y + R * 1.7 + 38, 0)
    local tail = {}
    for _, a in ipairs({0, 90, 180, 270}) do
      tail[#tail + 1] = extrude({{-L * 0.36, 0}, {-L * 0.46, 0}, {-L * 0.47, R * 0.9}, {-L * 0.42, R * 0.9}}, 5, 2):rotx(a):move(0, y, 0)
    end
    local prop = A.propeller({0, 0, 0}, R * 1.1, 5, 14):stretch(2.2, 1, 1):move(-L / 2 - 2, y, 0)
    local holes = {}
    for i = 0, 5 do
      for _, sz in ipairs({-1, 1}) do
        holes[#holes + 1] = cylinder(7, 4):rotx(sz * 90):move(-L * 0.25 + i * L * 0.1, y + R * 0.15, sz * (R - 2.5))
      end
    end
    local shape = hull:part("hull") + (tower + planes + union(tail)):part("tower") + (prop + periscope):part("propeller") + union(holes):part("windows")
    k.attach("top", {tx, y + R * 1.8, 0}, R)
    return shape
  end,
}
