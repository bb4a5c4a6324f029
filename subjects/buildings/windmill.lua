-- A windmill: a tapering tower with a cap roof and four big lattice sails
-- on its front, a door at the foot.
local B = use and use("building")

return {
  id = "windmill",
  names = {"windmill", "wind mill", "dutch windmill", "mill", "grist mill", "old windmill"},
  lvis = {"windmill"},
  family = "buildings",
  size_mm = 15000,
  description = "A windmill with four sails",
  params = {h = {260, 300}, r = {80, 92}, spin = {0, 40}},
  parts = {
    {"walls", "paint", color = "#e8dcc4", role = "primary", names = {"walls", "tower", "body"}},
    {"roof", "wood", color = "#6a3a2a", role = "secondary", names = {"roof", "cap"}},
    {"sails", "wood", color = "#f4f0e4", role = "detail", names = {"sails", "blades", "vanes", "sail"}},
    {"frame", "wood", color = "#6a4a30", role = "detail", names = {"frame", "door", "trim"}},
    {"windows", "gloss", color = "#3a4a5a", role = "detail", names = {"windows", "window"}},
  },
  points = {"top"},
  build = function(k)
    local h, r = k.p.h, k.p.r
    local rt = r * 0.65
    local tower = cone(r, rt, h)
    -- octagonal look: intersect with an 8-sided prism
    local oct = {}
    for i = 0, 7 do
      local a = math.pi * (i + 0.5) / 4
      oct[#oct + 1] = {r * 1.04 * math.cos(a), r * 1.04 * math.sin(a)}
    end
    tower = intersect(tower, extrude(oct, 1000):rotx(90):move(0, h / 2, 0):stretch(1, 1, 1))
    local cap = lathe({{rt + 12, 0}, {rt + 10, 14}, {rt * 0.7, rt * 0.9}, {rt * 0.2, rt * 1.15}, {0.5, rt * 1.18}}):move(0, h - 4, 0)
    local hub_c = {rt * 0.35, h + rt * 0.45, rt + 24}
    local axle = capsule({hub_c[1], hub_c[2], 0}, hub_c, 9)
    local sails = {}
    local frames = {}
    local L = h * 0.78
    for i = 0, 3 do
      local ang = 45 + 90 * i + k.p.spin
      local arm = box(8, L, 6):move(0, L / 2, 0)
      local sail = box(L * 0.2, L * 0.78, 5):move(L * 0.1, L * 0.56, -2)
      local slats = array(box(L * 0.2, 4, 6):move(L * 0.1, L * 0.2, 0), 6, 0, L * 0.13, 0)
      frames[#frames + 1] = (arm + slats):rotz(ang)
      sails[#sails + 1] = sail:rotz(ang)
    end
    local blades = (union(frames):part("frame") + union(sails):part("sails")):move(hub_c[1], hub_c[2], hub_c[3])
    local hub = sphere(12):move(hub_c[1], hub_c[2], hub_c[3] + 3)
    local shape = tower:part("walls") + cap:part("roof") + (axle + hub):part("frame") + blades
    local cut, fill = B.door(0, 38, 66, r * 0.98, 1, {arched = true, depth = 14, part = "frame"})
    shape = subtract(shape, cut) + fill
    local wins = {}
    for _, y in ipairs({h * 0.45, h * 0.72}) do
      local rr = r + (rt - r) * y / h
      wins[#wins + 1] = box(20, 26, 8, 2):move(0, y, rr * 0.98):roty(y > h * 0.6 and -35 or 30)
    end
    shape = shape + union(wins):part("windows")
    k.attach("top", {0, h + rt * 1.18, 0}, rt)
    return shape
  end,
}
