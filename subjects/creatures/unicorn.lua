-- A unicorn: a white horse with a long face, arched neck, flowing pastel
-- mane and tail, slender legs with hooves, and a spiral horn on the
-- forehead. The pegasus variant has feathered wings instead of the horn.
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

local function add(a, b) return {a[1] + b[1], a[2] + b[2], a[3] + b[3]} end
local function lerp(a, b, t) return {a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t, a[3] + (b[3] - a[3]) * t} end

return {
  id = "unicorn",
  names = {"unicorn", "magical horse", "unicorn horse"},
  lvis = {},
  family = "creatures",
  size_mm = 1700,
  description = "A white unicorn with a spiral horn and a rainbow mane",
  params = {neck = {0.95, 1.05}, tail = {-10, 10}},
  parts = {
    {"coat", "fur", color = "#f8f6f4", role = "primary", names = {"coat", "body", "fur"}},
    {"mane", "fur", color = "#d080d8", role = "secondary", names = {"mane", "tail", "hair"}},
    {"horn", "gold", color = "#f0c848", role = "detail", names = {"horn"}},
    {"hooves", "plastic", color = "#d8b860", role = "detail", names = {"hooves", "hoofs"}},
    {"wings", "feather", color = "#fbfaf6", role = "detail", names = {"wings"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  variants = {
    pegasus = {names = {"pegasus", "winged horse", "flying horse"}},
    alicorn = {names = {"alicorn"}},
  },
  poses = {"running", "lying"},
  points = {"head", "neck", "back", "top"},
  build = function(k)
    local soft = k.soft
    local run = k.pose == "running"
    local lie = k.pose == "lying"
    local L, Hb, W = 330, 175, 150
    local leg = lie and 30 or 520
    local by = leg + Hb * 0.55
    local body = ellipsoid(L, Hb, W * 0.95):move(0, by, 0)
    body = smooth(60, body, ellipsoid(L * 0.45, Hb * 1.05, W):move(L * 0.55, by + 15, 0), ellipsoid(L * 0.45, Hb, W * 0.95):move(-L * 0.55, by + 10, 0))
    local coat = body
    local hooves = empty()
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        local hip = {sx * L * 0.62, by - Hb * 0.2, sz * W * 0.5}
        local knee, foot
        if lie then
          knee = {sx * L * 0.5 + 120, 60, sz * W * 0.8}
          foot = {sx * L * 0.5 + 260, 28, sz * W * 0.7}
        elseif run then
          local ph = sx > 0 and (sz > 0 and 40 or 20) or (sz > 0 and -35 or -15)
          local a = math.rad(ph)
          knee = add(hip, {math.sin(a) * leg * 0.5, -math.cos(a) * leg * 0.5, 0})
          local b2 = math.rad(ph + (sx > 0 and -70 or 30))
          foot = add(knee, {math.sin(b2) * leg * 0.5, -math.cos(b2) * leg * 0.5, 0})
        else
          knee = {sx * L * 0.64 + (sx > 0 and 0 or -15), leg * 0.5, sz * W * 0.5}
          foot = {sx * L * 0.64, 40, sz * W * 0.5}
        end
        local thigh = limb(hip, knee, sx > 0 and 62 or 75, 32)
        local shin = limb(knee, foot, 30, 24)
        coat = smooth(30 * soft, coat, thigh)
        coat = smooth(8, coat, shin)
        local d = {foot[1] - knee[1], foot[2] - knee[2], foot[3] - knee[3]}
        hooves = hooves + cylinder(32, 50, 6):move(foot[1], foot[2] - 40, foot[3])
      end
    end
    -- Neck rising forward, long head angled down.
    local sc = k.p.neck
    local chest = {L * 0.8, by + Hb * 0.3, 0}
    local poll = {L * 1.25, by + Hb * 0.3 + 420 * sc, 0}
    local neck = limb(chest, poll, 120, 60)
    local head_a = add(poll, {0, 10, 0})
    local muzzle = add(poll, {260, -170, 0})
    local head = smooth(40, limb(head_a, muzzle, 70, 52), sphere(78):move(head_a[1] + 10, head_a[2], 0))
    coat = smooth(50 * soft, coat, neck)
    coat = smooth(30, coat, head)
    local shape = coat:part("coat") + hooves:part("hooves")
    -- Ears.
    for _, z in ipairs({-1, 1}) do
      shape = smooth(8, shape, limb(add(head_a, {-15, 55, z * 35}), add(head_a, {-30, 140, z * 45}), 22, 5):part("coat"))
      shape = shape + sphere(16):move(head_a[1] + 95, head_a[2] - 40, z * 48):part("eyes")
      shape = shape + sphere(10):move(muzzle[1] + 15, muzzle[2] + 15, z * 22):part("eyes")
    end
    -- Mane: a crest of locks along the neck and a forelock.
    local locks = {}
    for i = 0, 7 do
      local t = i / 7
      local p = lerp(add(poll, {-50, 40, 0}), add(chest, {-90, 90, 0}), t)
      locks[#locks + 1] = tube({p, add(p, {-70, -30, 18}), add(p, {-110, -120, 30})}, 34, 10)
    end
    locks[#locks + 1] = tube({add(head_a, {10, 70, 0}), add(head_a, {60, 50, 0}), add(head_a, {90, 0, 0})}, 24, 8)
    local mane = smooth(20, table.unpack(locks)):part("mane")
    -- Tail: a flowing plume.
    local rump = {-L * 1.05, by + Hb * 0.4, 0}
    local tw = k.p.tail
    local tail = tube({rump, add(rump, {-120, -20, tw * 3}), add(rump, {-190, -200, tw * 6}), add(rump, {-170, -430, tw * 4})}, 55, 22)
    shape = shape + mane + tail:noise(6, 40):part("mane")
    -- The horn: a twisted cone from the forehead.
    local hb = add(head_a, {70, 60, 0})
    if k.variant ~= "pegasus" then
      local dir = {0.55, 0.83, 0}
      local horn = cone(22, 3, 280)
      local ridge = {}
      for i = 0, 5 do
        ridge[#ridge + 1] = torus(22 * (1 - i / 6) + 2, 5):move(0, i * 280 / 6 + 20, 0)
      end
      horn = smooth(4, horn, union(table.unpack(ridge)))
      shape = shape + horn:aim(dir, hb):part("horn")
    end
    if k.variant == "pegasus" or k.variant == "alicorn" then
      local wings = O.wings(900, {wings = "wings"}, "feather")
      shape = shape + wings:move(L * 0.3, by + Hb * 0.7, 0)
    end
    k.attach("head", add(head_a, {20, 75, 0}), 150)
    k.attach("neck", lerp(chest, poll, 0.35), 160, {1, 0.4, 0})
    k.attach("back", {0, by + Hb * 0.95, 0}, W * 1.7)
    return shape
  end,
}
