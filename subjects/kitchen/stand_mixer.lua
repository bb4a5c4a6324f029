-- A stand mixer: a heavy rounded base, a waisted pillar at the back and a
-- bullet-shaped tilt head arching forward over a steel bowl, with a chrome
-- band round the head and a chrome cap on its nose; under the head a flat
-- beater hangs into the bowl, and the bowl has a handle on its side.
local S = use("shapes")

return {
  id = "stand_mixer",
  names = {"stand mixer", "kitchen mixer", "kitchen stand mixer", "food mixer", "cake mixer", "mixer",
           "electric mixer", "standing mixer", "tilt head mixer", "baking mixer", "dough mixer", "stand mixer machine"},
  lvis = {"mixer_(kitchen_tool)"},
  family = "kitchen",
  size_mm = 360,
  description = "A stand mixer with a steel bowl",
  params = {bowl_turn = {-75, -50}},
  parts = {
    {"body", "paint", color = "#c41e2a", role = "primary", names = {"body", "head", "base", "stand", "housing"}},
    {"bowl", "steel", color = "#b4b9c0", role = "detail", names = {"bowl", "mixing bowl"}},
    {"beater", "steel", color = "#d4d7dc", role = "detail", names = {"beater", "paddle", "whisk", "attachment"}},
    {"trim", "steel", color = "#d8dbe0", role = "detail", names = {"trim", "band", "knob", "lever", "cap"}},
  },
  points = {"inside", "top"},
  build = function(k)
    -- The base: a long rounded slab, the pillar at the back.
    local bh = 44
    local base = box(300, bh, 168, 22):move(-5, bh / 2, 0)
    local px = -110
    local pillar = loft({
      {y = bh - 10, rx = 62, rz = 66},
      {y = 90, rx = 46, rz = 52},
      {y = 160, rx = 40, rz = 46},
      {y = 215, rx = 50, rz = 56},
      {y = 250, rx = 58, rz = 60},
    }):move(px, 0, 0)
    -- The head: a loaf along X from the hinge at the back to a rounded nose.
    local hy = 272
    local function head_shape(g)
      local secs = {}
      for _, q in ipairs({{0, 8, 8}, {6, 36, 40}, {22, 54, 58}, {80, 62, 64}, {170, 58, 60},
                          {240, 50, 52}, {272, 40, 42}, {288, 24, 26}, {292, 6, 6}}) do
        secs[#secs + 1] = {y = q[1], rx = q[2] + g, rz = q[3] + g}
      end
      return loft(secs):rotz(-90):move(-172, hy, 0)
    end
    local head = head_shape(0)
    -- The planetary hub under the head, over the bowl's centre.
    local bx = 62
    local hub = cone(34, 40, 30):move(bx, hy - 72, 0)
    local body = smooth(14, base, pillar) + smooth(10, head, pillar) + smooth(6, head, hub)
    -- Chrome: a band round the head, the nose cap, the speed lever and the hub's ring.
    local band = intersect(head_shape(2), box(10, 300, 300):move(bx + 24, hy, 0))
    local cap = cylinder(24, 8, 3):rotz(-90):move(112, hy, 0)
    local lever = capsule({-60, hy + 10, 60}, {-40, hy + 8, 70}, 4.5)
    local ring = torus(35, 3.5):move(bx, hy - 70, 0)
    -- The bowl: a steel vessel on a low foot, with a rolled lip and a handle.
    local by0 = bh - 2
    local bowl_h = 150
    local prof = {{50, 0}, {58, 4}, {62, 12}, {80, 40}, {96, 80}, {106, 120}, {110, bowl_h}}
    local bowl = vessel(prof, 5, 7):move(bx, by0, 0)
    bowl = bowl + torus(110, 3.4):move(bx, by0 + bowl_h, 0)
    local a = math.rad(k.p.bowl_turn)
    local dir = {math.cos(a), 0, math.sin(a)}
    local function at(r, y) return {bx + dir[1] * r, by0 + y, dir[3] * r} end
    local handle = S.loop_handle(at(104, 118), at(88, 62), dir, 38, 7)
    bowl = bowl + handle
    -- The flat beater: a shaft from the hub and a rounded triangular frame
    -- with a spine, hanging into the bowl.
    local top = hy - 74
    local bot = by0 + 22
    local pts = {
      {bx, top - 36, -10}, {bx, top - 60, -40}, {bx, bot + 30, -52}, {bx, bot + 4, -36}, {bx, bot, 0},
      {bx, bot + 4, 36}, {bx, bot + 30, 52}, {bx, top - 60, 40}, {bx, top - 36, 10},
    }
    local beater = tube(pts, 4) + limb({bx, top + 6, 0}, {bx, top - 38, 0}, 7, 6)
      + limb({bx, top - 38, 0}, {bx, bot + 2, 0}, 4.5, 3.5)
    local shape = body:part("body") + (band + cap + lever + ring):part("trim") + bowl:part("bowl")
      + beater:part("beater")
    k.attach("inside", {bx, by0 + 8, 0}, 120)
    k.attach("top", {-40, hy + 64, 0}, 100)
    return shape
  end,
}
