-- A bottle opener lying flat on the table: a flat steel head with a
-- rounded opening whose hooked lip catches the cap, on a turned wooden
-- handle. A church key is one flat steel strip with a hooked opening at one
-- end and a pointed can piercer at the other.
return {
  id = "bottle_opener",
  names = {"bottle opener", "beer opener", "bottle key", "cap opener", "beer bottle opener",
           "handheld bottle opener", "bar opener", "soda opener", "bottle cap opener", "bottel opener"},
  lvis = {"bottle_opener"},
  family = "kitchen",
  size_mm = 22,
  description = "A flat steel bottle opener with a hooked head and a wooden handle",
  params = {handle = {92, 104}},
  parts = {
    {"head", "steel", color = "#c4c9d0", role = "primary", names = {"head", "blade", "opener", "body"}},
    {"handle", "wood", color = "#8a5430", role = "secondary", names = {"handle", "grip"}},
  },
  variants = {
    church_key = {names = {"church key", "churchkey", "flat opener", "can piercer", "beer key"},
                  size_mm = 5},
  },
  points = {"top"},
  build = function(k)
    -- Drawn in the XY plane (x along the opener, y across it), thickness
    -- along Z; laid flat at the end.
    local T = 3
    -- The hooked opening: a rounded hole with a tongue sticking into it
    -- from the end of the head, the tongue's tip bent down a touch.
    local function opening(cx, R)
      local hole = cylinder(R, 40):rotx(90):move(cx, 0, -20):stretch(1, 0.9, 1)
      hole = union(hole, box(R * 1.2, R * 1.3, 40, 2):move(cx - R * 0.5, 0, 0))
      local tongue = extrude({{cx + R + 2, -R * 0.42}, {cx + R * 0.25, -R * 0.34}, {cx + R * 0.05, -R * 0.2},
                              {cx + R * 0.05, R * 0.2}, {cx + R * 0.25, R * 0.34}, {cx + R + 2, R * 0.42}}, T, 0.6)
      return hole, tongue
    end
    if k.variant == "church_key" then
      local L, W = 112, 22
      local strip = extrude({{-L / 2, -W * 0.45}, {L / 2 - 8, -W / 2}, {L / 2, -W * 0.42}, {L / 2 + 3, 0},
                             {L / 2, W * 0.42}, {L / 2 - 8, W / 2}, {-L / 2, W * 0.45},
                             {-L / 2 - 6, 0}}, T * 0.7, 0.5)
      local hole, tongue = opening(L / 2 - 17, 9)
      strip = union(subtract(strip, hole), tongue:stretch(1, 1, 0.7))
      -- The pointed piercer at the other end, with a triangular slot.
      strip = subtract(strip, extrude({{-L / 2 + 4, 0}, {-L / 2 + 22, -6}, {-L / 2 + 22, 6}}, 20, 1))
      -- A pressed rib along the middle.
      local rib = box(L * 0.45, 5, 2.4, 1.1):move(-2, 0, 1)
      local shape = union(strip, rib):part("head")
      shape = shape:rotx(-90):move(0, T * 0.35, 0)
      k.attach("top", {0, 3, 0}, 20)
      return shape:roty(-25)
    end
    local HL = k.p.handle
    local HW, HLEN = 42, 62
    -- The head: a flat plate, round at the far end, narrowing into a tang.
    local cx = HLEN * 0.6
    local head = cylinder(HW / 2, T, 0.8):rotx(90):move(cx, 0, -T / 2)
    head = smooth(6, head, extrude({{0, -9}, {cx * 0.6, -12}, {cx, -14}, {cx, 14}, {cx * 0.6, 12}, {0, 9}}, T, 0.8))
    local hole, tongue = opening(cx, 13)
    head = union(subtract(head, hole), tongue)
    local tang = box(30, 16, T, 0.8):move(-8, 0, 0)
    -- The handle: a turned wooden grip along -X with a steel ferrule, a
    -- little swell in the middle and a hanging hole at its end.
    local R = 11
    local grip = lathe({{0, 0}, {7, 0.5}, {R - 1, 3}, {R, 10}, {R * 0.88, HL * 0.35}, {R * 1.02, HL * 0.7},
                        {R * 0.95, HL - 6}, {R * 0.7, HL - 1}, {0, HL}}):rotz(90):move(-6, 0, 0)
    grip = grip:stretch(1, 1, 0.78)
    grip = subtract(grip, cylinder(3.2, 40):move(-6 - HL + 12, -20, 0))
    local ferrule = cylinder(R * 0.92, 9, 1.5):rotz(90):move(3, 0, 0):stretch(1, 1, 0.8)
    local shape = union(head, tang, ferrule):part("head") + grip:part("handle")
    -- Lay it flat: the wooden grip rests on the table, the steel head is
    -- propped level on it.
    shape = shape:rotx(-90):move(-(HLEN - HL) * 0.5, R * 0.78, 0)
    k.attach("top", {0, R * 1.6, 0}, 30)
    return shape:roty(-25)
  end,
}
