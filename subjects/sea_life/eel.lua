-- An eel: a long body in close S curves, swimming just off the ground with
-- its front third raised in a gentle wave, flattened from side to side
-- towards the tail, with one continuous fin ribbon running along the back,
-- round the tail tip and forward under the belly (the rear rests on it), a
-- pale belly, a blunt fish head with a lip line, a gill slit and a pair of
-- pectoral fins. A moray eel is thicker and mottled yellow-green, with a deep
-- blunt head, open jaws full of teeth, and the fin starting right behind the
-- head.

local function add(a, b) return {a[1] + b[1], a[2] + b[2], a[3] + b[3]} end
local function mul(a, s) return {a[1] * s, a[2] * s, a[3] * s} end
local function norm(a)
  local l = math.sqrt(a[1] ^ 2 + a[2] ^ 2 + a[3] ^ 2)
  return {a[1] / l, a[2] / l, a[3] / l}
end

return {
  id = "eel",
  names = {"eel", "freshwater eel", "european eel", "american eel", "conger eel", "conger", "electric eel",
           "sea eel", "river eel"},
  lvis = {},
  family = "sea_life",
  size_mm = 60,
  description = "An eel swimming in S curves with a fin fringe",
  params = {wave = {0.9, 1.1}, phase = {-0.2, 0.2}},
  parts = {
    {"skin", "skin", color = "#4e4a2c", role = "primary", names = {"skin", "body", "back"}},
    {"light", "skin", color = "#c8b878", role = "secondary", names = {"belly", "underside"}},
    {"mottling", "skin", color = "#3e4a1a", role = "detail", names = {"mottling", "blotches", "mottled pattern"}},
    {"fins", "skin", color = "#b0a070", role = "detail", names = {"fins", "fin"}},
    {"mouth", "skin", color = "#5a1e1e", role = "detail", names = {"mouth", "inside of the mouth"}},
    {"teeth", "bone", color = "#f2eee0", role = "detail", names = {"teeth", "fangs"}},
    {"eyes", "gloss", color = "#1a1208", role = "fixed"},
  },
  variants = {
    moray = {names = {"moray eel", "moray", "green moray", "morey eel", "murray eel"}, size_mm = 110,
             colors = {skin = "#b4ac3c", light = "#c8c060", mottling = "#4a5a1c", fins = "#5e6418"}},
  },
  attach_to = {"head"},
  points = {"head", "face", "mouth"},
  build = function(k)
    local moray = k.variant == "moray"
    local soft = k.soft or 1
    local L = 560
    local r0 = moray and 24 or 17
    -- the path: tail (t = 0) to head (t = 1); the rear two thirds lie in
    -- close S curves near the ground, the front third rises in a gentle wave
    local ctrl = {}
    local n = 14
    local amp = L * 0.15 * k.p.wave
    for i = 0, n do
      local t = i / n
      local x = (t - 0.55) * L * 0.5
      local z = math.sin((t + k.p.phase) * 3.6 * math.pi) * amp * (1 - 0.4 * t)
      ctrl[#ctrl + 1] = {x, 0, z}
    end
    local function radius(t)
      local taper = math.min(1, t / 0.6)
      local head = (t > 0.9 and not moray) and (1 - (t - 0.9) * 1.6) or 1
      return r0 * (0.34 + 0.66 * taper ^ 0.8) * head
    end
    -- body cross-section: tall and thin (laterally compressed) towards the tail
    local function wid(t) return 0.5 + 0.5 * math.min(1, t / 0.75) end
    local function hgt(t) return 1.0 + 0.1 * (1 - math.min(1, t / 0.6)) end
    local ta = 0.56                            -- where the fin under the belly ends
    local td = moray and 0.9 or 0.76          -- where the fin along the back starts
    local F = r0 * (moray and 0.7 or 0.8)     -- fin height
    local function fin_lo(t) -- fin height below the belly
      if t >= ta then return 0 end
      local s = math.min(1, (ta - t) / 0.12)
      return F * s * s * (3 - 2 * s) * (1 + 0.3 * (1 - t / ta))
    end
    local function fin_hi(t)
      if t >= td then return 0 end
      local s = math.min(1, (td - t) / 0.1)
      return F * s * s * (3 - 2 * s) * (1 + 0.3 * (1 - t / td)) * (moray and 1.1 or 1)
    end
    local path = spline(ctrl, 4)
    local np = #path
    local rise = r0 * (moray and 1.6 or 1.8)
    for i, p in ipairs(path) do
      local t = (i - 1) / (np - 1)
      local y = radius(t) * hgt(t) + fin_lo(t)
      if t > 0.75 then
        local s = (t - 0.75) / 0.25
        y = y + rise * s * s * (3 - 2 * s)
      end
      p[2] = y
    end
    local function frame(i)
      local a, b = path[math.max(1, i - 1)], path[math.min(np, i + 1)]
      local d = norm({b[1] - a[1], b[2] - a[2], b[3] - a[3]})
      local yaw = math.deg(math.atan(-d[3], d[1]))
      local pitch = math.deg(math.asin(d[2]))
      local seg = math.sqrt((b[1] - a[1]) ^ 2 + (b[2] - a[2]) ^ 2 + (b[3] - a[3]) ^ 2) / 2
      return yaw, pitch, seg, d
    end
    local pieces, finp = {}, {}
    for i, p in ipairs(path) do
      local t = (i - 1) / (np - 1)
      local r = radius(t)
      local yaw, pitch, seg = frame(i)
      pieces[#pieces + 1] = ellipsoid(math.max(r * 1.1, seg * 1.1), r * hgt(t), r * wid(t)):rotz(pitch):roty(yaw):move(p[1], p[2], p[3])
      local lo, hi = fin_lo(t), fin_hi(t)
      if lo > 0 or hi > 0 then
        local bot = lo > 0 and -(r * hgt(t) + lo + r0 * 0.06) or -r * 0.3
        local top = hi > 0 and (r * hgt(t) + hi) or r * 0.3
        local th = r0 * 0.24
        finp[#finp + 1] = box(seg * 2.3, top - bot, th, th * 0.45):move(0, (top + bot) / 2, 0)
          :rotz(lo > 0 and 0 or pitch):roty(yaw):move(p[1], p[2], p[3])
      end
    end
    -- the tail fin rounds off past the tip
    local yaw0, _, _, d0 = frame(1)
    local tip = path[1]
    local r_t = radius(0) * hgt(0)
    local tf = ellipsoid(F * 1.5, r_t + F * 1.2, r0 * 0.28):roty(yaw0)
      :move(tip[1] - d0[1] * F * 0.4, tip[2], tip[3] - d0[3] * F * 0.4)
    finp[#finp + 1] = tf
    local body = smooth(r0 * 0.2, table.unpack(pieces))
    local fins = smooth(r0 * 0.15, table.unpack(finp))
    local hp = path[np]
    local hyaw, hpitch = frame(np)
    local hr = r0 * (moray and 1.25 or 0.95)
    local function H(x, y, z)
      -- a point in the head's frame (x forward, y up, z to the side) in the model
      local c, s = math.cos(math.rad(hpitch)), math.sin(math.rad(hpitch))
      local x1, y1 = x * c - y * s, x * s + y * c
      local cy, sy = math.cos(math.rad(hyaw)), math.sin(math.rad(hyaw))
      return {hp[1] + x1 * cy + z * sy, hp[2] + y1, hp[3] - x1 * sy + z * cy}
    end
    local function place(s) return s:rotz(hpitch):roty(hyaw):move(hp[1], hp[2], hp[3]) end
    local skin, extra = {}, {}
    local function put(part, s) extra[#extra + 1] = s:part(part) end
    if moray then
      -- a blunt deep head with heavy open jaws, a dark mouth between them
      -- and a row of teeth along each
      local cranium = ellipsoid(hr * 1.1, hr * 1.0, hr * 0.85):move(-hr * 0.1, hr * 0.1, 0)
      local upper = ellipsoid(hr * 1.15, hr * 0.5, hr * 0.7):rotz(12):move(hr * 0.85, hr * 0.3, 0)
      local lower = ellipsoid(hr * 1.05, hr * 0.34, hr * 0.62):rotz(-24):move(hr * 0.8, -hr * 0.5, 0)
      local throat = ellipsoid(hr * 1.0, hr * 0.8, hr * 0.75):move(-hr * 0.5, -hr * 0.25, 0)
      skin[#skin + 1] = place(smooth(hr * 0.25, cranium, upper, lower, throat))
      put("mouth", place(ellipsoid(hr * 0.85, hr * 0.36, hr * 0.48):rotz(-6):move(hr * 0.95, -hr * 0.12, 0)))
      local teeth = {}
      for i = 0, 3 do
        for _, sz in ipairs({-1, 1}) do
          local x = hr * (0.85 + i * 0.26)
          local zz = sz * hr * (0.42 - i * 0.07)
          local yu = hr * 0.3 - hr * 0.45 + (x - hr * 0.85) * math.tan(math.rad(12))
          teeth[#teeth + 1] = cone(hr * 0.1, hr * 0.03, hr * 0.3):rotx(180):move(x, yu + hr * 0.1, zz)
          local yl = -hr * 0.5 + hr * 0.3 - (x - hr * 0.8) * math.tan(math.rad(24))
          teeth[#teeth + 1] = cone(hr * 0.1, hr * 0.03, hr * 0.28):move(x, yl - hr * 0.1, zz)
        end
      end
      put("teeth", place(union(table.unpack(teeth))))
      for _, sz in ipairs({-1, 1}) do
        put("eyes", place(sphere(hr * 0.16):move(hr * 1.0, hr * 0.68, sz * hr * 0.42)))
        -- the small round gill opening
        put("mouth", place(ellipsoid(hr * 0.14, hr * 0.18, hr * 0.14):move(-hr * 0.75, -hr * 0.05, sz * hr * 0.8)))
      end
    else
      -- a blunt fish head: a rounded snout, a jutting lower jaw with a lip
      -- line, a gill slit and a pair of pectoral fins behind it
      skin[#skin + 1] = place(smooth(hr * 0.3,
        ellipsoid(hr * 1.35, hr * 0.85, hr * 0.8):move(hr * 0.05, hr * 0.05, 0),
        ellipsoid(hr * 0.75, hr * 0.45, hr * 0.55):move(hr * 1.05, -hr * 0.12, 0),
        ellipsoid(hr * 0.85, hr * 0.35, hr * 0.5):move(hr * 0.95, -hr * 0.42, 0)))
      put("mouth", place(intersect(ellipsoid(hr * 1.3, hr * 0.7, hr * 0.76):move(hr * 0.65, -hr * 0.2, 0),
                                   box(hr * 1.4, hr * 0.09, hr * 2):rotz(-6):move(hr * 1.25, -hr * 0.25, 0))))
      for _, sz in ipairs({-1, 1}) do
        put("eyes", place(sphere(hr * 0.24):move(hr * 0.8, hr * 0.32, sz * hr * 0.56)))
        -- the gill slit, a dark crescent in front of the fin
        put("mouth", place(ellipsoid(hr * 0.12, hr * 0.55, hr * 0.14):rotz(-10):move(-hr * 0.45, -hr * 0.05, sz * hr * 0.8)))
        -- pectoral fins just behind the head, spread out and back
        put("fins", place(ellipsoid(hr * 0.95, hr * 0.7, hr * 0.2):rotz(-15):roty(sz * 50)
                          :move(-hr * 1.1, -hr * 0.2, sz * hr * 1.35)))
      end
    end
    body = smooth(r0 * 0.5 * soft, body, table.unpack(skin))
    local shape = body:part("skin")
    shape = shape + fins:part("fins")
    -- belly: lighter underside
    local belly = {}
    for i = 1, np, 2 do
      local p = path[i]
      local t = (i - 1) / (np - 1)
      local r = radius(t)
      local yaw, pitch, seg = frame(i)
      belly[#belly + 1] = ellipsoid(math.max(r, seg * 2.2), r * 0.75, r * 1.3):rotz(pitch):roty(yaw)
        :move(p[1], p[2] - r * hgt(t) * 0.95, p[3])
    end
    shape = shape + intersect(body:round(0.4), union(table.unpack(belly))):part("light")
    if moray then
      local list = {}
      for i = 1, 150 do
        local t = k.rand(0.05, 0.98)
        local idx = math.max(1, math.min(np, math.floor(t * (np - 1)) + 1))
        local p = path[idx]
        local r = radius(t)
        local a = k.rand(0.2, 2.9) * (k.chance(0.5) and 1 or -1)
        list[#list + 1] = ellipsoid(r * k.rand(0.2, 0.4), r * k.rand(0.15, 0.3), r * k.rand(0.2, 0.35)):move(p[1] + k.rand(-r, r), p[2] + math.cos(a) * r, p[3] + math.sin(a) * r)
      end
      for i = 1, 14 do
        local hpnt = H(k.rand(-hr * 0.8, hr * 1.6), hr * k.rand(0.3, 0.8), hr * k.rand(-0.8, 0.8))
        list[#list + 1] = sphere(hr * k.rand(0.1, 0.18)):move(hpnt[1], hpnt[2], hpnt[3])
      end
      shape = shape + intersect(body:round(0.6), union(table.unpack(list))):part("mottling")
    end
    for _, e in ipairs(extra) do shape = shape + e end
    local top = H(hr * 0.2, hr * 0.8, 0)
    k.attach("head", top, hr * 1.6)
    local face = H(hr * 1.2, hr * 0.4, 0)
    k.attach("face", face, hr * 1.4, {math.cos(math.rad(hyaw)), 0, -math.sin(math.rad(hyaw))})
    local m = H(hr * 1.4, -hr * 0.3, 0)
    k.attach("mouth", m, hr * 1.2)
    return shape
  end,
}
