-- A pinwheel: four curled paper vanes in bright colours pinned to the top
-- of a stick, facing forward.
return {
  id = "pinwheel",
  names = {"pinwheel", "pin wheel", "whirligig", "paper windmill", "windmill toy", "toy windmill", "spinner toy"},
  lvis = {"pinwheel"},
  family = "toys",
  size_mm = 400,
  description = "A paper pinwheel on a stick",
  parts = {
    {"vanes", "paper", color = "#e8303a", role = "primary", names = {"vanes", "blades", "paper", "sails"}},
    {"vanes2", "paper", color = "#2a80e0", role = "secondary", names = {"second vanes"}},
    {"stick", "wood", color = "#e8d4a8", role = "detail", names = {"stick", "handle", "pin"}},
    {"pin", "plastic", color = "#f0c020", role = "detail", names = {"centre", "center", "bead"}},
  },
  attach_to = {"hand", "top"},
  build = function(k)
    local L, R = 280, 95
    local stick = cylinder(5, L + 10, 2):part("stick")
    local shape = stick
    for i = 0, 3 do
      -- Each vane: a triangle from the centre out to a tip, its tip curled forward.
      local tri = extrude({{0, 0}, {R, 0}, {R * 0.72, R * 0.72}}, 3, 0)
      local curl = limb({R * 0.74, R * 0.62, 0}, {R * 0.55, R * 0.6, 22}, 7, 2)
      local vane = union(tri, curl):rotz(i * 90)
      shape = shape + vane:move(0, L, 14):part(i % 2 == 0 and "vanes" or "vanes2")
    end
    shape = shape + sphere(10):move(0, L, 20):part("pin")
    shape = shape + limb({0, L, 0}, {0, L, 18}, 5):part("pin")  -- the pin through the vanes into the stick
    -- Face the wind (and the viewer) three-quarters on.
    shape = shape:roty(40)
    return shape
  end,
}
