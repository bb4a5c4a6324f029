-- A fire extinguisher: a tall red cylindrical tank with a domed top on a
-- black foot ring, a black valve head on a short neck with a squeeze lever
-- over a carry handle pointing back, a safety pin with a ring, a small round
-- pressure gauge, a black hose looping from the valve down the front side of
-- the tank to a nozzle clipped against it, and a white label on the front.
return {
  id = "fire_extinguisher",
  names = {"fire extinguisher", "extinguisher", "red fire extinguisher", "fire extinguisher tank",
           "co2 extinguisher", "foam extinguisher", "firefighting extinguisher", "fire extingusher",
           "fire extinguiser"},
  lvis = {"fire_extinguisher"},
  family = "household",
  size_mm = 480,
  description = "A red fire extinguisher with a black valve, lever handle, hose and gauge",
  params = {hose_bend = {-8, 8}},
  parts = {
    {"tank", "paint", color = "#d01c1c", role = "primary", names = {"tank", "body", "cylinder", "canister"}},
    {"label", "paper", color = "#f4f4f0", role = "secondary", names = {"label", "band", "sticker"}},
    {"valve", "plastic", color = "#1b1b1d", role = "detail",
     names = {"valve", "head", "handle", "lever", "hose", "nozzle", "trigger", "foot", "base"}},
    {"fittings", "steel", color = "#c9ccd2", role = "detail", names = {"pin", "safety pin", "neck", "collar", "fittings"}},
    {"gauge", "plastic", color = "#f8f8f4", role = "detail", names = {"gauge", "dial", "pressure gauge"}},
    {"print", "paint", color = "#202024", role = "fixed", names = {"print", "text", "lettering"}},
    {"needle", "paint", color = "#2a9a3a", role = "fixed", names = {"needle"}},
  },
  points = {"top", "hand"},
  build = function(k)
    local R = 66
    local H = 340 -- top of the dome
    -- The tank: a straight cylinder rounding over into a domed shoulder.
    local tank = lathe({{R - 5, 0}, {R, 5}, {R, H - 70}, {R * 0.97, H - 48}, {R * 0.86, H - 26},
                        {R * 0.64, H - 8}, {R * 0.36, H}, {22, H + 2}})
    local foot = cylinder(R + 2.5, 16, 4)
    -- The label: a thin wrap on the front (+Z) third of the tank.
    local wrap = subtract(cylinder(R + 1.4, 130):move(0, 110, 0), cylinder(R - 2, 140):move(0, 105, 0))
    local label = intersect(wrap, box(2 * R * 0.9, 200, 200):move(0, 150, 100))
    -- A few printed lines and a red band on the label (fixed colour marks).
    local print = {}
    local lines = {{218, 0.55}, {200, 0.8}, {186, 0.8}, {172, 0.6}, {134, 0.7}, {122, 0.7}}
    for _, l in ipairs(lines) do
      local w = 2 * R * 0.8 * l[2]
      print[#print + 1] = box(w, l[1] > 210 and 10 or 5, 20):move(0, l[1], R)
    end
    local band = intersect(subtract(cylinder(R + 2, 14):move(0, 148, 0), cylinder(R - 1, 20):move(0, 145, 0)),
                           box(2 * R * 0.88, 40, 200):move(0, 150, 100))
    local marks = intersect(subtract(union(print), cylinder(R + 1.0, 400)), cylinder(R + 2.2, 400))
    -- Neck collar and the valve head.
    local neck = cylinder(21, 20, 2):move(0, H - 2, 0) + cylinder(24, 8, 2):move(0, H + 4, 0)
    local vy = H + 18
    local head = box(62, 44, 42, 10):move(-4, vy + 22, 0) + cylinder(17, 28, 4):rotz(90):move(-4, vy + 18, 0)
    -- outlet spigot on the front (-X) where the hose leaves
    local outlet = cylinder(10, 26, 3):rotz(90):move(-24, vy + 14, 0)
    -- Carry handle (lower, fixed) and squeeze lever (upper) reaching back (+X).
    local carry = extrude({{0, 0}, {92, -10}, {100, -4}, {98, 4}, {0, 12}}, 22, 3):move(18, vy + 6, 0)
    local lever = extrude({{-30, 0}, {0, 6}, {96, 20}, {104, 30}, {98, 36}, {0, 16}, {-30, 10}}, 22, 3)
      :move(14, vy + 36, 0)
    local pivot = cylinder(6, 34):rotx(90):move(-14, vy + 42, 17)
    -- The hose: from the outlet curving out and down the -X side to a nozzle
    -- clipped to the tank with its tip pointing down.
    local hb = k.p.hose_bend
    local hx = -(R + 9)
    local hose = tube({{-34, vy + 14, 0}, {-62, vy + 6, 4}, {hx - 10, H - 40, 12 + hb},
                       {hx - 4, H - 110, 16 + hb}, {hx, H - 170, 14}, {hx, H - 200, 12}}, 7.5)
    local ferrule = cylinder(10, 18, 2):move(hx, H - 214, 12)
    local nozzle = cone(7, 11, 56):move(hx, H - 268, 12)
    local clip = subtract(cylinder(R + 6, 14, 2):move(0, H - 240, 0), cylinder(R - 2, 30):move(0, H - 250, 0))
    clip = intersect(clip, box(60, 40, 60):move(-R, H - 232, 12))
    local hosepart = hose + ferrule + nozzle + clip
    -- Safety pin through the head with its ring on the visible side.
    local pin = cylinder(2.5, 56):rotx(90):move(22, vy + 24, -28) + torus(9, 2.2):rotz(90):move(22, vy + 17, 34)
    -- The pressure gauge on the +Z face of the head: a bright rim, a white
    -- face with a green arc and a dark needle.
    local gx, gy, gz = -14, vy + 24, 21
    local gauge_rim = cylinder(16, 10, 1.5):rotx(90):move(gx, gy, gz - 2)
    local gauge_face = cylinder(13, 2):rotx(90):move(gx, gy, gz + 7.5)
    local arc = intersect(subtract(cylinder(11.5, 1.2), cylinder(8.5, 4):move(0, -1, 0)),
                          box(14, 4, 14):move(7, 0, -7)):rotx(90):move(gx, gy, gz + 9.3)
    local needle = box(2.4, 11, 1.2):move(0, 4, 0):rotz(-40):move(gx, gy, gz + 9.9)
    k.attach("top", {0, vy + 50, 0}, 60)
    k.attach("hand", {70, vy + 20, 0}, 30)
    local shape = union(
      tank:part("tank"),
      label:part("label"),
      marks:part("print"),
      band:part("tank"),
      (foot + head + outlet + carry + lever + pivot + hosepart):part("valve"),
      (neck + pin + gauge_rim):part("fittings"),
      gauge_face:part("gauge"),
      arc:part("needle"),
      needle:part("print"))
    -- Turn so the levers point back to the right and the label faces the viewer.
    return shape:roty(35)
  end,
}
