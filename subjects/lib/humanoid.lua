-- The humanoid rig: a figure built in mm, about 1750 tall, facing +X,
-- standing on y = 0, its right side towards +Z (the side the 3/4 camera
-- sees). A character is a table of proportions, a face, hair and an outfit;
-- H.build returns the shape and declares the attachment points.
--   local H = use("humanoid")
--   build = function(k) return H.build(k, spec) end
--
-- Parts: every region of the body goes to a material slot named by
-- spec.map (defaults below): skin, top, sleeves, bottom, shoes, hair, eyes.
-- The subject must declare each part name its map and garments use.
--
-- Attachment points (all sizes scale with the figure):
--   head  top of the head, up; width = head width (hats, crowns, helmets)
--   neck  front of the neck at the collar, facing forward; width = neck width
--         (bowties, collars, scarves: built flat, their back on y = 0)
--   face  in front of the eyes, facing forward; width = face width (glasses)
--   hand  just below the right fist, up; width ≈ 0.14 × figure height
--         (held items stand on their base with the grip in the first third)
--   hand_wide  same place, width ≈ 0.5 × height (umbrellas, flags)
--   shield  beside the left hand, up; width ≈ 0.26 × height
--   back  behind the lower back, up; width ≈ shoulder width (backpacks, wings)
--   seat  the lap (sitting) or the hips
local H = {}

local function add(a, b) return {a[1] + b[1], a[2] + b[2], a[3] + b[3]} end
local function sub(a, b) return {a[1] - b[1], a[2] - b[2], a[3] - b[3]} end
local function mul(a, s) return {a[1] * s, a[2] * s, a[3] * s} end
local function len(a) return math.sqrt(a[1] * a[1] + a[2] * a[2] + a[3] * a[3]) end
local function norm(a) local l = len(a); if l < 1e-9 then return {0, 1, 0} end return mul(a, 1 / l) end
local function lerp(a, b, t) return add(a, mul(sub(b, a), t)) end
H.add, H.sub, H.mul, H.len, H.norm, H.lerp = add, sub, mul, len, norm, lerp

-- Body builds: fractions of the figure height.
--   head   head radius; legs hip height / shoulder height; shoulders, hips,
--   waist half-widths; girth limb thickness; belly forward bulge; chest depth.
H.builds = {
  male = {head = 0.068, legs = 0.58, shoulders = 0.125, hips = 0.085, waist = 0.09, girth = 1.0, belly = 0, depth = 0.07},
  female = {head = 0.068, legs = 0.6, shoulders = 0.105, hips = 0.098, waist = 0.075, girth = 0.88, belly = 0, depth = 0.064, bust = true},
  child = {head = 0.1, legs = 0.5, shoulders = 0.115, hips = 0.085, waist = 0.088, girth = 1.05, belly = 0.01, depth = 0.07},
  stocky = {head = 0.085, legs = 0.46, shoulders = 0.15, hips = 0.11, waist = 0.12, girth = 1.35, belly = 0.03, depth = 0.095},
  slim = {head = 0.066, legs = 0.62, shoulders = 0.1, hips = 0.075, waist = 0.068, girth = 0.78, belly = 0, depth = 0.058},
  heavy = {head = 0.07, legs = 0.55, shoulders = 0.135, hips = 0.11, waist = 0.13, girth = 1.15, belly = 0.06, depth = 0.1},
  toddler = {head = 0.13, legs = 0.42, shoulders = 0.13, hips = 0.1, waist = 0.11, girth = 1.25, belly = 0.025, depth = 0.085},
}

local default_map = {
  head = "skin", neck = "skin", torso = "top", upper_arm = "top", forearm = "top", hand = "skin",
  thigh = "bottom", shin = "bottom", foot = "shoes", hair = "hair", eyes = "eyes", ears = "skin",
}

-- Cached per build: the figure's joints, for garments and extras.
-- Fields of f: Hh (height), u (1% of height), head_c, head_r, neck, chin,
-- sL/sR shoulders, eL/eR elbows, wL/wR wrists, fistL/fistR, hipL/hipR,
-- kL/kR knees, aL/aR ankles, y_hip, y_waist, y_chest, y_s, sw, hw, waist, pose.
local function skeleton(k, spec)
  local Hh = 1750
  local u = Hh / 100
  local b = {}
  for key, v in pairs(H.builds[spec.build or "male"]) do b[key] = v end
  for key, v in pairs(spec.proportions or {}) do b[key] = v end
  local style = k.style
  local head_mul = (style == "cartoon" and 1.35) or (style == "realistic" and 0.92) or (style == "stylized" and 1.15) or 1.08
  head_mul = head_mul * (spec.head_scale or 1)
  local vary = function(x, d) return x * k.rand(1 - (d or 0.04), 1 + (d or 0.04)) end
  local f = {Hh = Hh, u = u, pose = k.pose, b = b}
  f.head_r = vary(b.head * Hh * head_mul, 0.03)
  local hr = f.head_r
  f.head_c = {0, Hh - hr * 1.08, 0}
  f.chin = {hr * 0.25, f.head_c[2] - hr * 0.95, 0}
  f.y_s = f.head_c[2] - hr * 1.08 - hr * 0.42 - 1.2 * u
  local legs = vary(b.legs, 0.03)
  f.y_hip = f.y_s * legs
  f.y_waist = f.y_hip + (f.y_s - f.y_hip) * 0.38
  f.y_chest = f.y_hip + (f.y_s - f.y_hip) * 0.75
  f.sw = vary(b.shoulders * Hh)
  f.hw = vary(b.hips * Hh)
  f.waist = vary(b.waist * Hh)
  f.depth = b.depth * Hh
  f.girth = b.girth * (spec.girth or 1)
  local g = f.girth
  f.r_thigh, f.r_knee, f.r_ankle = 4.6 * u * g, 3.1 * u * g, 2.1 * u * g
  f.r_upper, f.r_elbow, f.r_wrist = 2.7 * u * g, 2.2 * u * g, 1.7 * u * g
  if style == "cartoon" then
    f.r_thigh, f.r_knee, f.r_ankle = f.r_thigh * 1.1, f.r_knee * 1.15, f.r_ankle * 1.25
    f.r_upper, f.r_elbow, f.r_wrist = f.r_upper * 1.1, f.r_elbow * 1.15, f.r_wrist * 1.25
  end
  local arm_span = f.y_s - f.y_hip
  f.upper = f.y_s * 0.2 * (spec.arm_len or 1)
  f.fore = f.y_s * 0.165 * (spec.arm_len or 1)
  f.neck = {0, f.y_s + 1 * u, 0}

  local pose = k.pose
  local seated = pose == "sitting"
  local running = pose == "running"
  local flying = pose == "flying"
  local lift = 0
  local hipz = f.hw * 0.55
  -- Legs.
  local thigh_len = f.y_hip * 0.52
  local shin_len = f.y_hip * 0.48 - f.r_ankle
  if seated then
    -- Sitting on the ground, legs forward, knees a little raised.
    local y0 = f.r_thigh * 1.05
    lift = y0 - f.y_hip
    for _, s in ipairs({-1, 1}) do
      local hip = {0, y0, s * hipz}
      local knee = add(hip, {thigh_len * 0.95, thigh_len * 0.3, s * 1.5 * u})
      local ankle = add(knee, {shin_len * 0.9, -(knee[2] - f.r_ankle * 1.6), s * 1 * u})
      f[s > 0 and "hipR" or "hipL"], f[s > 0 and "kR" or "kL"], f[s > 0 and "aR" or "aL"] = hip, knee, ankle
    end
  else
    for _, s in ipairs({-1, 1}) do
      local hip = {0, f.y_hip, s * hipz}
      local swing = 0
      if running then swing = s * 30 end
      if flying then swing = -12 - s * 8 end
      local a = math.rad(swing)
      local knee = add(hip, {math.sin(a) * thigh_len, -math.cos(a) * thigh_len, s * 0.6 * u})
      local bend = running and (s > 0 and 70 or 20) or (flying and 25 or 0)
      local b2 = math.rad(swing - bend)
      local ankle = add(knee, {math.sin(b2) * shin_len, -math.cos(b2) * shin_len, s * 0.3 * u})
      f[s > 0 and "hipR" or "hipL"], f[s > 0 and "kR" or "kL"], f[s > 0 and "aR" or "aL"] = hip, knee, ankle
    end
    if running or flying then
      local low = math.min(f.aL[2], f.aR[2]) - f.r_ankle * 1.3
      lift = -low
      if flying then lift = lift + 8 * u end
    end
  end
  -- Lift the upper body (sitting lowers it).
  f.lift = lift
  local function up(p) return {p[1], p[2] + lift, p[3]} end
  if not seated then
    for _, key in ipairs({"hipL", "hipR", "kL", "kR", "aL", "aR"}) do f[key] = up(f[key]) end
  end
  for _, key in ipairs({"head_c", "chin", "neck"}) do f[key] = up(f[key]) end
  f.y_s, f.y_chest, f.y_waist, f.y_hip = f.y_s + lift, f.y_chest + lift, f.y_waist + lift, f.y_hip + lift
  if seated then f.y_hip = f.r_thigh * 1.05 end

  -- Arms. The right arm (+Z) is bent, the forearm forward, the fist ready to
  -- hold something upright; the left hangs relaxed.
  local sy = f.y_s - 2.2 * u
  f.sR = {-0.5 * u, sy, f.sw * 0.88}
  f.sL = {-0.5 * u, sy, -f.sw * 0.88}
  local arms = spec.arms or "hold"
  if seated and arms ~= "up" and arms ~= "out" then arms = "lap" end
  if pose == "waving" and (arms == "hold" or arms == "down") then arms = "wave" end
  if arms == "hold" then
    f.eR = add(f.sR, {-2 * u, -f.upper, 2.2 * u})
    f.wR = add(f.eR, {f.fore * 0.92, f.fore * 0.3, 1.2 * u})
    f.eL = add(f.sL, {-1 * u, -f.upper, -2.6 * u})
    f.wL = add(f.eL, {2.5 * u, -f.fore, -0.8 * u})
  elseif arms == "down" then
    f.eR = add(f.sR, {-1 * u, -f.upper, 2.6 * u})
    f.wR = add(f.eR, {2.5 * u, -f.fore, 0.8 * u})
    f.eL = add(f.sL, {-1 * u, -f.upper, -2.6 * u})
    f.wL = add(f.eL, {2.5 * u, -f.fore, -0.8 * u})
  elseif arms == "out" then
    f.eR = add(f.sR, {0, -f.upper * 0.55, f.upper * 0.8})
    f.wR = add(f.eR, {1 * u, -f.fore * 0.2, f.fore * 0.95})
    f.eL = add(f.sL, {0, -f.upper * 0.55, -f.upper * 0.8})
    f.wL = add(f.eL, {1 * u, -f.fore * 0.2, -f.fore * 0.95})
  elseif arms == "forward" then
    f.eR = add(f.sR, {f.upper * 0.95, -f.upper * 0.2, 0})
    f.wR = add(f.eR, {f.fore, 0, 0})
    f.eL = add(f.sL, {f.upper * 0.95, -f.upper * 0.2, 0})
    f.wL = add(f.eL, {f.fore, 0, 0})
  elseif arms == "up" then
    f.eR = add(f.sR, {0.5 * u, f.upper * 0.75, f.upper * 0.6})
    f.wR = add(f.eR, {0.5 * u, f.fore * 0.9, f.fore * 0.3})
    f.eL = add(f.sL, {0.5 * u, f.upper * 0.75, -f.upper * 0.6})
    f.wL = add(f.eL, {0.5 * u, f.fore * 0.9, -f.fore * 0.3})
  elseif arms == "wave" then
    f.eR = add(f.sR, {0, -f.upper * 0.2, f.upper * 0.95})
    f.wR = add(f.eR, {0.5 * u, f.fore * 0.95, 0.5 * u})
    f.eL = add(f.sL, {-1 * u, -f.upper, -2.6 * u})
    f.wL = add(f.eL, {2.5 * u, -f.fore, -0.8 * u})
  elseif arms == "together" then
    -- Hands meeting in front of the waist (holding a bouquet, a book).
    f.eR = add(f.sR, {-1 * u, -f.upper * 0.97, 2 * u})
    f.wR = {f.depth + 5 * u, f.eR[2] + 3 * u, 2.8 * u}
    f.eL = add(f.sL, {-1 * u, -f.upper * 0.97, -2 * u})
    f.wL = {f.depth + 5 * u, f.eL[2] + 3 * u, -2.8 * u}
  elseif arms == "lap" then
    f.eR = add(f.sR, {2 * u, -f.upper, 1.5 * u})
    f.wR = add(f.eR, {f.fore * 0.85, -f.fore * 0.35, -1 * u})
    f.eL = add(f.sL, {2 * u, -f.upper, -1.5 * u})
    f.wL = add(f.eL, {f.fore * 0.85, -f.fore * 0.35, 1 * u})
  end
  if running and arms ~= "up" and arms ~= "out" then
    f.eL = add(f.sL, {f.upper * 0.45, -f.upper * 0.85, -2 * u})
    f.wL = add(f.eL, {f.fore * 0.8, f.fore * 0.5, 0})
    if arms ~= "hold" then
      f.eR = add(f.sR, {-f.upper * 0.45, -f.upper * 0.85, 2 * u})
      f.wR = add(f.eR, {f.fore * 0.4, -f.fore * 0.85, 0})
    end
  end
  f.hand_len = 6.5 * u * math.max(g, 0.9)
  f.fistR = add(f.wR, mul(norm(sub(f.wR, f.eR)), f.hand_len * 0.45))
  f.fistL = add(f.wL, mul(norm(sub(f.wL, f.eL)), f.hand_len * 0.45))
  return f
end
H.skeleton = skeleton

-- A torso loft from the hips to the shoulders (x: depth, z: width).
function H.torso(f, scale, extra)
  scale = scale or 1
  extra = extra or 0
  local u, d = f.u, f.depth
  local b = f.b
  local secs = {
    {y = f.y_hip - 5 * u, rx = d * 0.9 * scale + extra, rz = f.hw * 0.95 * scale + extra, x = 0},
    {y = f.y_hip, rx = d * 0.98 * scale + extra, rz = f.hw * scale + extra, x = 0},
    {y = f.y_waist, rx = (d * 0.92 + (b.belly or 0) * f.Hh * 0.6) * scale + extra, rz = f.waist * scale + extra,
     x = (b.belly or 0) * f.Hh * 0.5},
    {y = f.y_chest, rx = d * 1.02 * scale + extra, rz = f.sw * 0.8 * scale + extra, x = 0.8 * u},
    {y = f.y_s - 2 * u, rx = d * 0.8 * scale + extra, rz = f.sw * 0.84 * scale + extra, x = 0},
    {y = f.y_s + 0.8 * u, rx = d * 0.55 * scale + extra, rz = f.sw * 0.5 * scale + extra, x = 0},
  }
  return loft(secs)
end

-- A limb chain through points, tapering through radii.
local function chain(pts, radii)
  local out = {}
  for i = 1, #pts - 1 do out[#out + 1] = limb(pts[i], pts[i + 1], radii[i], radii[i + 1]) end
  return union(table.unpack(out))
end
H.chain = chain

-- The head: skull, nose, ears, eyes; hair by style.
function H.head(k, f, spec, map)
  local hr, c = f.head_r, f.head_c
  local cartoon = k.style == "cartoon"
  local face = spec.face or {}
  local skull = ellipsoid(hr * 0.95, hr * 1.08, hr * 0.88):move(c[1], c[2], c[3])
  local jaw = ellipsoid(hr * 0.7, hr * 0.55, hr * 0.62):move(c[1] + hr * 0.22, c[2] - hr * 0.5, c[3])
  local head = smooth(hr * 0.3, skull, jaw)
  if face.nose ~= false then
    local nr = hr * (face.nose_size or 0.16) * (cartoon and 1.3 or 1)
    head = smooth(hr * 0.08, head, ellipsoid(nr * 0.9, nr * 1.1, nr * 0.8):move(c[1] + hr * 0.93, c[2] - hr * 0.12, c[3]))
  end
  local ears = empty()
  if face.ears ~= false then
    for _, s in ipairs({-1, 1}) do
      if face.ears == "pointy" then
        local base = {c[1] - hr * 0.05, c[2] + hr * 0.02, s * hr * 0.8}
        ears = ears + limb(base, add(base, {-hr * 0.35, hr * 0.55, s * hr * 0.55}), hr * 0.2, hr * 0.03)
      else
        ears = ears + ellipsoid(hr * 0.17, hr * 0.26, hr * 0.1):move(c[1] - hr * 0.05, c[2] - hr * 0.05, s * hr * 0.86)
      end
    end
  end
  local shape = smooth(hr * 0.06, head:part(map.head), ears:part(map.ears))
  if face.eyes ~= false then
    local er = hr * (face.eye_size or (cartoon and 0.2 or 0.13))
    for _, s in ipairs({-1, 1}) do
      local d = norm({0.86, 0.1, s * 0.4})
      local t = 1 / math.sqrt((d[1] / 0.95) ^ 2 + (d[2] / 1.08) ^ 2 + (d[3] / 0.88) ^ 2)
      local at = {c[1] + d[1] * hr * t, c[2] + d[2] * hr * t, c[3] + d[3] * hr * t}
      shape = shape + ellipsoid(er * 0.6, er, er * 0.85):move(at[1] - er * 0.25, at[2], at[3]):part(map.eyes)
    end
  end
  if face.mouth then
    local m = tube({{c[1] + hr * 0.86, c[2] - hr * 0.4, -hr * 0.25}, {c[1] + hr * 0.94, c[2] - hr * 0.5, 0},
                    {c[1] + hr * 0.86, c[2] - hr * 0.4, hr * 0.25}}, hr * 0.05)
    shape = shape + m:part(face.mouth)
  end
  return shape
end

-- Hair over the head: "short", "long", "bun", "ponytail", "pigtails", "bob", "spiky", "bald".
function H.hair(k, f, style, part)
  local hr, c = f.head_r, f.head_c
  if style == nil or style == "bald" or style == "none" then return empty() end
  local shell = ellipsoid(hr * 1.02, hr * 1.14, hr * 0.96):move(c[1] - hr * 0.03, c[2] + hr * 0.02, c[3])
  -- Above a slanted hairline: high at the forehead, low at the nape.
  local cut = box(hr * 4, hr * 4, hr * 4):move(0, hr * 2, 0):rotz(-28):move(c[1] + hr * 0.5, c[2] + hr * 0.32, c[3])
  local cap = intersect(shell, cut)
  local hair = cap
  if style == "long" or style == "bob" then
    local bottom = style == "long" and f.y_s - 9 * f.u or c[2] - hr * 0.75
    local back = loft({
      {y = bottom, rx = hr * 0.45, rz = hr * 0.95, x = c[1] - hr * 0.45},
      {y = (bottom + c[2]) * 0.5, rx = hr * 0.55, rz = hr * 1.0, x = c[1] - hr * 0.4},
      {y = c[2] + hr * 0.3, rx = hr * 0.9, rz = hr * 0.98, x = c[1] - hr * 0.1},
    })
    back = subtract(back, ellipsoid(hr * 0.9, hr * 1.3, hr * 0.7):move(c[1] + hr * 0.75, c[2] - hr * 0.5, c[3]))
    hair = smooth(hr * 0.2, hair, back)
  elseif style == "bun" then
    hair = smooth(hr * 0.15, hair, sphere(hr * 0.42):move(c[1] - hr * 0.55, c[2] + hr * 0.85, c[3]))
  elseif style == "ponytail" then
    local root = {c[1] - hr * 0.9, c[2] + hr * 0.45, c[3]}
    hair = smooth(hr * 0.15, hair, tube({root, add(root, {-hr * 0.45, -hr * 0.3, 0}), add(root, {-hr * 0.5, -hr * 1.1, 0}),
                                         add(root, {-hr * 0.35, -hr * 1.7, 0})}, hr * 0.3, hr * 0.12))
  elseif style == "pigtails" then
    for _, s in ipairs({-1, 1}) do
      local root = {c[1] - hr * 0.3, c[2] + hr * 0.35, s * hr * 0.9}
      hair = smooth(hr * 0.12, hair, tube({root, add(root, {-hr * 0.1, -hr * 0.3, s * hr * 0.4}),
                                           add(root, {0, -hr * 1.0, s * hr * 0.45})}, hr * 0.25, hr * 0.1))
    end
  elseif style == "spiky" then
    local spikes = {}
    for i = 0, 6 do
      local a = math.rad(-100 + i * 33)
      local d = norm({math.cos(a) * 0.6, 0.9, math.sin(a) * 0.8})
      local base = add(c, mul(d, hr * 0.9))
      spikes[#spikes + 1] = limb(base, add(base, mul(d, hr * 0.5)), hr * 0.22, hr * 0.03)
    end
    hair = smooth(hr * 0.08, hair, union(table.unpack(spikes)))
  elseif style == "curly" then
    local puffs = {}
    for i = 0, 9 do
      local a = math.rad(i * 36)
      local d = norm({math.cos(a) * 0.7 - 0.2, 0.75, math.sin(a) * 0.75})
      puffs[#puffs + 1] = sphere(hr * 0.34):move(add(c, mul(d, hr * 0.92)))
    end
    hair = smooth(hr * 0.1, hair, union(table.unpack(puffs)))
  end
  return hair:part(part)
end

-- A beard hanging from the jaw: "short", "full", "long" (to the chest), "pointy" (long and tapering).
function H.beard(f, style, part)
  local hr, c = f.head_r, f.head_c
  if style == "moustache" then
    return tube({{c[1] + hr * 0.75, c[2] - hr * 0.4, -hr * 0.45}, {c[1] + hr * 0.98, c[2] - hr * 0.3, 0},
                 {c[1] + hr * 0.75, c[2] - hr * 0.4, hr * 0.45}}, hr * 0.11, hr * 0.05):part(part)
  end
  local length = ({short = 0.5, full = 0.9, long = 2.2, pointy = 2.8})[style] or 1
  local top = c[2] - hr * 0.15
  local bottom = c[2] - hr * (0.75 + length)
  local tipw = style == "pointy" and 0.08 or (style == "long" and 0.3 or 0.55)
  local secs = {}
  for i = 0, 6 do
    local t = i / 6
    local y = top + (bottom - top) * t
    local w = hr * (0.78 * (1 - t) + tipw * t) * (t < 0.3 and 1 or 1)
    secs[#secs + 1] = {y = y, rx = hr * (0.55 - 0.25 * t), rz = w, x = c[1] + hr * (0.5 + 0.25 * t)}
  end
  local beard = loft({secs[7], secs[6], secs[5], secs[4], secs[3], secs[2], secs[1]})
  -- Keep the mouth area and face above the moustache clear.
  beard = subtract(beard, ellipsoid(hr * 0.6, hr * 0.5, hr * 0.7):move(c[1] + hr * 0.45, c[2] + hr * 0.15, c[3]))
  local stache = tube({{c[1] + hr * 0.7, c[2] - hr * 0.45, -hr * 0.5}, {c[1] + hr * 0.97, c[2] - hr * 0.32, 0},
                       {c[1] + hr * 0.7, c[2] - hr * 0.45, hr * 0.5}}, hr * 0.13, hr * 0.08)
  return smooth(hr * 0.1, beard, stache):part(part)
end

-- A flared skirt or robe from the waist (or `from` y) down to y = `to`.
function H.skirt(f, to, flare, from, depth_mul)
  flare = flare or 1.6
  local y0 = from or f.y_waist
  local rz0, rx0 = f.waist * 1.08, f.depth * (depth_mul or 1.05)
  local rz1, rx1 = math.max(f.hw * flare, rz0 * 1.05), math.max(f.depth * flare * 1.2, rx0 * 1.05)
  local secs = {}
  local n = 6
  for i = 0, n do
    local t = i / n
    local e = (1 - t) ^ 1.4
    secs[#secs + 1] = {y = to + (y0 - to) * t, rx = rx0 + (rx1 - rx0) * e, rz = rz0 + (rz1 - rz0) * e, x = 0}
  end
  return loft(secs)
end

-- A sleeve flaring from the shoulder past the elbow to the wrist (robes).
function H.wide_sleeve(f, side, flare)
  local s, e, w = f["s" .. side], f["e" .. side], f["w" .. side]
  local cuff = lerp(e, w, 0.92)
  local r1 = f.r_wrist * (flare or 2.6)
  return union(limb(s, e, f.r_upper * 1.25, f.r_elbow * 1.4), limb(e, cuff, f.r_elbow * 1.4, r1))
end

-- A cape hanging from the shoulders behind the back, down to y = `to`.
function H.cape(f, to, spread)
  spread = spread or 1.6
  local u = f.u
  local top = f.y_s + 0.5 * u
  local outer = loft({
    {y = to, rx = f.depth * 2.1, rz = f.sw * spread, x = -f.depth * 0.4},
    {y = (to + top) * 0.5, rx = f.depth * 1.7, rz = f.sw * (1 + spread) * 0.55, x = -f.depth * 0.3},
    {y = top, rx = f.depth * 1.2, rz = f.sw * 1.08, x = -0.5 * u},
    {y = top + 2 * u, rx = f.depth * 0.7, rz = f.sw * 0.6, x = -0.5 * u},
  })
  local inner = outer:scale(1):stretch(0.93, 1.02, 0.95):move(0.9 * u, -1 * u, 0)
  local sheet = subtract(outer, inner)
  return intersect(sheet, box(f.Hh, f.Hh * 2, f.Hh * 2):move(-f.Hh * 0.5 - f.depth * 0.25, 0, 0))
end

-- The whole figure. spec fields:
--   build ("male", "female", "child", "stocky", "slim", "heavy", "toddler"), proportions (overrides),
--   map (region → part), hair ("short", "long", ...), face ({nose, ears, eyes, eye_size, mouth}),
--   beard, arms ("hold", "down", "out", "up", "forward", "wave"), bare_arms (forearms skin),
--   shorts, skirt ({to=y fraction, flare=}), dress (skirt to the knee from the waist in map.torso),
--   robe (floor-length in map.torso part), boots (shins in map.foot), gloves (hands in "gloves"),
--   belt (part), head_cover (shape function replacing hair), extras (function(k, f) → shape),
--   no_head (the head is made by extras), legs (false: no legs, e.g. ghost/mermaid use extras).
function H.build(k, spec)
  local f = skeleton(k, spec)
  H.last = f
  local map = {}
  for key, v in pairs(default_map) do map[key] = v end
  for key, v in pairs(spec.map or {}) do map[key] = v end
  f.map = map
  local u, soft = f.u, k.soft
  local bl = 1.5 * u * soft

  -- Torso and neck.
  local torso = H.torso(f):part(map.torso)
  if spec.build == "female" or f.b.bust then
    local bust = ellipsoid(f.depth * 0.45, f.depth * 0.42, f.sw * 0.4):move(f.depth * 0.55, f.y_chest - 2 * u, 0)
    torso = smooth(3 * u, torso, bust:mirror("z"):part(map.torso))
  end
  local neck = limb(add(f.neck, {0, -3 * u, 0}), add(f.chin, {-f.head_r * 0.4, 0, 0}), f.head_r * 0.42, f.head_r * 0.38)
  local body = smooth(bl, torso, neck:part(map.neck))

  -- Arms.
  for _, side in ipairs({"L", "R"}) do
    local s, e, w = f["s" .. side], f["e" .. side], f["w" .. side]
    local upper = union(sphere(f.r_upper * 1.05):move(s), limb(s, e, f.r_upper, f.r_elbow))
    local fore = limb(e, w, f.r_elbow, f.r_wrist)
    local dir = norm(sub(w, e))
    local fist = f["fist" .. side]
    local hand = smooth(0.8 * u, ellipsoid(f.hand_len * 0.36, f.hand_len * 0.45, f.hand_len * 0.3):move(fist),
                        limb(w, fist, f.r_wrist * 0.95, f.r_wrist * 1.1))
    body = smooth(bl, body, upper:part(map.upper_arm))
    body = smooth(bl * 0.6, body, fore:part(spec.bare_arms and map.hand or map.forearm))
    body = smooth(bl * 0.5, body, hand:part(spec.gloves and "gloves" or map.hand))
    if spec.cuffs then
      body = body + torus(f.r_wrist * 1.25, 0.8 * u):aim(dir, lerp(e, w, 0.9)):part(spec.cuffs)
    end
  end

  -- Legs and feet.
  if spec.legs ~= false then
    for _, side in ipairs({"L", "R"}) do
      local hip, knee, ankle = f["hip" .. side], f["k" .. side], f["a" .. side]
      local thigh = union(sphere(f.r_thigh):move(hip), limb(hip, knee, f.r_thigh, f.r_knee))
      local shin = limb(knee, ankle, f.r_knee, f.r_ankle)
      local fdir = k.pose == "sitting" and {0.2, 1, 0} or {1, 0, 0}
      local heel = add(ankle, {-f.r_ankle * 0.5, -f.r_ankle * 0.6, 0})
      local foot
      if k.pose == "sitting" then
        foot = limb(add(ankle, {0, 0, 0}), add(ankle, {2 * u, 6 * u, 0}), f.r_ankle * 1.3, f.r_ankle * 1.15)
      else
        local toe = add(heel, {f.Hh * 0.075 * math.max(f.girth, 0.85), -f.r_ankle * 0.3, 0})
        foot = limb(heel, toe, f.r_ankle * 1.25, f.r_ankle * 1.05)
        if k.pose ~= "running" and k.pose ~= "flying" then
          foot = intersect(foot, box(f.Hh, f.Hh, f.Hh):move(0, f.Hh * 0.5, 0))
        end
      end
      local shin_part = spec.boots and map.foot or (spec.shorts and map.hand or map.shin)
      if spec.shorts then
        local mid = lerp(hip, knee, 0.55)
        thigh = union(limb(hip, mid, f.r_thigh * 1.08, f.r_thigh * 0.98):part(map.thigh),
                      limb(mid, knee, f.r_thigh * 0.9, f.r_knee):part(map.hand))
        body = smooth(bl, body, thigh)
      else
        body = smooth(bl, body, thigh:part(map.thigh))
      end
      body = smooth(bl * 0.6, body, shin:part(shin_part))
      body = smooth(bl * 0.5, body, foot:part(map.foot))
      if spec.boots then
        body = body + limb(lerp(knee, ankle, 0.18), lerp(knee, ankle, 0.26), f.r_knee * 1.12, f.r_knee * 1.1):part(map.foot)
      end
    end
    -- A pelvis that joins the legs under the torso.
    local pelvis = ellipsoid(f.depth * 0.95, f.r_thigh * 1.4, f.hw * 1.0):move(0, f.y_hip - 1 * u, 0)
    body = smooth(bl, body, pelvis:part(map.thigh))
  end

  -- Garments.
  if spec.dress or spec.skirt then
    local sk = spec.skirt or {}
    local to = sk.to and sk.to * f.y_hip or (k.pose == "sitting" and f.r_thigh or f.y_hip * 0.5)
    if k.pose == "sitting" then to = math.max(to, f.r_thigh * 0.3) end
    local skirt = H.skirt(f, to, sk.flare or 1.5)
    body = smooth(u, body, skirt:part(sk.part or map.torso))
  end
  if spec.robe then
    local rb = type(spec.robe) == "table" and spec.robe or {}
    local to = k.pose == "sitting" and f.r_thigh * 0.5 or 1 * u
    local skirt = H.skirt(f, to, rb.flare or 1.9, f.y_chest)
    body = smooth(u, body, skirt:part(rb.part or map.torso))
    if rb.sleeves ~= false then
      for _, side in ipairs({"L", "R"}) do body = smooth(u, body, H.wide_sleeve(f, side, rb.flare_sleeve):part(rb.sleeve_part or rb.part or map.torso)) end
    end
  end
  if spec.belt then
    local band = H.torso(f, 1, 1 * u)
    band = intersect(band, box(f.Hh, 4 * u, f.Hh):move(0, f.y_waist - 1 * u, 0))
    body = body + band:part(spec.belt)
    if spec.buckle then
      body = body + box(1.6 * u, 4.6 * u, 5 * u, 0.5 * u):move(f.depth * 0.95 + 2 * u, f.y_waist - 1 * u, 0):part(spec.buckle)
    end
  end
  if spec.buttons then
    for i = 0, 2 do
      local y = f.y_waist + (f.y_s - f.y_waist) * (0.15 + i * 0.25)
      body = body + sphere(1.3 * u):move(f.depth * 1.0 + 0.3 * u, y, 0):part(spec.buttons)
    end
  end
  if spec.cape then
    local cp = type(spec.cape) == "table" and spec.cape or {}
    local to = (k.pose == "sitting") and f.r_thigh or (cp.to or 0.06) * f.Hh + (f.lift > 0 and f.lift or 0)
    body = body + H.cape(f, to, cp.spread):part(cp.part or "cape")
  end

  -- Head.
  if not spec.no_head then
    body = smooth(bl * 0.8, body, H.head(k, f, spec, map))
    if spec.head_cover then
      body = body + spec.head_cover(k, f)
    else
      body = body + H.hair(k, f, spec.hair or "short", map.hair)
    end
    if spec.beard then body = smooth(u * 0.5, body, H.beard(f, spec.beard, spec.beard_part or map.hair)) end
  end
  if spec.extras then body = body + spec.extras(k, f) end

  return H.finish(k, f, spec, body)
end

-- Declares the points and turns the figure towards the camera.
function H.finish(k, f, spec, shape)
  H.points(k, f, spec)
  return shape:roty(-((spec and spec.turn) or H.turn))
end

-- The figure turns this many degrees towards its right (+Z) so that the
-- 3/4 camera sees its face; points turn with it.
H.turn = 22

local function turned(p, deg)
  local a = math.rad(deg)
  return {p[1] * math.cos(a) - p[3] * math.sin(a), p[2], p[1] * math.sin(a) + p[3] * math.cos(a)}
end

-- Declares the standard points for a figure (see the header).
function H.points(k, f, spec)
  local turn = (spec and spec.turn) or H.turn
  local raw = k.attach
  local function attach(name, p, w, d)
    local q = turned(p, turn)
    -- Directions stay unturned: a direction out of the XY plane would roll
    -- the accessory about its own axis (glasses tilted, ties hanging askew).
    if d then raw(name, q, w, d) else raw(name, q, w) end
  end
  local k = {attach = attach, pose = k.pose}
  local hr, c, u = f.head_r, f.head_c, f.u
  local hat_lift = (spec and spec.hat_lift) or 0.5
  k.attach("head", {c[1] - hr * 0.05, c[2] + hr * hat_lift, c[3]}, hr * 2.4)
  k.attach("neck", {f.depth * 0.5 + 1 * u, f.y_s + 1.5 * u, 0}, hr * 1.2, {1, 0, 0})
  k.attach("face", {c[1] + hr * 0.88, c[2] + hr * 0.06, c[3]}, hr * 1.7, {1, 0, 0})
  k.attach("scarf", {f.depth * 0.5 + 1 * u, f.y_s + 1.5 * u, 0}, f.sw * 1.45, {1, 0, 0})
  local fist = f.fistR
  k.attach("hand", {fist[1], fist[2] - f.Hh * 0.035, fist[3]}, f.Hh * 0.14)
  k.attach("hand_wide", {fist[1], fist[2] - f.Hh * 0.035, fist[3]}, f.Hh * 0.5)
  k.attach("tie", {f.depth * 0.55 + 1 * u, f.y_s + 0.5 * u, 0}, (f.y_s - f.y_waist) * 0.9, {1, 0, 0})
  local fl = f.fistL
  k.attach("shield", {fl[1] + 5 * u, fl[2] - 8 * u, fl[3] - 3 * u}, f.Hh * 0.26)
  k.attach("back", {-f.depth - f.sw * 0.24, f.y_waist - 2 * u, 0}, f.sw * 1.5)
  -- the right shoulder's top (the side the camera sees): a parrot or a cat
  -- riding there; a figure built without the standard arms has none
  if f.sR then
    k.attach("shoulder", {f.sR[1] - 0.5 * u, f.sR[2] + 1.5 * u, f.sR[3] * 0.95}, f.Hh * 0.12)
  end
  if k.pose == "sitting" then
    k.attach("seat", {f.kR[1] * 0.5, f.kR[2] + f.r_thigh, 0}, f.hw * 2)
  else
    k.attach("seat", {0, f.y_hip + f.r_thigh, 0}, f.hw * 2)
  end
end

-- Standard points list for the catalog.
H.point_names = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "shoulder", "seat"}
H.poses = {"sitting", "running", "waving"}

return H
