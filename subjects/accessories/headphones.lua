-- Over-ear headphones: a padded headband arching over two oval ear cups,
-- each cup held in a fork and faced with a thick cushion, standing as if on
-- an invisible head (the cups upright, facing each other across Z, the wearer
-- looking +X). A gaming headset adds a boom microphone and coloured trim.
return {
  id = "headphones",
  names = {"headphones", "headset", "earphones", "over ear headphones", "headphone",
           "studio headphones", "dj headphones", "wireless headphones"},
  lvis = {"headset", "earphone"},
  family = "accessories",
  size_mm = 200,
  description = "A pair of over-ear headphones",
  params = {width = {150, 162}, arch = {0.95, 1.05}},
  parts = {
    {"body", "plastic", color = "#1e1e22", role = "primary", names = {"body", "cups", "ear cups", "shell", "headband", "band"}},
    {"cushions", "leather", color = "#2c2c30", role = "secondary", names = {"cushions", "pads", "ear pads", "padding", "earpads"}},
    {"metal", "steel", color = "#b8bcc4", role = "detail", names = {"metal", "sliders", "forks", "yokes", "frame"}},
    {"trim", "plastic", color = "#c8ccd2", role = "detail", names = {"trim", "rings", "accents", "lights", "mic", "microphone"}},
  },
  variants = {
    gaming = {names = {"gaming headset", "gamer headset", "headset with microphone", "headset with mic"},
              colors = {trim = "#2ad84a", cushions = "#18181c"}},
  },
  build = function(k)
    local gaming = k.variant == "gaming"
    local hw = k.p.width / 2           -- half the gap between the cushions' faces
    local cy = 58                      -- height of the cups' centres
    local cw, ch = 40, 52              -- the cups' half width (X) and half height (Y)
    local cushion_t, shell_t = 24, 30
    local body, cushions, metal, trim = empty(), empty(), empty(), empty()
    local arch_top = 250 * k.p.arch
    for _, s in ipairs({-1, 1}) do
      local zc = s * (hw + cushion_t + shell_t / 2)
      -- the cup: a rounded oval drum, its back domed
      local drum = cylinder(1, shell_t, 0.2):move(0, -shell_t / 2, 0):stretch(cw, 1, ch):rotx(90)
      local dome = ellipsoid(cw * 0.82, ch * 0.82, 12):move(0, 0, shell_t / 2 - 2)
      local shell = (drum + dome)
      if s < 0 then shell = shell:rotx(180) end
      body = body + shell:move(0, cy, zc)
      -- a thick ring cushion on the inner face, with cloth inside it
      -- (both sink a little into the cup so the joint is solid)
      local ring = torus(1, 0.3):rotx(90):stretch(cw * 0.78, ch * 0.78, cushion_t * 1.8)
      cushions = cushions + ring:move(0, cy, s * (hw + 13))
      cushions = cushions + cylinder(1, 18):move(0, -9, 0):stretch(cw * 0.7, 1, ch * 0.7):rotx(90):move(0, cy, s * (hw + 17))
      -- the fork: a bar round the top of the cup, pivoting on its sides
      local zf = zc
      -- (clear of the cup all round, so it reads as a separate bar)
      local fork = torus(cw + 10, 4.5):rotx(90):stretch(1, (ch + 20) / (cw + 10), 1)
      metal = metal + intersect(fork, box(3 * cw, ch + 40, 12):move(0, (ch + 40) / 2 - 2, 0)):move(0, cy - 4, zf)
      for _, sx in ipairs({-1, 1}) do
        metal = metal + limb({sx * (cw - 4), cy - 2, zf}, {sx * (cw + 10), cy - 2, zf}, 6) + sphere(8):move(sx * (cw + 10), cy - 2, zf)
      end
      -- the slider rising from the fork into the band
      metal = metal + limb({0, cy + ch + 12, zf}, {0, cy + ch + 58, zf * 1.02}, 6, 5)
      -- a ring of trim round the cup's back, bedded into the dome
      trim = trim + torus(1, 0.08):rotx(90):stretch(cw * 0.8, ch * 0.8, 40):move(0, cy, zc + s * (shell_t / 2 + 1))
      if gaming and s > 0 then
        -- the boom microphone swings forward from the left cup to the mouth
        local m0, m1, m2 = {cw * 0.4, cy - ch * 0.45, zc + s * 4}, {cw + 24, cy - ch * 0.72, zc - s * 2}, {cw + 58, cy - ch * 0.6, zc - s * 38}
        trim = trim + smooth(3, limb(m0, m1, 5, 4.5), limb(m1, m2, 4.5, 4), capsule(m2, {cw + 62, cy - ch * 0.58, zc - s * 54}, 8.5))
      end
    end
    -- The headband: an arch over the top, round in the middle and running
    -- straight down to the sliders, with a padded strip underneath.
    local zs = hw + cushion_t + shell_t / 2
    local ys = cy + ch + 50
    local function arch(R, r, lift, wide)
      -- half an ellipse of rod in the YZ plane, from the sliders over the top
      local ring = torus(R, r):rotz(90):stretch(wide, (arch_top - ys - lift) / R, 1)
      return intersect(ring, box(4 * r * wide, arch_top, 2 * (R + r) + 2):move(0, arch_top / 2, 0)):move(0, ys, 0)
    end
    local band = arch(zs * 1.02, 6, 0, 2.6)
    local pad = intersect(arch(zs * 0.94, 9, 10, 2.2), box(60, arch_top, 2 * zs):move(0, ys + 20 + arch_top / 2, 0))
    body = body + band
    cushions = cushions + pad
    return union(body:part("body"), cushions:part("cushions"), metal:part("metal"), trim:part("trim"))
  end,
}
