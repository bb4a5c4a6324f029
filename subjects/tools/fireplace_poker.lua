-- A wrought-iron fireplace poker hanging in its little stand: a long black
-- rod with a twisted section under a round handle loop at the top, and at
-- the bottom a sharp point with a curved spur hooking out to one side. The
-- loop hangs on the hook of a slim post rising from a round weighted foot,
-- behind the poker, and the poker's point hangs just clear of the foot.
return {
  id = "fireplace_poker",
  names = {"fireplace poker", "poker", "fire poker", "fire iron", "stove poker", "fire hook", "hearth poker",
           "fireside poker", "fire stoker"},
  lvis = {"poker_(fire_stirring_tool)"},
  family = "tools",
  size_mm = 760,
  description = "A black iron fireplace poker with a loop handle and a hooked point, hanging in a small stand",
  params = {len = {600, 640}, spur = {50, 58}},
  parts = {
    {"rod", "iron", color = "#26272a", role = "primary", names = {"rod", "poker", "shaft", "point", "hook", "tip"}},
    {"handle", "brass", color = "#b8903e", role = "secondary", names = {"handle", "loop", "ring", "grip", "knob"}},
    {"stand", "iron", color = "#1c1c1e", role = "detail", names = {"stand", "base", "post", "holder", "foot"}},
  },
  points = {"top", "hand"},
  build = function(k)
    local L = k.p.len
    local y0 = 96                                 -- the point hangs clear of the foot
    -- the point and the spur
    local point = cone(1.2, 8.5, 64):move(0, y0, 0)
    local sp = k.p.spur
    local spur = tube({{-2, y0 + 92, 0}, {sp * 0.6, y0 + 96, 0}, {sp * 1.05, y0 + 80, 0}, {sp * 1.1, y0 + 52, 0}}, 9, 4.5)
    -- the rod, a twisted stretch near the top, collars
    local top = y0 + L
    local rod = cylinder(8, L - 100):move(0, y0 + 60, 0)
    local twist = empty()
    for i = 0, 3 do
      local pts = {}
      for j = 0, 24 do
        local a = i * math.pi / 2 + j * math.pi / 6
        pts[#pts + 1] = {math.cos(a) * 6, top - 210 + j * 5, math.sin(a) * 6}
      end
      twist = twist + tube(pts, 4)
    end
    local collars = cylinder(10, 10, 3):move(0, top - 222, 0) + cylinder(10, 10, 3):move(0, top - 92, 0)
      + cylinder(11, 12, 4):move(0, y0 + 100, 0)
    -- the round handle loop, facing the viewer, and the knob under it
    local lr = 34
    local loop = torus(lr, 7.5):rotx(90):move(0, top - 40 + lr, 0) + sphere(11):move(0, top - 44, 0)
    -- The poker is turned so its spur points to the viewer's left; the
    -- stand is built round it: a round foot, a slim post behind it (a
    -- little to the right from the front), and a hook over into the loop.
    local poker = union((point + spur + rod + twist + collars):part("rod"), loop:part("handle")):roty(-145)
    local pz = -74
    local foot = cylinder(60, 10, 4):move(0, 0, pz + 8) + cylinder(38, 8, 4):move(0, 8, pz)
    local ly = top - 40 + 2 * lr - 6.5          -- the middle of the top of the loop's bar... less its radius
    local hy = ly + 6.5                         -- the loop's bar at its top
    local post = cylinder(7, hy + 30):move(0, 10, pz) + cylinder(14, 30, 5):move(0, 10, pz)
    local hook = tube({{0, hy + 38, pz}, {0, hy + 46, pz + 30}, {0, hy + 22, pz + 64}, {0, hy, pz + 74},
                       {0, hy - 14, pz + 82}}, 7) + sphere(8):move(0, hy + 2, 0)
    k.attach("hand", {0, top - 60, 0}, 30)
    k.attach("top", {0, hy + 50, pz}, 40)
    return union(poker, (foot + post + hook):part("stand"))
  end,
}
