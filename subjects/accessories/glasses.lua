-- Glasses: two round lenses in a frame with a bridge. Worn on the face they
-- face forward (built lying face up); on their own they stand on their open
-- arms, lenses to the front. Sunglasses have dark lenses.
return {
  id = "glasses",
  names = {"glasses", "eyeglasses", "spectacles", "specs", "eye glasses", "reading glasses", "round glasses"},
  lvis = {"spectacles", "sunglasses"},
  family = "accessories",
  size_mm = 45,
  description = "A pair of glasses",
  parts = {
    {"frame", "plastic", color = "#1c1c20", role = "primary", names = {"frame", "frames", "rims"}},
    {"lenses", "gloss", color = "#d8e8f0", role = "secondary", names = {"lenses", "lens", "glass"}},
  },
  variants = {
    sunglasses = {names = {"sunglasses", "sun glasses", "shades"},
                  colors = {lenses = "#18181c", frame = "#202024"}},
  },
  attach_to = {"face", "head", "top"},
  build = function(k)
    local sun = k.variant == "sunglasses"
    local r = sun and 30 or 26
    local gap = 18
    local shape = empty()
    for _, s in ipairs({-1, 1}) do
      local c = {0, 0, s * (r + gap * 0.5)}
      local rim = torus(r, 5):rotz(90):move(c[1], c[2], c[3])
      local lens = cylinder(r, 5):rotz(90):move(2.5, 0, c[3])
      if sun then
        rim = rim:stretch(1, 0.85, 1.05)
        lens = lens:stretch(1, 0.85, 1.05)
      end
      shape = shape + rim:part("frame") + lens:part("lenses")
      local hinge = {0, r * 0.35, s * (2 * r + gap * 0.5)}
      if k.worn then
        -- Stubs of the temples, bending back.
        shape = shape + limb(hinge, {-6, r * 0.35, s * (2 * r + gap * 0.5 + 6)}, 5, 5):part("frame")
      else
        -- Open temples running back to the ear bends, which reach down to
        -- the table (in the upright frame: along -X, then down).
        local tip = {-5 * r, r * 0.35, s * (2 * r + gap * 0.5 + 8)}
        shape = shape + limb(hinge, tip, 4.5, 4.5):part("frame")
        shape = shape + limb(tip, {-5.6 * r, -r * 1.05, s * (2 * r + gap * 0.5 + 8)}, 4.5, 4.5):part("frame")
      end
    end
    shape = shape + tube({{0, r * 0.2, -gap * 0.5 - 2}, {2, r * 0.4, 0}, {0, r * 0.2, gap * 0.5 + 2}}, 5):part("frame")
    -- Nose pads reaching back to the base, so that worn glasses rest on the face.
    shape = shape + box(26, 8, gap * 0.8, 2):move(-9, r * 0.1, 0):part("frame")
    if not k.worn then return shape end
    return shape:move(22, 0, 0):rotz(90)
  end,
}
