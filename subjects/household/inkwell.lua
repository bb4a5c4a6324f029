-- An inkwell: a squat glass ink pot with a domed shoulder and a short
-- lipped neck, dark ink showing through the glass and in the mouth, and a
-- long curved feather quill standing in it, leaning back, its pointed nib
-- dipped in the ink. The plain inkwell has no quill.
return {
  id = "inkwell",
  names = {"inkwell", "ink well", "ink pot", "inkpot", "quill and ink", "ink and quill", "feather quill",
           "ink bottle", "quill and inkwell", "inkwell and quill", "quill in an inkwell", "ink stand", "inkstand"},
  lvis = {},
  family = "household",
  size_mm = 270,
  description = "A glass ink pot with a feather quill standing in it",
  params = {lean = {16, 24}, bend = {16, 26}, turn = {20, 40}},
  parts = {
    {"pot", "glass", color = "#d6e8e2", role = "primary", names = {"pot", "bottle", "jar", "well"}},
    {"ink", "paint", color = "#10132a", role = "detail", names = {"ink"}},
    {"quill", "feather", color = "#f3f0e8", role = "secondary", names = {"quill", "plume", "vane"}},
    {"shaft", "bone", color = "#e2d6b8", role = "detail", names = {"shaft", "nib", "rachis", "calamus"}},
  },
  variants = {
    plain = {names = {"plain inkwell", "plain ink pot", "inkwell without quill", "bare inkwell"}, size_mm = 55},
  },
  points = {"top"},
  build = function(k)
    -- The pot: flat sides, a domed shoulder, a short neck with a lip.
    local prof = {{33, 0}, {36, 2}, {37, 6}, {37, 24}, {35, 31}, {29, 37}, {21, 41}, {15, 43}, {14, 46},
                  {17, 47}, {18, 50}, {17, 52}, {15, 53}}
    local top = 53
    local mouth_r, ink_y = 11, 34
    local pot = subtract(lathe(prof), cylinder(mouth_r, 40):move(0, ink_y, 0))
    -- The ink inside, filling it to the neck: a dark skin just outside the
    -- glass above the thick base (it shows through the wall), and its
    -- surface down in the mouth.
    local level = 42
    local skin = {}
    for _, p in ipairs(prof) do skin[#skin + 1] = {p[1] + 0.7, p[2]} end
    local ink = intersect(lathe(skin), cylinder(60, level - 7):move(0, 7, 0))
      + cylinder(mouth_r + 0.5, 2):move(0, ink_y - 1, 0)
    local shape = pot:part("pot") + ink:part("ink")
    k.attach("top", {0, top, 0}, 2 * mouth_r)
    if k.variant == "plain" then return shape end

    -- The quill, built upright from its nib at the origin: a bare shaft
    -- running up into a curved rachis with vanes, broad on one side and
    -- narrow on the other, split here and there, fluffy at the foot.
    local L, bare = 250, 62
    local bend = k.p.bend
    local function cx(t) return -bend * t * t end -- the rachis droops back (-x)
    local n = 18
    local left, right = {}, {}
    for i = 0, n do
      local t = i / n
      local y = bare + t * (L - bare)
      local s = math.sin(math.pi * math.min(1, 0.12 + t * 0.92)) ^ 0.6
      local w = s * (t < 0.1 and (0.4 + 6 * t) or 1)
      local x = cx(y / L)
      right[#right + 1] = {x + 17 * w + 2, y}
      left[#left + 1] = {x - 9 * w - 2, y}
    end
    local outline = {}
    for i = 1, #right do outline[#outline + 1] = right[i] end
    outline[#outline + 1] = {cx(1) + 1, L + 6}
    for i = #left, 1, -1 do outline[#outline + 1] = left[i] end
    local vane = extrude(outline, 4.2, 1.6)
    -- splits in the vane, along the barbs from the edge towards the rachis
    local function width(t)
      local s = math.sin(math.pi * math.min(1, 0.12 + t * 0.92)) ^ 0.6
      return s * (t < 0.1 and (0.4 + 6 * t) or 1)
    end
    local cuts = {}
    for _, c in ipairs({{0.22, 1, 10}, {0.36, -1, 7}, {0.47, 1, 13}, {0.6, -1, 8}, {0.7, 1, 11}, {0.84, -1, 6}, {0.9, 1, 7}}) do
      local t, side, len = c[1], c[2], c[3]
      local y = bare + t * (L - bare)
      local ex = cx(y / L) + (side > 0 and 17 * width(t) + 2 or -(9 * width(t) + 2))
      local a = math.rad(38)
      local dx, dy = side * math.cos(a), math.sin(a)
      cuts[#cuts + 1] = box(len + 4, 2.2, 12):rotz(side * 38):move(ex - dx * (len / 2 - 2), y - dy * (len / 2 - 2), 0)
    end
    vane = subtract(vane, union(table.unpack(cuts)))
    -- a little down at the foot of the vane
    local down = empty()
    for i = 0, 4 do
      down = down + ellipsoid(5, 12, 2.4):rotz(-50 + 25 * i):move(cx(bare / L), bare + 6, 0)
    end
    local rachis = {}
    for i = 0, 8 do
      local y = bare * 0.5 + i * (L - bare * 0.5) / 8
      rachis[#rachis + 1] = {cx(y / L), y, 0}
    end
    local shaft = limb({0, 0, 0}, {0, bare * 0.5 + 1, 0}, 0.8, 3.3) + tube(rachis, 3.3, 1.4)
    -- cut the nib: a slanted face and a short slit
    shaft = subtract(shaft, box(10, 18, 10):rotz(35):move(-5.5, 4, 0))
    local quill = (vane + down):part("quill") + shaft:part("shaft")
    -- Turn the vane a little towards the viewer, lean it back, and stand its
    -- nib on the ink in the mouth.
    quill = quill:roty(k.p.turn):rotz(k.p.lean):move(6, ink_y - 8, 0)
    return shape + quill
  end,
}
