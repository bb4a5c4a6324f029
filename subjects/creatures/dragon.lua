-- A dragon: a scaly four-legged body, a long S-curved neck, a horned head
-- with a long snout and jaw, big bat wings raised from the shoulders, spines
-- down the back and a long tail ending in a spade. Lighter belly plates.
local function add(a, b) return {a[1] + b[1], a[2] + b[2], a[3] + b[3]} end
local function lerp(a, b, t) return {a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t, a[3] + (b[3] - a[3]) * t} end

local function wing(span, s, th)
  th = th or 1  -- thickness factor: a small dragon needs a sturdier membrane
  -- A membrane between finger bones, in a vertical plane, then tilted out.
  local pts = {{0, 0}, {span * 0.3, span * 0.42}, {span * 0.55, span * 0.62}, {span * 0.95, span * 0.5},
               {span * 0.78, span * 0.36}, {span * 0.74, span * 0.12}, {span * 0.56, span * 0.2},
               {span * 0.48, -span * 0.02}, {span * 0.3, span * 0.08}, {span * 0.18, -span * 0.1}}
  local web = extrude(pts, span * 0.018 * th, span * 0.006)
  local bones = union(polyline({{0, 0, 0}, {span * 0.3, span * 0.42, 0}, {span * 0.55, span * 0.62, 0}, {span * 0.95, span * 0.5, 0}}, span * 0.035 * math.sqrt(th), span * 0.012 * th),
                      polyline({{span * 0.55, span * 0.62, 0}, {span * 0.74, span * 0.12, 0}}, span * 0.016 * th, span * 0.008 * th),
                      polyline({{span * 0.55, span * 0.62, 0}, {span * 0.48, -span * 0.02, 0}}, span * 0.016 * th, span * 0.008 * th),
                      polyline({{span * 0.55, span * 0.62, 0}, {span * 0.18, -span * 0.1, 0}}, span * 0.016 * th, span * 0.008 * th))
  -- Span along Z (sideways) and back, rising.
  return web, bones
end

return {
  id = "dragon",
  names = {"dragon", "winged dragon", "western dragon", "green dragon", "wyvern", "drake", "dragon toy", "wyrm"},
  lvis = {},
  family = "creatures",
  size_mm = 1500,
  description = "A winged dragon with horns, spines and a spaded tail",
  params = {neck = {0.9, 1.1}, wing = {0.9, 1.1}, tail = {-20, 20}},
  parts = {
    {"scales", "scales", color = "#3a8a3a", role = "primary", names = {"scales", "body", "skin"}},
    {"belly", "scales", color = "#e0c870", role = "secondary", names = {"belly", "chest", "underside"}},
    {"wings", "leather", color = "#2a6a4a", role = "detail", names = {"wings", "membrane"}},
    {"horns", "bone", color = "#ece0c4", role = "detail", names = {"horns", "claws", "spines", "spikes"}},
    {"eyes", "gloss", color = "#f0c020", role = "fixed"},
  },
  variants = {
    red = {names = {"red dragon", "fire dragon", "fire-breathing dragon"}, colors = {scales = "#b02a22", wings = "#7a1e1a", belly = "#f0b050"}},
  },
  poses = {"flying", "sitting"},
  points = {"head", "neck", "back", "top"},
  build = function(k)
    local soft = k.soft
    local baby = k.variant == "baby" or k.style == "cartoon"
    local fly = k.pose == "flying"
    local L, Hb, W = 280, 150, 150
    local leg = baby and 130 or 200
    local by = leg + Hb * 0.5
    local body = ellipsoid(L, Hb, W):move(0, by, 0)
    body = smooth(50, body, ellipsoid(L * 0.5, Hb * 1.1, W * 1.0):move(L * 0.45, by + 20, 0))
    local scales = body
    local claws = empty()
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        local hip = {sx * L * 0.55, by - Hb * 0.1, sz * W * 0.7}
        local knee, foot
        if fly then
          knee = add(hip, {-60, -leg * 0.45, sz * 30})
          foot = add(knee, {-90, -leg * 0.2, 0})
        else
          knee = {sx * L * 0.55 + (sx > 0 and 30 or -50), leg * 0.55, sz * W * 0.95}
          foot = {sx * L * 0.6 + 20, 24, sz * W * 0.9}
        end
        scales = smooth(25 * soft, scales, limb(hip, knee, sx > 0 and 62 or 78, 40))
        scales = smooth(10, scales, limb(knee, foot, 40, 28))
        scales = smooth(8, scales, ellipsoid(55, 24, 40):move(foot[1] + 25, foot[2], foot[3]))
        for i = -1, 1 do
          claws = claws + cone(9, 1, 28):rotz(-100):move(foot[1] + 72, foot[2] - 8, foot[3] + i * 24)
        end
      end
    end
    -- Neck: an S curve up and forward; head with snout.
    local sc = k.p.neck * (baby and 0.7 or 1)
    local chest = {L * 0.8, by + Hb * 0.3, 0}
    local n1 = add(chest, {140 * sc, 170 * sc, 0})
    local n2 = add(chest, {120 * sc, 380 * sc, 0})
    local hc = add(chest, {200 * sc, 470 * sc, 0})
    local neck = tube({chest, n1, n2, hc}, 95, 55)
    local hr = baby and 95 or 75
    local skull = ellipsoid(hr * 1.1, hr * 0.85, hr * 0.85):move(hc[1], hc[2], 0)
    local snout = limb(add(hc, {hr * 0.5, -hr * 0.1, 0}), add(hc, {hr * (baby and 1.6 or 2.3), -hr * 0.35, 0}), hr * 0.55, hr * 0.42)
    local jaw = limb(add(hc, {hr * 0.2, -hr * 0.5, 0}), add(hc, {hr * (baby and 1.4 or 2.0), -hr * 0.75, 0}), hr * 0.4, hr * 0.25)
    scales = smooth(30 * soft, scales, neck)
    scales = smooth(20, scales, skull, snout, jaw)
    -- Tail: long, curving to the side, ending in a spade.
    local tw = k.p.tail
    local rump = {-L * 0.9, by + 10, 0}
    local tpts = {rump, add(rump, {-200, -90, 40 + tw}), add(rump, {-420, -150, 180 + tw * 2}), add(rump, {-560, -170, 380 + tw * 3}),
                  add(rump, {-560, -160, 560 + tw * 3})}
    scales = smooth(30, scales, tube(tpts, 85, 14))
    local tip = tpts[#tpts]
    local spade = extrude({{0, 0}, {60, 60}, {0, 140}, {-60, 60}}, 14, 4):rotx(-90):move(tip[1], tip[2], tip[3] - 10)
    local shape = scales:part("scales") + spade:part("horns") + claws:part("horns")
    -- Belly plates.
    local belly = intersect(ellipsoid(L * 0.95, Hb * 1.02, W * 0.7):move(10, by, 0), box(L * 3, Hb, W * 3):move(0, by - Hb * 0.6, 0))
    local bands = {}
    for i = 0, 5 do
      local p = lerp(chest, n2, i / 6)
      bands[#bands + 1] = ellipsoid(40, 22, 60):move(p[1] + 60, p[2] - 10, 0)
    end
    shape = shape + belly:part("belly") + union(table.unpack(bands)):part("belly")
    -- Horns, eyes, nostrils.
    for _, z in ipairs({-1, 1}) do
      local hb = add(hc, {-hr * 0.3, hr * 0.55, z * hr * 0.45})
      shape = shape + tube({hb, add(hb, {-hr * 0.5, hr * 0.4, z * hr * 0.15}), add(hb, {-hr * 1.2, hr * 0.6, z * hr * 0.2})}, hr * 0.2, hr * 0.03):part("horns")
      shape = shape + sphere(hr * (baby and 0.25 or 0.17)):move(hc[1] + hr * 0.45, hc[2] + hr * 0.25, z * hr * 0.62):part("eyes")
      shape = shape + sphere(hr * 0.1):move(hc[1] + hr * (baby and 1.55 or 2.25), hc[2] - hr * 0.1, z * hr * 0.2):part("eyes")
    end
    -- Spines along the neck, back and tail.
    local spine = {}
    local path = {n2, n1, chest, {L * 0.3, by + Hb * 0.98, 0}, {-L * 0.4, by + Hb * 0.95, 0}, rump, tpts[2], tpts[3]}
    for i = 1, #path - 1 do
      for j = 0, 1 do
        local p = lerp(path[i], path[i + 1], j * 0.5)
        local r = i <= 2 and 70 or (i <= 3 and 90 or 80)
        if i >= 6 then r = 60 end
        local ptop = {p[1], p[2] + (i <= 3 and r * 0.7 or 0), p[3]}
        spine[#spine + 1] = cone(26, 2, 55):move(ptop[1] - 10, ptop[2] + (i >= 4 and 0 or 0) + (i >= 4 and 0 or 0), ptop[3])
      end
    end
    local back_sp = {}
    for i = 0, 5 do
      local x = L * 0.7 - i * L * 0.32
      back_sp[#back_sp + 1] = cone(28, 2, 60):move(x, by + Hb * 0.88 + (i == 0 and 25 or 0), 0)
    end
    shape = shape + union(table.unpack(back_sp)):part("horns")
    -- Wings from the shoulders.
    local span = (baby and 520 or 900) * k.p.wing
    for _, z in ipairs({-1, 1}) do
      local web, bones = wing(span, z, baby and 3 or 1)
      local rot = fly and 10 or 35
      local w = union(web:part("wings"), bones:part("scales"))
      -- Plane XY → spanning Z: rotate about Y, then raise.
      w = w:roty(z > 0 and -90 or 90):rotz(0)
      w = w:rotx(z * (90 - (fly and 80 or 50)) * -1 + 0):roty(z * -15)
      shape = shape + w:move(L * 0.35, by + Hb * 0.7, z * W * 0.45)
    end
    k.attach("head", add(hc, {-hr * 0.1, hr * 0.8, 0}), hr * 1.8)
    k.attach("neck", lerp(chest, n1, 0.6), 180, {1, 0.5, 0})
    k.attach("back", {-L * 0.1, by + Hb * 1.0, 0}, W * 1.7)
    return shape
  end,
}
