-- A pomegranate: a round leathery red fruit with a pointed crown on top;
-- one half cut open beside it shows clusters of glossy ruby seeds.
local F -- the food library, loaded when building

return {
  id = "pomegranate",
  names = {"pomegranate", "pomegranite", "pomgranate", "pomegranate fruit"},
  lvis = {},
  family = "food",
  size_mm = 90,
  description = "A pomegranate",
  params = {},
  parts = {
    {"skin", "food", color = "#b8202a", role = "primary", names = {"skin", "rind"}},
    {"seeds", "glazed", color = "#d81e3a", role = "secondary", names = {"seeds", "arils"}},
    {"pith", "food", color = "#f4d8b8", role = "detail", names = {"pith", "inside"}},
  },
  build = function(k)
    F = use("food")
    local R = 50
    local body = sphere(R):stretch(1, 0.92, 1):move(0, R * 0.92, 0)
    local crown = {}
    for i = 0, 5 do
      local d = F.dir(60 * i, 0)
      crown[#crown + 1] = cone(7, 1, 18):rotz(-25):roty(-60 * i):move(d[1] * 6, R * 1.84 - 4, d[3] * 6)
    end
    local whole = smooth(4, body, cylinder(10, 12):move(0, R * 1.8, 0), union(crown))
    -- a half, cut face up
    local h = intersect(sphere(R * 0.9), box(300, 300, 300):move(0, -150, 0))
    local rim = subtract(h, sphere(R * 0.9 - 4))
    local pith = intersect(sphere(R * 0.9 - 3), box(300, 300, 300):move(0, -150, 0)) -- solid: no sealed void under the cut face
    local seeds = {}
    for i = 0, 40 do
      local a = i * 2.39996
      local r = (R * 0.9 - 10) * math.sqrt((i + 0.5) / 41)
      if i % 7 ~= 3 then seeds[#seeds + 1] = ellipsoid(4.5, 4, 4.5):move(math.cos(a) * r, 0.8, math.sin(a) * r) end
    end
    local half = union(rim:part("skin"), pith:part("pith"), union(seeds):part("seeds")):rotx(-20):move(R * 1.72, R * 0.9, R * 0.4)
    return union(whole:part("skin"), half)
  end,
}
