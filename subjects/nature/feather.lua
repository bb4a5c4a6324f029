-- A feather: a long curved quill with soft vanes either side, narrowing to a
-- rounded tip, a few splits in the vane, and fluffy down at the base.
return {
  id = "feather",
  names = {"feather", "quill", "bird feather", "plume", "quill pen", "fether"},
  lvis = {},
  family = "nature",
  size_mm = 40,
  description = "A feather",
  params = {},
  parts = {
    {"vane", "feather", color = "#f4f2ec", role = "primary", names = {"vane", "feather", "barbs"}},
    {"quill", "bone", color = "#e8dcc0", role = "secondary", names = {"quill", "shaft", "rachis"}},
    {"eye", "feather", color = "#1e5ab0", role = "detail", names = {"eye", "spot"}},
  },
  variants = {
    peacock = {names = {"peacock feather"}, colors = {vane = "#2a8a5a", eye = "#1e3a9a"}},
  },
  build = function(k)
    local L = 260
    local o = {}
    local n = 20
    local function w(t) return 34 * math.sin(math.pi * math.min(1, 0.1 + t * 0.95)) ^ 0.7 * (t < 0.12 and t / 0.12 or 1) end
    for i = 0, n do
      local t = i / n
      o[#o + 1] = {w(t) + 2 * math.sin(t * 3) * t * 6, 40 + t * (L - 40)}
    end
    for i = n, 0, -1 do
      local t = i / n
      o[#o + 1] = {-w(t) * 0.8, 40 + t * (L - 40)}
    end
    local vane = extrude(o, 3, 1.2)
    local cuts = union(box(40, 4, 20):rotz(30):move(24, 150, 0), box(40, 4, 20):rotz(-25):move(-20, 200, 0), box(30, 3, 20):rotz(25):move(22, 90, 0))
    vane = subtract(vane, cuts)
    local quill = limb({0, 0, 0}, {0, L, 0}, 3.2, 1)
    local down = {}
    for i = 0, 5 do down[#down + 1] = ellipsoid(8, 14, 3):rotz(-60 + 24 * i):move(0, 44, 0) end
    local shape = union(union(vane, union(down)):part("vane"), quill:part("quill"))
    if k.variant == "peacock" then
      shape = shape + union(ellipsoid(22, 30, 2.2):move(0, L - 40, 0), ellipsoid(12, 16, 2.8):move(0, L - 38, 0)):part("eye")
    end
    -- bend the feather a little by leaning it, and tilt it towards the viewer
    return shape:rotz(-22):rotx(-35):move(0, 10, 0)
  end,
}
