-- A referee's whistle: a chrome barrel-shaped chamber lying on its side, the
-- flat mouthpiece running off its top with the slot mouth at the end and the
-- sound window cut where the two meet, a lug and split ring at the back and
-- a lanyard cord looped on the ground. Profile in the XY plane, mouthpiece
-- towards +x.
return {
  id = "whistle",
  names = {"whistle", "referee whistle", "referee's whistle", "referees whistle", "coach whistle", "coach's whistle",
           "sports whistle", "police whistle", "pea whistle", "metal whistle", "gym whistle", "lifeguard whistle",
           "whistle on a lanyard", "whistel", "wistle"},
  lvis = {"whistle"},
  family = "sports",
  size_mm = 26,
  description = "A referee's whistle on a lanyard",
  params = {turn = {22, 34}, loop = {0.85, 1.1}},
  parts = {
    {"body", "silver", color = "#b4b9c0", role = "primary", names = {"body", "chamber", "mouthpiece", "metal"}},
    {"lanyard", "fabric", color = "#1e1e22", role = "secondary", names = {"lanyard", "cord", "strap", "string", "neck strap"}},
    {"ring", "steel", color = "#9ea2a8", role = "detail", names = {"ring", "split ring", "key ring"}},
  },
  points = {"top"},
  build = function(k)
    local R, Wd = 12.5, 17
    local cy = R
    -- The chamber: a cylinder across z with softly domed side faces.
    local chamber = cylinder(R, Wd, 2.5):move(0, -Wd / 2, 0):rotx(90):move(0, cy, 0)
    -- The mouthpiece runs off the top of the chamber towards +x, a little
    -- narrower and flattening towards the lips.
    local mouth = loft({
      {y = 0, rx = 7.2, rz = 7.2},
      {y = 14, rx = 6, rz = 6.8},
      {y = 30, rx = 4.2, rz = 6.6},
    }):rotz(-90):move(2, cy + R - 6.5, 0)
    mouth = intersect(mouth, box(80, 40, Wd - 1, 2):move(20, cy, 0))
    local body = smooth(2, chamber, mouth)
    -- The slot at the mouth end and the sound window on top.
    body = subtract(body,
      box(24, 2.4, 10, 0.8):move(32, cy + R - 6.5, 0),
      box(11, 12, Wd - 4, 1):rotz(-36):move(-1, cy + R + 2.5, 0))
    -- A lug at the back of the chamber with a split ring through it.
    local lug = box(8, 6, 5, 1.5):move(-R - 2, cy - 2, 0)
    local rc = {-R - 10, cy - 4, 0}
    local ring = torus(7, 1.3):rotx(90):move(rc[1], rc[2], rc[3])
    -- The lanyard: a loop of cord from the ring down onto the ground.
    local f = k.p.loop
    local cr = 2.2
    -- A round loop lying behind the whistle, its two ends twisted together
    -- into the ring.
    local pts = {{rc[1] - 4, rc[2] - 6, 0.8}, {rc[1] - 8, cr + 1.5, 2}}
    local C = {rc[1] - 14 - 26 * f, cr, -34 * f}
    local Rl = 36 * f
    local a0 = math.atan(rc[3] - C[3], (rc[1] - 10) - C[1])
    for i = 0, 10 do
      local a = a0 + 0.25 + i / 10 * (2 * math.pi - 0.5)
      pts[#pts + 1] = {C[1] + math.cos(a) * Rl, cr, C[3] + math.sin(a) * Rl * 0.85}
    end
    pts[#pts + 1] = {rc[1] - 8, cr + 1.5, -2}
    pts[#pts + 1] = {rc[1] - 4, rc[2] - 6, -0.8}
    local cord = tube(pts, cr)
    -- A cord stop where the two strands meet near the ring.
    local stop = cylinder(3.6, 9, 1.5):rotz(90):move(rc[1] - 6, cr + 1.4, 0)
    local shape = union((body + lug):part("body"), ring:part("ring"))
    -- Held in a hand, the cord loop lying on the ground is left out.
    if not k.worn then shape = shape + (cord + stop):part("lanyard") end
    k.attach("top", {0, cy + R, 0}, 20)
    return shape:roty(k.p.turn)
  end,
}
