-- A teddy bear: a plush bear sitting with its legs forward: a round head
-- with round ears and a light muzzle, a pear body, stubby arms, foot pads.
return {
  id = "teddy_bear",
  names = {"teddy bear", "teddy", "teddybear", "stuffed bear", "plush bear", "toy bear", "bear plush", "stuffed animal",
           "plush toy", "plushie", "soft toy", "cuddly toy"},
  lvis = {"teddy_bear"},
  family = "toys",
  size_mm = 300,
  description = "A sitting teddy bear",
  params = {head = {0.95, 1.08}, tilt = {-8, 8}},
  parts = {
    {"fur", "fur", color = "#b07a42", role = "primary", names = {"fur", "body", "bear"}},
    {"pads", "fabric", color = "#e8cfa6", role = "secondary", names = {"muzzle", "pads", "paws", "ears", "belly", "tummy"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
    {"bow", "fabric", color = "#c8202c", role = "detail", names = {"bow", "ribbon", "bowtie"}},
  },
  variants = {
    bunny = {names = {"stuffed bunny", "plush bunny", "toy bunny", "stuffed rabbit", "plush rabbit", "bunny plush", "easter bunny toy"},
             colors = {fur = "#e8dcd0", pads = "#f4b8c8"}},
  },
  poses = {"sitting"},
  points = {"head", "neck", "hand", "top"},
  build = function(k)
    local hs = k.p.head
    local soft = k.soft
    -- Sitting, facing +X.
    local body = ellipsoid(56, 70, 54):move(0, 72, 0)
    local belly = ellipsoid(30, 40, 36):move(30, 66, 0)
    local hc = {6, 168, 0}
    local hr = 52 * hs
    local head = sphere(hr):stretch(0.95, 0.92, 1.05):move(hc[1], hc[2], hc[3])
    local muzzle = ellipsoid(hr * 0.42, hr * 0.32, hr * 0.45):move(hc[1] + hr * 0.78, hc[2] - hr * 0.25, 0)
    local fur = smooth(14 * soft, body, head)
    local pads = muzzle
    for _, s in ipairs({-1, 1}) do
      local ear = ellipsoid(hr * 0.2, hr * 0.34, hr * 0.34):move(hc[1] - hr * 0.1, hc[2] + hr * 0.72, s * hr * 0.68)
      local inner = ellipsoid(hr * 0.12, hr * 0.22, hr * 0.22):move(hc[1] - hr * 0.02, hc[2] + hr * 0.72, s * hr * 0.68)
      if k.variant == "bunny" then
        -- Long upright ears, one flopping a little.
        ear = ellipsoid(hr * 0.16, hr * 0.75, hr * 0.26):rotx(s * 12):rotz(s > 0 and -25 or 0):move(hc[1] - hr * 0.15, hc[2] + hr * 1.35, s * hr * 0.4)
        inner = ellipsoid(hr * 0.08, hr * 0.55, hr * 0.16):rotx(s * 12):rotz(s > 0 and -25 or 0):move(hc[1] - hr * 0.04, hc[2] + hr * 1.35, s * hr * 0.4)
      end
      fur = smooth(6, fur, ear)
      pads = pads + inner
      -- Arms reach forward and down.
      local arm = limb({8, 112, s * 46}, {38, 62, s * 62}, 22, 19)
      fur = smooth(10 * soft, fur, arm)
      pads = pads + ellipsoid(10, 14, 14):move(48, 58, s * 63)
      -- Legs forward, foot pads facing +X.
      local leg = limb({10, 34, s * 30}, {70, 26, s * 40}, 28, 25)
      fur = smooth(10 * soft, fur, leg)
      pads = pads + ellipsoid(6, 21, 19):move(94, 28, s * 41)
    end
    local shape = fur:noise(0.8, 6):part("fur") + belly:part("pads") + pads:part("pads")
    shape = shape + ellipsoid(hr * 0.14, hr * 0.11, hr * 0.17):move(hc[1] + hr * 1.15, hc[2] - hr * 0.15, 0):part("eyes")
    for _, s in ipairs({-1, 1}) do
      shape = shape + sphere(hr * 0.1):move(hc[1] + hr * 0.82, hc[2] + hr * 0.2, s * hr * 0.36):part("eyes")
    end
    local bow = union(ellipsoid(10, 16, 18):move(0, 0, 16), ellipsoid(10, 16, 18):move(0, 0, -16), sphere(10))
    shape = shape + bow:move(hc[1] + hr * 0.55, hc[2] - hr * 0.95, 0):part("bow")
    k.attach("head", {hc[1], hc[2] + hr * 0.8, 0}, hr * 1.6)
    k.attach("neck", {hc[1] + hr * 0.55, hc[2] - hr * 0.95, 0}, hr * 1.0, {1, 0, 0})
    k.attach("hand", {48, 48, 63}, 50)
    return shape:rotz(0)
  end,
}
