-- A vintage sewing machine in black enamel: a long flat bed on a wooden
-- base, and on it the arched body: a pillar on the right rising into a long
-- humped arm that reaches left over the bed and ends in the head, from which
-- the needle bar and the presser foot hang down to the needle plate. A
-- spoked handwheel turns on the right end, a spool of thread stands on its
-- pin on top of the arm, and thin gold bands and scrolls run along the arm
-- and the bed. The arm runs along X; the sewer sits at +Z.
return {
  id = "sewing_machine",
  names = {"sewing machine", "vintage sewing machine", "antique sewing machine",
           "old sewing machine", "retro sewing machine", "hand sewing machine"},
  lvis = {"sewing_machine"},
  family = "household",
  size_mm = 300,
  description = "A vintage black sewing machine with gold decoration, a handwheel and a spool of thread",
  params = {hump = {0, 8}, spool = {-10, 20}},
  parts = {
    {"body", "paint", color = "#141416", role = "primary", names = {"body", "arm", "machine", "bed"}},
    {"details", "gold", color = "#d4a640", role = "secondary", names = {"details", "decals", "decoration", "band", "bands", "scrolls", "trim"}},
    {"fittings", "steel", color = "#c4c8ce", role = "detail", names = {"handwheel", "wheel", "needle", "presser foot", "foot", "plate", "face plate"}},
    {"thread", "fabric", color = "#c42a2a", role = "detail", names = {"thread", "spool", "bobbin"}},
    {"base", "wood", color = "#6a3c1e", role = "detail", names = {"base", "stand", "board", "plinth"}},
  },
  points = {"top"},
  build = function(k)
    local hump = k.p.hump
    -- the wooden base and the flat bed on it
    local base = box(440, 22, 210, 5):move(0, 11, 0)
    local bedy = 22
    local bed = box(400, 34, 180, 9):move(0, bedy + 17, 0)
    local bt = bedy + 34                       -- top of the bed
    -- The arched body in side view: the pillar on the right, the humped arm
    -- over the bed and the head at the left end.
    -- (the outline is drawn 16 mm inside the finished surface: the bevel
    -- grows it by that much)
    local outline = {
      {104, bt + 10}, {156, bt + 10}, {156, 190}, {150, 212}, {132, 226 + hump * 0.5}, {100, 234 + hump},
      {60, 234 + hump}, {10, 224}, {-60, 214}, {-130, 210}, {-150, 214}, {-176, 214}, {-182, 206},
      {-182, 144}, {-176, 138}, {-160, 138}, {-148, 158}, {-128, 184}, {60, 186}, {84, 180},
      {108, 150}, {112, 100}, {104, bt + 20},
    }
    local zA = -20                             -- the arm's centre plane
    local D = 82                               -- its depth
    local body = extrude(outline, D, 16):move(0, 0, zA)
    -- the pillar is fuller than the arm, and flares onto the bed
    body = smooth(12, body, box(86, 110, 104, 20):move(130, bt + 50, zA),
      box(110, 14, 120, 7):move(128, bt + 4, zA))
    -- the head's end: a bright face plate
    local steel = box(8, 96, 64, 6):move(-200, 176, zA)
    -- needle bar, presser bar, needle and the presser foot over the needle plate
    local nx, nz = -170, zA + 24
    steel = steel + cylinder(5.5, 130 - bt - 14):move(nx, bt + 14, nz)
      + cylinder(5, 130 - bt - 10):move(nx + 6, bt + 10, nz - 16)
      + cylinder(2.2, 20):move(nx, bt + 2, nz)
      + box(12, 10, 10, 3):move(nx, bt + 18, nz)
      + box(12, 10, 16, 2):move(nx + 4, bt + 10, nz - 12)
      + box(34, 5, 18, 2):move(nx + 10, bt + 4, nz - 10)
    -- the needle plate and slide plate in the bed
    steel = steel + box(46, 3, 56, 2):move(nx + 6, bt, zA + 4)
    -- the handwheel on the right end: a rim, spokes and a hub, axis along X
    local wy, wx = 196, 176
    local wheel = subtract(cylinder(54, 18, 4), radial(cylinder(14, 60):move(0, -20, 0):move(31, 0, 0), 5, 18))
    wheel = wheel + cylinder(18, 34, 4):move(0, -8, 0)
    steel = steel + wheel:rotz(-90):move(wx, wy, zA)
    -- bobbin winder and stitch lever on the pillar
    steel = steel + cylinder(9, 16, 3):move(146, 222 + hump * 0.5, zA + 24)
    steel = steel + box(10, 44, 8, 3):rotz(-20):move(150, 140, zA + D / 2 + 4)
    -- the spool pin and a spool of thread on top of the arm
    local sx = 20 + k.p.spool
    local topy = 237 + (sx - 10) / 50 * (10 + hump)
    steel = steel + cylinder(3, 46):move(sx, topy - 6, zA)
    local spool = cylinder(17, 36, 2):move(sx, topy + 4, zA)
    local flanges = cylinder(20, 5, 1.5):move(sx, topy + 1, zA) + cylinder(20, 5, 1.5):move(sx, topy + 38, zA)
    -- Gold: a band following the arm's outline on each side, a line round
    -- the bed, and scrolls on the pillar.
    local band = {}
    local line = {{146, 208}, {110, 222 + hump}, {60, 222 + hump}, {10, 213}, {-60, 204}, {-130, 200}, {-172, 202}}
    for i, p in ipairs(line) do band[i] = {p[1], p[2], 0} end
    local under = {{-172, 148}, {-158, 148}, {-126, 196}, {60, 196}, {90, 184}, {100, 150}, {102, 100}}
    for i, p in ipairs(under) do under[i] = {p[1], p[2], 0} end
    local gold = empty()
    for _, s in ipairs({-1, 1}) do
      local z = zA + s * (D / 2 + 0.4)
      gold = gold + tube(band, 3.4):stretch(1, 1, 0.5):move(0, 0, z) + tube(under, 2.8):stretch(1, 1, 0.5):move(0, 0, z)
      gold = gold + torus(16, 2.4):rotx(90):stretch(1, 1, 0.5):move(132, 120, zA + s * 52)
      gold = gold + star(6, 11, 4, 2):move(132, 120, zA + s * 52)
    end
    gold = gold + subtract(box(380, 3, 162, 6), box(366, 6, 148, 4)):move(0, bt - 0.6, 0)
    gold = gold + torus(36, 2.4):rotz(90):move(wx + 19, wy, zA)
    k.attach("top", {sx, topy + 44, zA}, 40)
    return union(base:part("base"), (bed + body):part("body"), steel:part("fittings"),
      (spool):part("thread"), flanges:part("base"), gold:part("details"))
  end,
}
