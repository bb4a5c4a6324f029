-- A picture frame: a moulded frame round a painted picture (sky, hills
-- and a sun), standing on an easel back, facing +X.
return {
  id = "picture_frame",
  names = {"picture frame", "photo frame", "frame", "framed picture", "framed photo", "painting", "framed painting",
           "picture", "photograph frame", "art frame"},
  lvis = {"picture", "frame"},
  family = "household",
  size_mm = 300,
  description = "A framed picture on a stand",
  params = {aspect = {0.72, 0.82}, landscape = {0, 1}},
  parts = {
    {"frame", "wood", color = "#5a3620", role = "primary", names = {"frame", "border", "moulding"}},
    {"sky", "paint", color = "#7eb4e0", role = "secondary", names = {"picture", "painting", "photo", "sky", "canvas"}},
    {"hills", "paint", color = "#4f9a48", role = "detail", names = {"hills", "grass", "land"}},
    {"sun", "paint", color = "#f4c830", role = "detail", names = {"sun"}},
    {"mat", "paper", color = "#f4f0e6", role = "detail", names = {"mat", "mount", "passe-partout"}},
  },
  points = {"top"},
  build = function(k)
    local land = k.p.landscape > 0.5
    local W, H = 300, 300 * k.p.aspect
    if not land then W, H = 300 * k.p.aspect, 300 end
    local t = 22
    -- Frame in the YZ plane: height along Y, width along Z, front +X.
    local outer = box(t, H, W, 3)
    local frame = subtract(outer, box(t + 2, H - 50, W - 50):move(6, 0, 0))
    frame = frame + box(16, H - 4, W - 4, 2):move(-3, 0, 0) -- backing board, carries the mat
    local mat = box(4, H - 48, W - 48):move(4, 0, 0)
    local pic_w, pic_h = W - 84, H - 84
    local sky = box(4, pic_h, pic_w):move(6, 0, 0)
    local hill = intersect(sphere(pic_w * 0.6):stretch(0.02, 0.5, 1):move(8, -pic_h * 0.5, -pic_w * 0.2)
      + sphere(pic_w * 0.5):stretch(0.02, 0.45, 1):move(8, -pic_h * 0.5, pic_w * 0.3), box(10, pic_h, pic_w):move(8, 0, 0))
    local sun = cylinder(pic_w * 0.09, 4):rotz(-90):move(6, pic_h * 0.22, pic_w * 0.22)
    local shape = frame:part("frame") + mat:part("mat") + sky:part("sky") + hill:part("hills") + sun:part("sun")
    -- Lean it back on an easel strut.
    shape = shape:rotz(8):move(0, H / 2 + 4, 0)
    local strut = limb({-t * 0.4, H * 0.55, 0}, {-H * 0.35, 4, 0}, 7):part("frame")
    k.attach("top", {0, H + 4, 0}, 40)
    return shape + strut
  end,
}
