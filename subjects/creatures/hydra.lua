-- A hydra: a heavy, squat four-legged scaly body with a thick tail, and
-- three long serpent necks rising from the shoulders and fanning apart, each
-- ending in a horned dragon head with open jaws, fangs and a forked tongue.
-- Spines run down the back; the belly and the front of the necks are paler.
-- The five-headed variant grows five necks in a wider fan.
local function add(a, b) return {a[1] + b[1], a[2] + b[2], a[3] + b[3]} end
local function lerp(a, b, t) return {a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t, a[3] + (b[3] - a[3]) * t} end

-- One head at the origin looking along +X: skull, snout, open lower jaw,
-- brow ridges, swept-back horns, eyes, fangs and a tongue.
local function head(hr, soft)
  local skull = ellipsoid(hr * 1.05, hr * 0.78, hr * 0.8)
  local snout = limb({hr * 0.4, hr * 0.02, 0}, {hr * 2.0, hr * 0.05, 0}, hr * 0.56, hr * 0.36):stretch(1, 0.85, 1)
  local jaw = limb({hr * 0.1, -hr * 0.42, 0}, {hr * 1.7, -hr * 1.0, 0}, hr * 0.42, hr * 0.22):stretch(1, 0.8, 1)
  local scales = smooth(hr * 0.25 * soft, skull, snout)
  scales = smooth(hr * 0.2, scales, jaw)
  local horns, eyes, mouth = empty(), empty(), empty()
  for _, z in ipairs({-1, 1}) do
    scales = smooth(hr * 0.12, scales, ellipsoid(hr * 0.42, hr * 0.18, hr * 0.2):move(hr * 0.5, hr * 0.48, z * hr * 0.42))
    local hb = {-hr * 0.35, hr * 0.45, z * hr * 0.4}
    horns = horns + tube({hb, add(hb, {-hr * 0.4, hr * 0.45, z * hr * 0.18}), add(hb, {-hr * 1.0, hr * 0.75, z * hr * 0.28})}, hr * 0.2, hr * 0.04)
    eyes = eyes + sphere(hr * 0.19):move(hr * 0.55, hr * 0.32, z * hr * 0.58)
    -- Fangs hanging from the upper jaw.
    horns = horns + cone(hr * 0.08, hr * 0.01, hr * 0.34):rotx(180):move(hr * 1.65, -hr * 0.12, z * hr * 0.2)
  end
  mouth = limb({hr * 0.7, -hr * 0.45, 0}, {hr * 2.25, -hr * 0.6, 0}, hr * 0.08, hr * 0.05)
  mouth = mouth + limb({hr * 2.25, -hr * 0.55, 0}, {hr * 2.55, -hr * 0.5, hr * 0.1}, hr * 0.05, hr * 0.03)
  mouth = mouth + limb({hr * 2.25, -hr * 0.55, 0}, {hr * 2.55, -hr * 0.5, -hr * 0.1}, hr * 0.05, hr * 0.03)
  return scales, horns, eyes, mouth
end

return {
  id = "hydra",
  names = {"hydra", "three headed hydra", "multi-headed serpent", "lernaean hydra", "many headed dragon", "multi headed dragon", "three headed dragon", "hydra monster", "many headed serpent"},
  lvis = {},
  family = "creatures",
  size_mm = 1400,
  description = "A hydra: a heavy scaly beast with three long necks and dragon heads",
  params = {spread = {0.92, 1.08}, height = {0.94, 1.06}, tail = {-30, 30}},
  parts = {
    {"scales", "scales", color = "#2f6e4e", role = "primary", names = {"scales", "body", "skin", "necks", "heads"}},
    {"belly", "scales", color = "#cdbf78", role = "secondary", names = {"belly", "chest", "underside"}},
    {"horns", "bone", color = "#ece0c4", role = "detail", names = {"horns", "claws", "spines", "spikes", "fangs", "teeth"}},
    {"tongue", "skin", color = "#b0303a", role = "fixed"},
    {"eyes", "gloss", color = "#f0c020", role = "fixed"},
  },
  variants = {
    five = {names = {"five headed hydra", "seven headed hydra", "nine headed hydra", "five headed dragon"}},
  },
  points = {"head", "neck", "back", "top"},
  build = function(k)
    local soft = k.soft
    local five = k.variant == "five"
    local L, Hb, W = 270, 150, 185
    local leg = 150
    local by = leg + Hb * 0.55
    -- A barrel body, heavier at the shoulders.
    local scales = ellipsoid(L, Hb, W):move(0, by, 0)
    scales = smooth(60, scales, ellipsoid(L * 0.55, Hb * 1.12, W * 1.02):move(L * 0.45, by + 25, 0))
    local horns = empty()
    -- Four thick, short, sprawling legs with clawed feet.
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        local hip = {sx * L * 0.55, by - Hb * 0.05, sz * W * 0.72}
        local knee = {sx * L * 0.58 + (sx > 0 and 25 or -40), leg * 0.62, sz * W * 1.02}
        local foot = {sx * L * 0.6 + 15, 26, sz * W * 0.98}
        scales = smooth(30 * soft, scales, limb(hip, knee, sx > 0 and 75 or 88, 52))
        scales = smooth(12, scales, limb(knee, foot, 52, 38))
        scales = smooth(10, scales, ellipsoid(66, 28, 52):move(foot[1] + 24, foot[2], foot[3]))
        for i = -1, 1 do
          horns = horns + cone(11, 1, 32):rotz(-100):move(foot[1] + 82, foot[2] - 10, foot[3] + i * 28)
        end
      end
    end
    -- A thick tail sweeping back and round to one side.
    local tw = k.p.tail
    local rump = {-L * 0.85, by + 5, 0}
    local tpts = {rump, add(rump, {-170, -90, 30 + tw}), add(rump, {-340, -165, 120 + tw * 2}), add(rump, {-460, -190, 270 + tw * 3}),
                  add(rump, {-480, -195, 400 + tw * 3})}
    scales = smooth(35, scales, tube(tpts, 100, 12))
    -- The necks: rooted side by side across the shoulders, fanning apart
    -- sideways as they rise, the middle one tallest.
    local offs = five and {-2, -1, 0, 1, 2} or {-1, 0, 1}
    local spread = k.p.spread * (five and 0.62 or 1)
    local hgt = k.p.height
    local shoulder = {L * 0.72, by + Hb * 0.35, 0}
    local hr = five and 62 or 76
    local tongue, eyes = empty(), empty()
    local belly_bits = {}
    local heads = {}
    for _, o in ipairs(offs) do
      local a = math.abs(o)
      local zs = o * spread
      local rise = (a == 0 and 600 or (a == 1 and 500 or 390)) * hgt
      -- the fan is skewed (near necks back, far necks forward) so that
      -- from a three-quarter view every neck stands clear of the others
      local base = add(shoulder, {-a * 25 - zs * 20, 0, zs * 60})
      local n1 = add(base, {120 - a * 10 - zs * 40, rise * 0.32, zs * 170})
      local n2 = add(base, {60 - a * 20 - zs * 110, rise * 0.72, zs * 320})
      local hc = add(base, {140 - a * 10 - zs * 150, rise, zs * 390})
      local pts = {base, n1, n2, hc}
      local nr0, nr1 = five and 62 or 72, five and 36 or 42
      scales = smooth(35 * soft, scales, tube(pts, nr0, nr1))
      local yaw = -zs * 38
      local fx, fz = math.cos(math.rad(yaw)), -math.sin(math.rad(yaw))
      -- A paler strip of plates down the front of each neck.
      local sp = spline(pts, 6)
      local strip = {}
      local n = #sp
      for i = 2, math.floor(n * 0.85) do
        local t = (i - 1) / (n - 1)
        local r = nr0 + (nr1 - nr0) * t
        local p = sp[i]
        strip[#strip + 1] = {p[1] + fx * r * 0.5, p[2] - r * 0.15, p[3] + fz * r * 0.5}
      end
      belly_bits[#belly_bits + 1] = tube(strip, nr0 * 0.56, nr1 * 0.6)
      local hs, hh, he, hm = head(hr, soft)
      local pitch = -12
      local function place(s) return s:rotz(pitch):roty(yaw):move(hc[1], hc[2], hc[3]) end
      scales = smooth(15, scales, place(hs))
      horns = horns + place(hh)
      eyes = eyes + place(he)
      tongue = tongue + place(hm)
      heads[#heads + 1] = hc
      -- A short row of spines behind each head down the neck.
      for i = 1, 3 do
        local p = lerp(n2, hc, 1 - i * 0.28)
        horns = horns + cone(18, 2, 48):rotz(35):move(p[1] - 36, p[2] + 6, p[3])
      end
    end
    -- Spines along the back and tail.
    local spine = {}
    local path = {{L * 0.55, by + Hb * 1.02, 0}, {L * 0.1, by + Hb * 1.0, 0}, {-L * 0.4, by + Hb * 0.93, 0}, rump, tpts[2], tpts[3]}
    for i = 1, #path - 1 do
      for j = 0, 1 do
        local p = lerp(path[i], path[i + 1], j * 0.5)
        local r = i >= 4 and (i == 4 and 80 or 55) or 0
        local s = i >= 4 and 0.8 or 1
        spine[#spine + 1] = cone(38 * s, 3, 90 * s):move(p[1], p[2] + r, p[3])
      end
    end
    horns = horns + union(table.unpack(spine))
    local shape = scales:part("scales") + horns:part("horns") + eyes:part("eyes") + tongue:part("tongue")
    -- The pale belly.
    local belly = intersect(ellipsoid(L * 0.98, Hb * 1.02, W * 0.74):move(10, by, 0), box(L * 3, Hb, W * 3):move(0, by - Hb * 0.62, 0))
    shape = shape + belly:part("belly") + union(table.unpack(belly_bits)):part("belly")
    local mid = heads[math.floor(#heads / 2) + 1]
    k.attach("head", add(mid, {-hr * 0.1, hr * 0.8, 0}), hr * 1.8)
    k.attach("neck", add(shoulder, {60, 120, 0}), 220, {1, 0.5, 0})
    k.attach("back", {-L * 0.1, by + Hb * 1.0, 0}, W * 1.6)
    return shape
  end,
}
