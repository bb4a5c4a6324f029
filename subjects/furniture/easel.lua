-- An easel: a wooden A-frame of three legs with a ledge holding a canvas
-- painted with a landscape, front facing +X.
return {
  id = "easel",
  names = {"easel", "painting easel", "art easel", "artist easel", "artist's easel", "easle", "painter's easel"},
  lvis = {"easel"},
  family = "furniture",
  size_mm = 1700,
  description = "An artist's easel with a canvas",
  params = {},
  parts = {
    {"wood", "wood", color = "#b0804a", role = "primary", names = {"wood", "frame", "legs", "easel"}},
    {"canvas", "paint", color = "#f4f0e6", role = "secondary", names = {"canvas", "painting", "picture"}},
    {"paint", "paint", color = "#4a8ad0", role = "detail", names = {"paint", "sky"}},
    {"hills", "paint", color = "#5aa04a", role = "detail", names = {"hills", "grass"}},
  },
  points = {"top"},
  build = function(k)
    local H = 1700
    local legs = {}
    for _, s in ipairs({-1, 1}) do legs[#legs + 1] = limb({0, H, s * 40}, {80, 0, s * 340}, 18, 16) end
    legs[#legs + 1] = limb({10, H - 40, 0}, {-520, 0, 0}, 16, 14) -- hinged at the top block
    legs[#legs + 1] = box(70, 30, 640, 4):move(100, 620, 0)
    legs[#legs + 1] = box(40, 40, 120, 4):move(20, H - 40, 0)
    -- Canvas leaning on the ledge, tilted back with the legs.
    local cw, ch = 560, 700
    local lean = math.deg(math.atan(80, H))
    local canvas = box(24, ch, cw, 2)
    local sky = box(4, ch * 0.55, cw - 40):move(14, ch * 0.2, 0)
    local hills = intersect(sphere(cw * 0.6):stretch(0.02, 0.45, 1):move(14, -ch * 0.15, -cw * 0.15)
      + sphere(cw * 0.5):stretch(0.02, 0.4, 1):move(14, -ch * 0.2, cw * 0.3), box(10, ch - 40, cw - 40):move(14, 0, 0))
    local function place(s) return s:rotz(lean):move(120, 640 + ch / 2, 0) end
    k.attach("top", {40, H, 0}, 60)
    return union(legs):part("wood") + place(canvas):part("canvas") + place(sky):part("paint") + place(hills):part("hills")
  end,
}
