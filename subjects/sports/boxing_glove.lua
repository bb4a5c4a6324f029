-- A boxing glove standing on its cuff, knuckles up: a big, very round padded
-- fist (far bulkier than the wrist) with the fingers curled over into a ball
-- and tucked down towards the palm, the thumb pressed flat against the side
-- and joined to the fist along its length, and a long padded cuff with a
-- white wrist band and white criss-cross laces up the palm side.
return {
  id = "boxing_glove",
  names = {"boxing glove", "boxing gloves", "boxing mitt", "punching glove", "boxinggloves"},
  lvis = {"boxing_glove"},
  family = "sports",
  size_mm = 300,
  description = "A boxing glove",
  params = {lean = {6, 10}},
  parts = {
    {"glove", "leather", color = "#c81e1e", role = "primary", names = {"glove", "leather", "padding", "fist"}},
    {"cuff", "leather", color = "#f4f2ec", role = "secondary", names = {"cuff", "wrist", "band", "wrist band"}},
    {"laces", "fabric", color = "#fafaf6", role = "detail", names = {"laces", "lacing", "lace", "strings"}},
  },
  build = function(k)
    -- Palm faces +X (towards the viewer's right), thumb on the +Z side.
    local fy = 232                         -- centre of the fist
    -- The fist: a big round ball, a little wider than deep.
    local ball = ellipsoid(100, 96, 92):move(18, fy, 0)
    -- The curled fingers: a padded roll over the top and down the front.
    local roll = ellipsoid(62, 78, 86):move(62, fy + 6, 0)
    -- The back of the hand sloping down to the wrist.
    local back = ellipsoid(78, 70, 74):move(-18, fy - 70, 0)
    local fist = smooth(26, ball, roll, back)
    -- The seam where the fingertips tuck in against the palm.
    local crease = torus(62, 4):rotz(90):stretch(1, 1, 1.25):move(60, fy - 60, 0)
    fist = smooth_sub(fist, crease, 3)
    -- The thumb: a big flattened padded sausage pressed along the +Z side,
    -- from the palm's heel up to the knuckles, joined along its length and
    -- outlined by a deep seam.
    local function thumb_at(g)
      local t = capsule({0, -56, 0}, {0, 50, 0}, 34 + g):stretch(1, 1, 0.6)
      t = t:rotz(-40):move(58, fy - 26, 84)
      local tip = sphere(28 + g):stretch(1, 1, 0.66):move(96, fy + 14, 80)
      return smooth(10, t, tip)
    end
    fist = smooth_sub(fist, thumb_at(5), 3)
    local glove = smooth(3, fist, thumb_at(0))
    -- The cuff: a long padded tube, oval, narrower than the fist.
    local cuff = loft({
      {y = 0, rx = 66, rz = 62},
      {y = 40, rx = 64, rz = 60},
      {y = 110, rx = 62, rz = 62},
      {y = 160, rx = 66, rz = 70},
    })
    glove = smooth(18, glove, cuff)
    -- The lacing slot on the palm side: a recessed white tongue.
    local slot = box(30, 110, 42, 4):move(64, 88, 0)
    glove = subtract(glove, slot)
    local tongue = box(12, 114, 28, 3):move(56, 88, 0)
    -- Criss-cross laces with a bow at the top.
    local laces = {}
    for i = 0, 4 do
      local y0 = 40 + i * 18
      laces[#laces + 1] = capsule({66, y0, -18}, {66, y0 + 18, 18}, 3)
      laces[#laces + 1] = capsule({66, y0, 18}, {66, y0 + 18, -18}, 3)
    end
    for _, sz in ipairs({-1, 1}) do
      for i = 0, 5 do laces[#laces + 1] = torus(3.5, 1.6):rotz(90):move(64, 40 + i * 18, sz * 18) end
    end
    laces[#laces + 1] = tube({{67, 130, 0}, {72, 140, 14}, {70, 128, 24}, {67, 130, 0}}, 3)
    laces[#laces + 1] = tube({{67, 130, 0}, {72, 140, -14}, {70, 128, -24}, {67, 130, 0}}, 3)
    laces[#laces + 1] = capsule({67, 130, 0}, {74, 98, 10}, 2.6)
    -- A white band round the cuff's opening.
    local band = loft({
      {y = 0, rx = 69, rz = 65},
      {y = 26, rx = 68, rz = 64},
    })
    band = subtract(band, box(40, 50, 50):move(76, 30, 0))
    local shape = union(glove:part("glove"), (band + tongue):part("cuff"), union(laces):part("laces"))
    -- Lean the fist a touch forward over its palm.
    shape = shape:rotz(-k.p.lean)
    k.attach("top", {20, 330, 0}, 120)
    return shape:roty(-15)
  end,
}
