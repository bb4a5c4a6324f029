-- A dustpan and brush: a flat plastic scoop with a low front lip, sides
-- rising to a tall back wall with a short hood, and a short handle with a
-- hanging hole sticking out from the back; a hand brush lies in the pan,
-- bristles down, across its width.
return {
  id = "dustpan",
  names = {"dustpan", "dust pan", "dustpan and brush", "dustpan and brush set", "dust pan and brush",
           "dustpan brush", "dustpan set", "dust shovel", "pan and brush", "dustpan with brush",
           "hand brush and dustpan", "brush and dustpan", "dust pan set"},
  lvis = {"dustpan"},
  family = "household",
  size_mm = 110,
  description = "A plastic dustpan with a hand brush lying in it",
  params = {width = {285, 310}, depth = {220, 240}, brush = {255, 270}},
  parts = {
    {"pan", "plastic", color = "#2f6db4", role = "primary", names = {"pan", "scoop", "dustpan", "handle"}},
    {"brush", "plastic", color = "#3a7cc8", role = "primary", names = {"brush", "hand brush", "brush handle"}},
    {"bristles", "plastic", color = "#2c2c30", role = "secondary", names = {"bristles", "bristle"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local W, D = k.p.width, k.p.depth
    local H = 92
    local t = 6.5  -- walls at least two draft voxels thick
    -- Side view in XY: the back wall at x = 0, the lip at x = D. The top
    -- edge falls from the back down to the lip.
    local side = {{0, 0}, {D, 0}, {D + 3, 6}, {D - 10, 11}, {D * 0.55, H * 0.42}, {D * 0.2, H * 0.82}, {0, H}}
    local outer = extrude(side, W, 3)
    -- Hollow it: everything in front of the back wall, above the floor and
    -- between the side walls goes.
    local cavity = box(D * 2, H * 2, W - 2 * t, 2):move(t + D, t + H, 0)
    local pan = subtract(outer, cavity)
    -- A short hood over the back, sloping down to the front.
    local hood = box(60, 7, W - 1, 3):rotz(-18):move(25, H - 7, 0)
    pan = union(pan, hood)
    -- The handle: from the top of the back wall, out backwards and a little
    -- up, flat and wide, with a hanging hole near its end.
    local hl = 120
    local handle = limb({0, 0, 0}, {-hl, 0, 0}, 15, 12):stretch(1, 0.5, 1):rotz(-22):move(4, H - 10, 0)
    handle = subtract(handle, cylinder(5.5, 80):rotz(-22):move(-hl + 20, H + 5, 0))
    pan = union(pan, handle)
    -- The brush, lying across the pan (along Z) with its bristles on the
    -- floor: a wooden-looking block with a handle running on from it.
    local bl = k.p.brush
    local head = 190
    local bx = D * 0.58
    local z0 = -W / 2 + t + 6
    local block = box(54, 20, head, 8):move(bx, t + 34, z0 + head / 2)
    local grip = limb({bx, t + 36, z0 + head - 10}, {bx, t + 42, z0 + bl - 14}, 11, 10)
    local knob = sphere(11):move(bx, t + 42, z0 + bl - 14)
    local hole = cylinder(4, 60):move(bx, t, z0 + bl - 26)
    local brush = subtract(union(block, grip, knob), hole)
    local bristles = box(46, 30, head - 8, 3):move(bx, t + 14, z0 + head / 2)
    bristles = bristles:noise(1.2, 6, 1)
    local shape = pan:part("pan") + brush:part("brush") + bristles:part("bristles")
    k.attach("inside", {D * 0.8, t, 0}, W * 0.5)
    k.attach("top", {D * 0.5, H, 0}, W * 0.5)
    return shape:move(-D * 0.3, 0, 0):roty(-70)
  end,
}
