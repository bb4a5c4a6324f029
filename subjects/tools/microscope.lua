-- A lab microscope: a heavy horseshoe base, a curved C-shaped arm rising at
-- the back with big focus knobs at its foot, a square stage with a glass
-- slide held by two clips, a lamp under the stage, a revolving turret with
-- three objective lenses above it and a body tube with the eyepiece tube
-- angled up and back towards the viewer. Profile in the XY plane, the
-- stage at +x.
return {
  id = "microscope",
  names = {"microscope", "light microscope", "lab microscope", "compound microscope", "laboratory microscope",
           "optical microscope", "school microscope", "student microscope", "microscop", "mircoscope",
           "micro scope"},
  lvis = {},
  family = "tools",
  size_mm = 360,
  description = "A compound lab microscope",
  params = {turn = {-8, 8}, tilt = {40, 48}},
  parts = {
    {"body", "plastic", color = "#eeece6", role = "primary", names = {"body", "arm", "base", "frame", "stand"}},
    {"stage", "plastic", color = "#26282c", role = "secondary", names = {"stage", "platform", "table"}},
    {"optics", "steel", color = "#c6cad0", role = "detail", names = {"optics", "tube", "tubes", "turret", "nosepiece", "objectives", "objective lenses", "clips", "chrome"}},
    {"knobs", "plastic", color = "#1c1c1e", role = "detail", names = {"knobs", "knob", "focus knobs", "eyepiece", "eyecup"}},
    {"slide", "gloss", color = "#cfe6ee", role = "detail", names = {"slide", "glass slide", "specimen"}},
    {"sample", "paint", color = "#c0306a", role = "detail", names = {"sample", "stain"}},
    {"lamp", "gloss", color = "#fff4c8", role = "detail", glows = true, names = {"lamp", "light", "bulb", "illuminator"}},
  },
  points = {"top"},
  build = function(k)
    local S = use("shapes")
    -- Base: a heavy rounded horseshoe, open towards the front.
    local base = subtract(box(190, 34, 150, 14):move(0, 17, 0), box(60, 50, 60, 12):move(95, 10, 0))
    base = base + box(90, 30, 110, 12):move(-40, 44, 0)           -- the raised foot of the arm
    -- The arm: a flat C-shaped casting from the back of the base, curving up
    -- and forward to carry the head.
    local arm_out = {{-78, 40}, {-92, 120}, {-90, 200}, {-74, 262}, {-46, 300}, {-10, 318}, {26, 318},
                     {26, 282}, {-8, 276}, {-34, 250}, {-46, 200}, {-46, 150}, {-30, 110}, {-20, 40}}
    local arm = extrude(arm_out, 40, 8)
    -- The stage on a block bolted to the arm.
    local sy = 150
    local stage = box(130, 10, 130, 3):move(24, sy, 0)
      + box(46, 30, 50, 4):move(-30, sy - 12, 0)
    stage = subtract(stage, cylinder(12, 30):move(24, sy - 15, 0))
    -- The lamp under the stage and the condenser ring.
    local lampb = cylinder(22, 12, 3):move(24, 34, 0)
    local lamp = sphere(16):stretch(1, 0.6, 1):move(24, 46, 0)
    local condenser = cylinder(16, 22, 3):move(24, sy - 30, 0) + box(50, 10, 20, 3):move(-2, sy - 20, 0)
    -- The slide and its clips.
    local slide = box(76, 2.2, 26, 0.6):move(26, sy + 6, 0)
    local sample = cylinder(7, 0.8):move(24, sy + 7, 0)
    local clips = union(
      limb({-22, sy + 6, 24}, {6, sy + 8, 8}, 2.2),
      limb({-22, sy + 6, -24}, {6, sy + 8, -8}, 2.2),
      cylinder(5, 6):move(-22, sy + 3, 24), cylinder(5, 6):move(-22, sy + 3, -24))
    -- The head, the turret and three objectives.
    local hy = 300
    local head = box(64, 40, 46, 10):move(26, hy, 0)
    local body_tube = cylinder(18, 50):move(24, hy - 60, 0)
    local ty = hy - 64
    local turret = lathe({{10, -14}, {30, -10}, {34, -2}, {28, 6}, {12, 10}}):move(24, ty, 0)
    local objs = {}
    local lens_len = {32, 41, 50}
    for i = 1, 3 do
      local a = math.rad(-60 + (i - 1) * 120)
      local off = {math.cos(a) * 15, 0, math.sin(a) * 15}
      local top = {24 + off[1], ty - 8, off[3]}
      local dir = S.norm({off[1] * 0.02, -1, off[3] * 0.02})
      local L = lens_len[i]
      objs[#objs + 1] = cone(9, 6, L):aim(dir, top)
        + cylinder(9.5, 6):aim(dir, S.add(top, S.mul(dir, L * 0.35)))
    end
    -- The eyepiece tube, angled up and back over the arm.
    local ta = math.rad(k.p.tilt)
    local ed = {-math.sin(ta), math.cos(ta), 0}
    local e0 = {28, hy + 8, 0}
    local eyetube = cylinder(14, 96):aim(ed, e0)
    local e1 = S.add(e0, S.mul(ed, 96))
    local eyepiece = cylinder(16, 26, 3):aim(ed, S.add(e0, S.mul(ed, 84)))
      + cylinder(12, 6, 2):aim(ed, S.add(e0, S.mul(ed, 108)))
    local eyelens = cylinder(9, 2):aim(ed, S.add(e0, S.mul(ed, 113)))
    -- Coarse and fine focus knobs on both sides at the foot of the arm.
    local knobs = {}
    for _, s in ipairs({1, -1}) do
      local c = {-60, 104, 0}
      knobs[#knobs + 1] = cylinder(26, 12, 4):move(0, 20, 0):rotx(s * 90):move(c[1], c[2], 0)
      knobs[#knobs + 1] = cylinder(13, 12, 3):move(0, 30, 0):rotx(s * 90):move(c[1], c[2], 0)
      knobs[#knobs + 1] = cylinder(8, 24):rotx(s * 90):move(c[1], c[2], 0)
    end
    local shape = union(
      (base + arm + head):part("body"),
      stage:part("stage"),
      (body_tube + turret + union(objs) + eyetube + clips + condenser + lampb):part("optics"),
      (eyepiece + union(knobs)):part("knobs"),
      (eyelens + lamp):part("lamp"),
      slide:part("slide"), sample:part("sample"))
    k.attach("top", e1, 30)
    return shape:roty(k.p.turn + 30)
  end,
}
