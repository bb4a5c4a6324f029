-- A fig: a plump teardrop fruit in deep purple skin, narrowing to a neck
-- and a short stem; a halved fig lies beside it, cut face up, showing the
-- pale rim and the pink-red seedy flesh inside.
local F -- the food library, loaded when building

-- the fruit's outline, bottom to top, shrunk inwards by d
local OUT = {{0.5, 0}, {11, 1.2}, {21, 6}, {26.5, 15}, {27.5, 22}, {25.5, 31}, {20, 41}, {12.5, 50}, {7.5, 56}, {5, 60}}
local function outline(d)
  local pts = {}
  for _, p in ipairs(OUT) do
    pts[#pts + 1] = {math.max(p[1] - d, 0.5), math.min(math.max(p[2], d * 0.8), 60 - d * 0.6)}
  end
  return F.smooth_profile(pts, 4)
end

return {
  id = "fig",
  names = {"fig", "purple fig", "fresh fig", "fig fruit", "black fig", "common fig", "figue", "higo"},
  lvis = {"fig_(fruit)"},
  family = "food",
  size_mm = 55,
  description = "A purple fig with a halved fig beside it",
  params = {lean = {-10, 10}, turn = {-15, 15}},
  parts = {
    {"skin", "food", color = "#5c2a4e", role = "primary", names = {"skin", "fig", "fruit"}},
    {"flesh", "food", color = "#d8485a", role = "secondary", names = {"flesh", "inside", "pulp"}},
    {"rim", "food", color = "#f0e4c4", role = "detail", names = {"rim", "pith"}},
    {"seeds", "food", color = "#e8c070", role = "detail", names = {"seeds"}},
    {"heart", "food", color = "#f2a0a0", role = "detail", names = {"heart", "centre", "center"}},
    {"stem", "plant", color = "#6a7a3a", role = "detail", names = {"stem", "stalk"}},
  },
  variants = {
    green = {names = {"green fig"}, colors = {skin = "#8aa048"}},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    -- the whole fig, leaning a touch, with a bent stem
    local body = lathe(outline(0))
    local stem = tube({{0, 56, 0}, {0.5, 64, 0}, {3, 70, 0}}, 3.2, 2.6)
    whole = union(body:part("skin"), stem:part("stem")):rotz(k.p.lean)
    -- the half: the fruit laid along +X and cut lengthwise, face up
    local cut = box(200, 100, 200):move(0, -50, 0)
    local function lying(d) return lathe(outline(d)):rotz(-90):move(0, 0, 0) end
    local skin = intersect(lying(0), cut)
    local rim = intersect(lying(2.2), cut)
    local flesh = intersect(lying(5), cut)
    -- a hollow-ish heart: a darker seedy core with seeds just proud of the face
    local seeds = {}
    for i = 1, 70 do
      local x = k.rand(7, 50)
      local r = F.radius_at(OUT, x) - 8.5
      if r > 2 then
        local z = k.rand(-1, 1) * r
        seeds[#seeds + 1] = ellipsoid(1.5, 1.1, 1.1):roty(k.rand(0, 180)):move(x, 0.4, z)
      end
    end
    -- the paler hollow heart, streaked outwards
    local heart = {}
    heart[#heart + 1] = ellipsoid(13, 1.4, 8):move(24, -0.6, 0)
    for i = 0, 8 do
      local a = math.rad(-180 + 45 * i)
      heart[#heart + 1] = capsule({24, -0.6, 0}, {24 + math.cos(a) * 18, -0.6, math.sin(a) * 14}, 1.5):stretch(1, 0.8, 1)
    end
    local half = union(union(seeds):part("seeds"), intersect(union(heart), lying(6)):part("heart"), flesh:part("flesh"), rim:part("rim"), skin:part("skin"))
    half = half:move(-30, 0, 0):rotx(-12):roty(-70):move(38, 27, 30)
    k.attach("top", {0, 70, 0}, 20)
    return union(whole, half):roty(k.p.turn)
  end,
}
