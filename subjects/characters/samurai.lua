-- A samurai in lacquered lamellar armour: a black kabuto helmet with a big
-- golden crescent crest and a wide flared neck guard, a face mask, broad
-- rectangular shoulder plates, a skirt of laced plate tassets over wide
-- hakama trousers, and a long and a short sword through the sash at the left hip.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

local function add(a, b) return {a[1] + b[1], a[2] + b[2], a[3] + b[3]} end
local function mul(a, s) return {a[1] * s, a[2] * s, a[3] * s} end

-- A frustum of elliptical section between two heights (y0 below y1).
local function band(y0, rx0, rz0, y1, rx1, rz1, x)
  return loft({{y = y0, rx = rx0, rz = rz0, x = x or 0}, {y = y1, rx = rx1, rz = rz1, x = x or 0}})
end

-- The kabuto: ribbed bowl, brow peak, umbrella neck guard of stepped lames
-- with turned-back wings, and a golden crescent crest on a forehead plate.
local function kabuto(f)
  local hr, c, u = f.head_r, f.head_c, f.u
  local cx, cy = c[1] - hr * 0.05, c[2] + hr * 0.14
  local s = empty()
  local bowl_shape = intersect(ellipsoid(hr * 1.16, hr * 1.14, hr * 1.12), box(hr * 3, hr * 2, hr * 3):move(0, hr, 0))
  local bowl = bowl_shape:move(cx, cy + hr * 0.2, 0)
  local ribs = intersect(radial(box(hr * 1.3, hr * 1.2, hr * 0.08):move(hr * 0.65, hr * 0.6, 0), 14),
                         bowl_shape:scale(1.05)):move(cx, cy + hr * 0.2, 0)
  local rim = cylinder(hr * 1.2, hr * 0.18, hr * 0.04):stretch(1.02, 1, 1):move(cx, cy + hr * 0.14, 0)
  local knob = torus(hr * 0.16, hr * 0.07):move(cx - hr * 0.05, cy + hr * 1.34, 0)
  s = s + union(bowl, ribs, rim):part("helmet") + knob:part("gold")
  -- Brow peak.
  local peak = revolve({{hr * 1.12, 0}, {hr * 1.44, 0}, {hr * 1.16, hr * 0.2}, {hr * 1.0, hr * 0.2}})
  peak = intersect(peak, box(hr * 3, hr, hr * 3):move(hr * 1.5 + hr * 0.35, 0, 0))
  s = s + peak:move(cx, cy + hr * 0.12, 0):part("helmet")
  -- Neck guard: lames flaring out like an umbrella, open at the face, as one
  -- stepped profile in which each lame's lower edge stands proud of the next.
  local t = 1.3 * u
  local n, dy, dR, sl = 4, hr * 0.2, hr * 0.24, 1.65
  local T0, R_top, R0 = hr * 0.2, hr * 1.14, hr * 1.52
  local B = function(i) return T0 - hr * 0.3 - i * dy end
  local R = function(i) return R0 + i * dR end
  local outer = {{R(n - 1), B(n - 1)}}
  for i = n - 1, 1, -1 do
    outer[#outer + 1] = {R(i) - sl * dy, B(i - 1)}
    outer[#outer + 1] = {R(i - 1), B(i - 1)}
  end
  outer[#outer + 1] = {R_top, T0}
  outer[#outer + 1] = {R_top - t, T0}
  for i = 1, n - 1 do outer[#outer + 1] = {R(i) - sl * dy - t, B(i - 1)} end
  outer[#outer + 1] = {R(n - 1) - t, B(n - 1)}
  local open = box(hr * 3, hr * 4, hr * 4):move(cx + hr * 0.5 + hr * 1.5, cy, 0)
  local guard = revolve(outer):move(cx - hr * 0.1, cy, 0)
  local yb = B(n - 1)
  local trim = revolve({{R(n - 1) - t - 0.3 * u, yb - 0.4 * u}, {R(n - 1) + 0.3 * u, yb - 0.4 * u},
                        {R(n - 1) + 0.3 * u - sl * 0.9 * u, yb + 0.9 * u}, {R(n - 1) - t - 0.3 * u - sl * 0.9 * u, yb + 0.9 * u}})
  trim = trim:move(cx - hr * 0.1, cy, 0)
  s = s + subtract(guard, open):part("armour") + subtract(trim, open):part("gold")
  -- Turned-back wings at the front ends of the top lames.
  for _, z in ipairs({-1, 1}) do
    local wing = box(hr * 0.14, hr * 0.62, hr * 0.6, hr * 0.05):roty(z * 55)
    wing = wing:move(cx + hr * 0.52, cy - hr * 0.02, z * hr * 1.34)
    local mon = cylinder(hr * 0.13, hr * 0.1):move(0, -hr * 0.05, 0):rotz(90):roty(z * 55):move(cx + hr * 0.57, cy - hr * 0.02, z * hr * 1.41)
    s = s + wing:part("armour") + mon:part("gold")
  end
  -- Golden crescent crest on a forehead plate.
  local plate = box(hr * 0.2, hr * 0.4, hr * 0.46, hr * 0.05):move(cx + hr * 1.12, cy + hr * 0.5, 0)
  s = s + plate:part("helmet")
  local half, rise, thick = hr * 2.1, hr * 1.75, hr * 0.5
  local R1 = (rise * rise + half * half) / (2 * rise)
  local d = hr * 0.75
  local R2 = R1 - thick + d
  local disc = function(r) return cylinder(r, 2 * u):move(0, -1 * u, 0):rotz(90) end
  local crescent = subtract(disc(R1), disc(R2):move(0, d, 0))
  crescent = intersect(crescent, box(4 * u, R1 * 2, R1 * 3):move(0, 0, 0))
  crescent = crescent:move(0, R1, 0):rotz(10):move(cx + hr * 1.18, cy + hr * 0.36, 0)
  s = s + crescent:part("gold")
  return s
end

-- A shoulder plate (sode): stacked lames hanging from the shoulder on the
-- outside of the upper arm, built about the shoulder joint; z is the side.
local function sode(f, side)
  local u = f.u
  local sh, el = f["s" .. side], f["e" .. side]
  local z = sh[3] > 0 and 1 or -1
  local w, h, n, t = 14 * u, 18 * u, 5, 1.3 * u
  local lh = h / n
  local off = f.r_upper + 1.9 * u
  local top = f.r_upper * 0.55
  local plates, laces = {}, {}
  for i = 0, n - 1 do
    local zz = z * (off + i * 0.45 * u)
    local y = top - (i + 0.5) * lh
    plates[#plates + 1] = box(w, lh * 0.84, t, 0.3 * u):move(0, y, zz)
    laces[#laces + 1] = box(w * 0.98, lh * 0.3, t * 0.8):move(0, y - lh * 0.5, zz + z * 0.1 * u)
  end
  for _, x in ipairs({-w * 0.25, w * 0.25}) do
    laces[#laces + 1] = limb({x, top - 0.4 * u, z * (off + t * 0.5)}, {x, top - h + 0.6 * u, z * (off + (n - 1) * 0.45 * u + t * 0.5)}, 0.7 * u)
  end
  local cap = box(w * 1.04, 1.8 * u, t * 1.4, 0.4 * u):move(0, top + 0.6 * u, z * off)
  local strap = box(w * 0.45, 1.4 * u, off + 1 * u):move(0, top + 0.3 * u, z * (off + 1 * u) * 0.5)
  local edge = box(w * 1.0, 0.7 * u, t * 1.1):move(0, top - h + 0.2 * u, z * (off + (n - 1) * 0.45 * u))
  local shape = union(union(table.unpack(plates)):part("armour"), union(table.unpack(laces)):part("cord"),
                      union(cap, strap):part("helmet"), edge:part("gold"))
  shape = shape:rotx(z * -12)
  local dir = H.norm(H.sub(el, sh))
  return shape:aim(mul(dir, -1), sh)
end

-- The plated skirt (kusazuri): stepped lames in panels around the waist.
local function kusazuri(f, y0, y1)
  local u = f.u
  local rx0, rz0 = f.depth * 0.95 + 1.6 * u, f.waist * 1.02 + 1.6 * u
  local rx1, rz1 = f.depth * 1.5, f.hw * 1.8
  local function R(y)
    local tt = (y0 - y) / (y0 - y1)
    return rx0 + (rx1 - rx0) * tt, rz0 + (rz1 - rz0) * tt
  end
  local n = 5
  local lh = (y0 - y1) / n
  local lames = {}
  for i = 0, n - 1 do
    local yt = y0 - i * lh
    local yb = yt - lh - 0.4 * u
    local ax, az = R(yt)
    local bx, bz = R(yb)
    lames[#lames + 1] = band(yb, bx + 0.7 * u, bz + 0.7 * u, yt, ax - 0.3 * u, az - 0.3 * u)
  end
  local skirt = union(table.unpack(lames))
  local slits = {}
  for _, a in ipairs({30, 90, 150}) do
    slits[#slits + 1] = box(f.Hh, y0 - y1 + 4 * u, 1.7 * u):move(0, (y0 + y1) * 0.5 - 2 * u, 0):roty(-a)
  end
  skirt = subtract(skirt, union(table.unpack(slits)))
  -- Vertical lacing on each panel.
  local ax, az = R(y1)
  local env = band(y1 - 0.4 * u, ax + 1.0 * u, az + 1.0 * u, y0, rx0 + 0.3 * u, rz0 + 0.3 * u)
  local cols = {}
  for p = 0, 5 do
    for _, da in ipairs({-12, 12}) do
      cols[#cols + 1] = box(f.Hh * 0.5, y0 - y1 + 2 * u, 1.3 * u):move(f.Hh * 0.25, (y0 + y1) * 0.5, 0):roty(-(p * 60 + da))
    end
  end
  local laces = intersect(env, union(table.unpack(cols)))
  return union(skirt:part("armour"), laces:part("cord"))
end

return {
  id = "samurai",
  names = {"samurai", "samurai warrior", "ronin", "shogun", "japanese warrior", "bushi", "samuri", "samauri", "samari", "samuria", "samurai warior"},
  lvis = {},
  family = "characters",
  size_mm = 1750,
  description = "A samurai in lacquered armour with a crested helmet and two swords",
  parts = {
    {"armour", "paint", color = "#9a1a1c", role = "primary", worn = true, names = {"armour", "armor", "plates"}},
    {"cloth", "fabric", color = "#363a52", role = "secondary", names = {"trousers", "hakama", "robe", "clothes"}},
    {"helmet", "iron", color = "#1e1e22", role = "detail", names = {"helmet", "kabuto", "mask"}},
    {"gold", "gold", color = "#d8b040", role = "detail", names = {"crest", "horns", "trim"}},
    {"cord", "fabric", color = "#2a1a30", role = "detail", names = {"cords", "lacing", "hilt"}},
    {"skin", "skin", color = "#e0b090", role = "detail", names = {"skin", "face"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "male", girth = 1.1, hair = "none", proportions = {shoulders = 0.135},
      map = {torso = "armour", upper_arm = "cloth", forearm = "helmet", thigh = "cloth", shin = "cloth", foot = "cloth"},
      face = {ears = false, eye_size = 0.15}, hat_lift = 1.3,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local hr, c = f.head_r, f.head_c
      local ground = box(f.Hh * 2, f.Hh * 2, f.Hh * 2):move(0, f.Hh + 0.6 * u, 0)
      local s = kabuto(f)
      -- Face mask over the mouth and chin with a golden moustache, and a laced throat guard.
      local face = smooth(hr * 0.2, ellipsoid(hr * 1.04, hr * 1.14, hr * 0.97):move(hr * 0.02, 0, 0),
                          ellipsoid(hr * 0.8, hr * 0.64, hr * 0.72):move(hr * 0.24, -hr * 0.52, 0)):move(c[1], c[2], 0)
      local mask = intersect(face, box(hr * 2, hr * 1.0, hr * 3):move(c[1] + hr * 0.2 + hr, c[2] - hr * 0.46 - hr * 0.5, 0))
      s = s + mask:part("helmet")
      s = s + tube({{c[1] + hr * 0.78, c[2] - hr * 0.6, -hr * 0.44}, {c[1] + hr * 0.97, c[2] - hr * 0.42, -hr * 0.12},
                    {c[1] + hr * 1.0, c[2] - hr * 0.44, 0}, {c[1] + hr * 0.97, c[2] - hr * 0.42, hr * 0.12},
                    {c[1] + hr * 0.78, c[2] - hr * 0.6, hr * 0.44}}, hr * 0.09, hr * 0.05):part("gold")
      local bib = empty()
      local bib_lace = empty()
      for i = 0, 1 do
        local y1 = c[2] - hr * (0.82 + i * 0.32)
        local lame = revolve({{0, y1 - hr * 0.36}, {hr * (0.95 + i * 0.22), y1 - hr * 0.36}, {hr * (0.72 + i * 0.22), y1}, {0, y1}})
        bib = bib + lame
        bib_lace = bib_lace + revolve({{0, y1 - hr * 0.36}, {hr * (0.97 + i * 0.22), y1 - hr * 0.36}, {hr * (0.96 + i * 0.22), y1 - hr * 0.26}, {0, y1 - hr * 0.26}})
      end
      local front = box(hr * 2, hr * 3, hr * 3):move(hr * 1.0, c[2], 0)
      s = s + intersect(bib, front):move(c[1] + hr * 0.05, 0, 0):part("armour")
      s = s + intersect(bib_lace, front):move(c[1] + hr * 0.05, 0, 0):part("cord")
      -- Cuirass: rows of plates with dark lacing between them, a black chest plate.
      local y_lo, y_hi = f.y_waist - 2 * u, f.y_chest + 1.5 * u
      local rows = 4
      local rh = (y_hi - y_lo) / rows
      local do_ = empty()
      for i = 0, rows - 1 do
        local y = y_lo + (i + 0.5) * rh
        do_ = do_ + intersect(H.torso(f, 1, 1.1 * u), box(f.Hh, rh * 0.72, f.Hh):move(0, y, 0))
      end
      s = s + do_:part("armour")
      s = s + intersect(H.torso(f, 1, 0.5 * u), box(f.Hh, y_hi - y_lo, f.Hh):move(0, (y_hi + y_lo) * 0.5, 0)):part("cord")
      local chest = intersect(H.torso(f, 1, 1.2 * u), box(f.Hh, 4.5 * u, f.Hh):move(0, y_hi + 2 * u, 0))
      s = s + chest:part("helmet")
      s = s + intersect(H.torso(f, 1, 1.5 * u), box(f.Hh, 0.8 * u, f.Hh):move(0, y_hi + 4.3 * u, 0)):part("gold")
      -- Sash at the waist.
      local sash = intersect(H.torso(f, 1, 1.8 * u), box(f.Hh, 3 * u, f.Hh):move(0, f.y_waist - 3.2 * u, 0))
      s = s + sash:part("cord")
      -- Shoulder plates.
      for _, side in ipairs({"L", "R"}) do s = s + sode(f, side) end
      -- Plated skirt.
      local k_top = f.y_waist - 4 * u
      local k_bot = math.max(f.y_hip - 12 * u, 0.5 * u)
      s = s + intersect(kusazuri(f, k_top, k_bot), ground)
      -- Wide hakama legs flaring to the ankles.
      for _, side in ipairs({"L", "R"}) do
        local hip, knee, ankle = f["hip" .. side], f["k" .. side], f["a" .. side]
        local dir = H.norm(H.sub(ankle, knee))
        local hem = H.sub(ankle, mul(dir, 3.5 * u))
        local z = hip[3] > 0 and 1 or -1
        hem = add(hem, {0, 0, z * 3.5 * u})
        local kn = add(knee, {0, 0, z * 1.4 * u})
        local L = H.len(H.sub(hem, kn))
        local thigh = limb(hip, kn, f.r_thigh * 1.2, 7 * u)
        local shin = cone(7.8 * u, 7 * u, L):aim(H.norm(H.sub(kn, hem)), hem)
        s = s + intersect(smooth(1.5 * u, thigh, shin), ground):part("cloth")
      end
      -- Long and short swords through the sash at the left hip.
      local hp = {f.depth * 0.75, f.y_waist - 3.2 * u, -f.waist * 0.6}
      local swords = {{hp, 42, 16, 1.3}, {add(hp, {0.6 * u, -3.4 * u, -2.6 * u}), 28, 11, 1.1}}
      for _, sw in ipairs(swords) do
        local p, len, grip, r = sw[1], sw[2], sw[3], sw[4]
        local fwd = H.norm({0.6, 0.72, 0.2})
        local back = H.norm({-0.82, -0.42, -0.3})
        local tip = add(p, mul(back, len * u))
        local mid = add(add(p, mul(back, len * u * 0.5)), {0, -1.2 * u, 0})
        s = s + tube({p, mid, tip}, r * u, r * 0.9 * u):part("helmet")
        local g0 = add(p, mul(fwd, 1.0 * u))
        local g1 = add(p, mul(fwd, grip * u))
        s = s + limb(g0, g1, r * 0.95 * u):part("cord")
        s = s + sphere(r * 1.0 * u):move(g1):part("gold")
        s = s + cylinder(r * 2.2 * u, 0.7 * u):move(0, -0.35 * u, 0):aim(fwd, g0):part("gold")
      end
      return s
    end
    return H.build(k, spec)
  end,
}
