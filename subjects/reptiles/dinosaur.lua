-- A dinosaur, a Tyrannosaurus rex: a huge head with toothy jaws, a thick neck,
-- a body balanced over two massive legs with three-toed feet, tiny two-
-- fingered arms and a long heavy tail held out behind.
local R = use and use("serpent")

return {
  id = "dinosaur",
  names = {"dinosaur", "t-rex", "t rex", "trex", "tyrannosaurus", "tyrannosaurus rex", "dino", "dinosuar", "allosaurus", "godzilla"},
  lvis = {},
  family = "reptiles",
  size_mm = 400,
  description = "A T-rex dinosaur",
  parts = {
    {"skin", "scales", color = "#5a7a3a", role = "primary", names = {"skin", "scales", "body"}},
    {"light", "scales", color = "#c8c890", role = "secondary", names = {"belly"}},
    {"marks", "scales", color = "#3a5226", role = "detail", names = {"stripes", "back"}},
    {"teeth", "bone", color = "#f4f0e0", role = "detail", names = {"teeth", "claws"}},
    {"eyes", "gloss", color = "#d8a020", role = "fixed"},
  },
  variants = {
    raptor = {names = {"raptor", "velociraptor"}, size_mm = 500, colors = {skin = "#8a6a42", marks = "#5a3e22"}},
  },
  attach_to = {"head", "back", "neck"},
  points = {"head", "neck", "back", "face", "hand"},
  build = function(k)
    local soft = k.soft
    local cartoon = k.style == "cartoon"
    local raptor = k.variant == "raptor"
    local hs = raptor and 0.65 or 1.0
    local body = ellipsoid(50, 32, 27):rotz(12):move(0, 118, 0)
    local neck = limb({38, 130, 0}, {62, 150, 0}, 22, 18 * hs)
    local head_c = {78, 158, 0}
    local skull = smooth(6, ellipsoid(30 * hs, 17 * hs, 16 * hs):move(head_c[1] + 8 * hs, head_c[2], 0),
                         ellipsoid(18 * hs, 9 * hs, 13 * hs):move(head_c[1] + 22 * hs, head_c[2] - 14 * hs, 0))
    local tail = R.swell({{-40, 118, 0}, {-90, 108, 0}, {-150, 92, 8}, {-205, 80, -4}}, function(t) return 26 * (1 - t * 0.85) end, 6, 12)
    local legs = {}
    local toes = {}
    for _, sz in ipairs({-1, 1}) do
      local thigh = ellipsoid(24, 34, 14):rotz(-15):move(-4, 100, sz * 24)
      local knee = {8, 70, sz * 26}
      local ankle = {-14, 26, sz * 26}
      local foot = {4, 5, sz * 27}
      legs[#legs + 1] = thigh
      legs[#legs + 1] = tube({{-4, 92, sz * 24}, knee, ankle, foot}, 13, 6.5)
      for _, a in ipairs({-25, 0, 25}) do
        local ang = math.rad(a)
        local tp = {foot[1] + 20 * math.cos(ang), 3, foot[3] + 20 * math.sin(ang)}
        legs[#legs + 1] = polyline({foot, tp}, 4.6, 3.2)
        toes[#toes + 1] = cone(2.8, 0.4, 6):rotz(-90):move(tp[1] + 2, 3, tp[3])
      end
      -- tiny arms
      local sh = {38, 112, sz * 18}
      local el = {48, 98, sz * 22}
      local wr = {58, 104, sz * 20}
      legs[#legs + 1] = tube({sh, el, wr}, 5 * (raptor and 1.3 or 1), 3)
      for _, dy in ipairs({-2, 2}) do
        legs[#legs + 1] = polyline({wr, {wr[1] + 5, wr[2] + dy - 3, wr[3]}}, 1.6, 1.1)
      end
    end
    local dino = smooth(10 * soft, body, neck, tail)
    dino = smooth(8 * soft, dino, union(table.unpack(legs)))
    dino = smooth(6 * soft, dino, skull)
    local shape = dino:part("skin")
    -- belly and a darker back
    shape = shape + intersect(dino:round(0.4), ellipsoid(60, 30, 40):rotz(12):move(18, 92, 0)):part("light")
    local stripes = array(box(6, 80, 80), 9, -18, 0, 0):move(30, 150, 0)
    shape = shape + intersect(dino:round(0.4), intersect(stripes, box(400, 60, 400):move(0, 150 + 16, 0))):part("marks")
    -- teeth along both jaws
    local teeth = {}
    for i = 0, 9 do
      local x = head_c[1] + 2 * hs + i * 4.2 * hs
      for _, sz in ipairs({-1, 1}) do
        teeth[#teeth + 1] = cone(1.9 * hs, 0.2, 5.5 * hs):rotx(180):move(x, head_c[2] - 4 * hs, sz * (12.5 - i * 0.35) * hs)
      end
    end
    for _, t in ipairs(toes) do teeth[#teeth + 1] = t end
    shape = shape + union(table.unpack(teeth)):part("teeth")
    -- the mouth: a dark slit painted along the jaw line
    local er = (cartoon and 5.5 or 3.6) * (raptor and 1.2 or 1)
    for _, sz in ipairs({-1, 1}) do
      shape = shape + sphere(er):move(head_c[1] + 2, head_c[2] + 8 * hs, sz * 13 * hs):part("eyes")
    end
    k.attach("head", {head_c[1], head_c[2] + 17 * hs, 0}, 40 * hs)
    k.attach("neck", {80, 134, 0}, 40, {1, 0.3, 0})
    k.attach("back", {0, 150, 0}, 50)
    k.attach("face", {head_c[1] + 20 * hs, head_c[2] + 10 * hs, 0}, 30 * hs, {1, 0, 0})
    k.attach("hand", {60, 104, 22}, 14)
    return shape
  end,
}
