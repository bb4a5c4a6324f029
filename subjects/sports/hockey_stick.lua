-- An ice hockey stick: a long straight shaft of rectangular section leaning
-- at its lie angle down to a flat blade that rests on the ice, the blade
-- curved a little like a banana and wrapped in tape, and a taped butt with a
-- knob at the top. With a puck, a black rubber puck lies against the blade's
-- face. A field hockey stick is shorter and rounder, with a hooked J-shaped
-- head and a grip at the top.
local S = use("shapes")

return {
  id = "hockey_stick",
  names = {"hockey stick", "ice hockey stick", "hocky stick", "hockey", "ice hockey", "street hockey stick", "roller hockey stick"},
  lvis = {"hockey_stick"},
  family = "sports",
  size_mm = 1050,
  description = "An ice hockey stick with a taped curved blade",
  params = {lie = {46, 52}, curve = {0.6, 1.0}},
  parts = {
    {"shaft", "wood", color = "#d6ad72", role = "primary", names = {"shaft", "stick", "handle", "head"}},
    {"blade", "wood", color = "#b88850", role = "secondary", names = {"blade"}},
    {"tape", "fabric", color = "#f0f0ea", role = "detail", names = {"tape", "blade tape", "wrap"}},
    {"grip", "fabric", color = "#1d1d21", role = "detail", names = {"grip", "knob", "butt", "grip tape"}},
    {"stripe", "paint", color = "#c42a2a", role = "detail", names = {"stripe", "graphics", "logo", "decal"}},
    {"puck", "rubber", color = "#141416", role = "detail", names = {"puck", "hockey puck", "ice puck"}},
    {"ball", "plastic", color = "#f4f4ee", role = "detail", names = {"ball", "hockey ball", "field hockey ball"}},
  },
  variants = {
    field = {names = {"field hockey stick", "field hockey", "hockey stick field", "indian hockey stick"}, size_mm = 850,
             colors = {shaft = "#2c5fae", stripe = "#f2c21a"}},
    puck = {names = {"hockey stick and puck", "hockey stick and a puck", "hockey stick with puck", "hockey puck and stick", "stick and puck"}},
  },
  points = {"top"},
  build = function(k)
    local want_puck = k.variant == "puck" or (k.asked and k.asked.puck)
    if k.variant == "field" then
      -- the shaft leans back from the head; the head hooks forward and up
      local lean = math.rad(16)
      local L = 720
      local foot = {0, 160, 0}
      local dir = {-math.sin(lean), math.cos(lean), 0}
      local top = S.add(foot, S.mul(dir, L))
      local shaft = limb(foot, top, 17, 15):stretch(1, 1, 0.85)
      -- the J head: on down the shaft's line, round the toe on the ground and
      -- up the hook; the shaft thickens into it
      local function on(t) return S.add(foot, S.mul(dir, t)) end
      local head = smooth(8, tube({on(60), foot, on(-70), {34, 40, 0}, {62, 20, 0}, {100, 26, 0}, {126, 60, 0}, {124, 106, 0}}, 20, 16)
        :stretch(1, 1, 0.75), limb(on(170), on(-40), 16.5, 20):stretch(1, 1, 0.8))
      local grip = limb(S.add(foot, S.mul(dir, L - 300)), S.add(top, S.mul(dir, 4)), 19.5, 18):stretch(1, 1, 0.85)
      local cap = sphere(19):stretch(1, 0.5, 0.85):move(top[1], top[2] + 2, 0)
      local bands = {}
      for i = 0, 1 do
        local p = S.add(foot, S.mul(dir, 220 + i * 60))
        bands[#bands + 1] = limb(p, S.add(p, S.mul(dir, 26)), 18.2, 17.6):stretch(1, 1, 0.85)
      end
      local shape = (shaft + head):part("shaft") + (grip + cap):part("grip") + union(table.unpack(bands)):part("stripe")
      if want_puck or (k.asked and k.asked.ball) then
        -- a field hockey ball rather than a puck, against the head
        shape = shape + sphere(36):move(64, 36, 44):part("ball")
      end
      k.attach("top", {top[1], top[2] + 12, 0}, 40)
      return shape
    end

    -- Ice hockey stick, in the XY plane: the blade along +X on the ground,
    -- its face towards +Z, the shaft rising back over the heel.
    local lie = math.rad(k.p.lie)
    local L = 1380
    local BL, BH, BT = 310, 78, 20
    -- the blade's outline: a low heel rising to a rounded toe, a slight rocker
    local outline = {{-6, 6}, {30, 0}, {150, 0}, {250, 2}, {290, 8}, {308, 22}, {312, 44}, {306, 66}, {290, BH}, {200, BH - 6},
                     {80, BH - 12}, {20, BH}, {-10, BH + 20}, {-30, 40}}
    local plate = extrude(outline, 200)
    -- bent round a tall cylinder so the toe curls towards the face
    local R = 900 / k.p.curve
    local bent = subtract(cylinder(R + BT / 2, 400):move(0, -100, 0), cylinder(R - BT / 2, 420):move(0, -110, 0)):move(40, 0, -R)
    local blade = intersect(plate, bent)
    local function face_z(x) local dx = x - 40; return -R + math.sqrt(math.max(0, R * R - dx * dx)) end

    -- the shaft: up and back from the heel at the lie angle
    local dir = {-math.cos(lie), math.sin(lie), 0}
    local foot = {-2, 30, 0}
    local top = S.add(foot, S.mul(dir, L))
    -- a bar of rectangular section from a to b, along the shaft's direction
    local function bar(a, b, w, d, r)
      local len = S.len(S.sub(b, a))
      local m = S.lerp(a, b, 0.5)
      return box(w, len, d, r):rotz(90 - math.deg(lie)):move(m[1], m[2], m[3])
    end
    local shaft = bar(foot, top, 32, 25, 6)
    -- the hosel: the shaft narrowing into the heel
    local hosel = smooth(14, bar(S.add(foot, S.mul(dir, -10)), S.add(foot, S.mul(dir, 170)), 30, 24, 6),
                         box(70, 50, BT + 2, 6):move(10, 36, 0))

    -- tape: round the middle of the blade, and over the butt with a knob
    local tape_band = intersect(blade:round(1.6), box(200, 200, 200):move(60 + 100, 0, 0))
    local butt = bar(S.add(top, S.mul(dir, -240)), top, 35, 28, 8)
    local knob = sphere(24):stretch(1.1, 0.8, 0.95):move(top[1], top[2], top[3])
    local knob_ring = bar(S.add(top, S.mul(dir, -40)), S.add(top, S.mul(dir, -10)), 42, 34, 10)
    local grip = butt + knob + knob_ring
    -- a coloured stripe along the shaft's side
    local stripe = intersect(shaft:round(1.2), bar(S.add(foot, S.mul(dir, 380)), S.add(foot, S.mul(dir, 720)), 12, 60, 0))

    local shape = (shaft + hosel):part("shaft") + blade:part("blade") + tape_band:part("tape") + grip:part("grip") + stripe:part("stripe")
    if want_puck then
      -- lying on the ice against the blade's face
      local px, pr = 200, 38
      local pz = face_z(px) + BT / 2 + pr - 3
      shape = shape + cylinder(pr, 25, 3):move(px, 0, pz):part("puck")
    end
    k.attach("top", {top[1], top[2] + 20, 0}, 40)
    return shape
  end,
}
