-- A griffin: a lion's tawny body, hind legs and tufted tail, with an
-- eagle's white-feathered head, hooked yellow beak, taloned forelegs and
-- great feathered wings.
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})
local function add(a, b) return {a[1] + b[1], a[2] + b[2], a[3] + b[3]} end
local function lerp(a, b, t) return {a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t, a[3] + (b[3] - a[3]) * t} end

return {
  id = "griffin",
  names = {"griffin", "gryphon", "griffon", "eagle lion"},
  lvis = {},
  family = "creatures",
  size_mm = 1500,
  description = "A griffin: an eagle's head and wings on a lion's body",
  params = {tail = {-15, 15}},
  parts = {
    {"body", "fur", color = "#c8944a", role = "primary", names = {"body", "fur", "lion"}},
    {"feathers", "feather", color = "#f2efe6", role = "secondary", names = {"head", "feathers", "neck"}},
    {"wings", "feather", color = "#7a5230", role = "detail", names = {"wings"}},
    {"beak", "bone", color = "#f0c030", role = "detail", names = {"beak", "talons", "claws"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"sitting"},
  points = {"head", "neck", "back", "top"},
  build = function(k)
    local sit = k.pose == "sitting"
    local L, Hb, W = 260, 130, 120
    local leg = 260
    local by = leg + Hb * 0.5
    local body = ellipsoid(L, Hb, W):move(0, by, 0)
    if sit then body = body:rotz(25) end
    local fur = body
    local talons = empty()
    local front = empty()
    for _, sz in ipairs({-1, 1}) do
      -- Lion hind legs.
      local hip = {-L * 0.55, by - Hb * 0.1, sz * W * 0.6}
      local hock = sit and {-L * 0.2, 60, sz * W * 0.8} or {-L * 0.7, leg * 0.45, sz * W * 0.6}
      local paw = sit and {L * 0.1, 30, sz * W * 0.75} or {-L * 0.55, 30, sz * W * 0.6}
      fur = smooth(30, fur, limb(hip, hock, 80, 34), limb(hock, paw, 34, 30), ellipsoid(45, 28, 35):move(paw[1] + 20, 28, paw[3]))
      -- Eagle forelegs: feathered thighs, scaly shins, talons.
      local sh = {L * 0.6, by - Hb * 0.1 + (sit and 60 or 0), sz * W * 0.6}
      local knee = {L * 0.7, leg * 0.5, sz * W * 0.65}
      local foot = {L * 0.72, 20, sz * W * 0.65}
      front = front + limb(sh, knee, 60, 30)
      talons = talons + limb(knee, foot, 20, 16)
      for i = -1, 1 do
        talons = talons + tube({foot, add(foot, {40, -8, i * 25}), add(foot, {60, -16, i * 30})}, 9, 3)
      end
    end
    -- Neck and eagle head.
    local chest = {L * 0.85, by + Hb * 0.3 + (sit and 60 or 0), 0}
    local hc = add(chest, {110, 230, 0})
    local neck = limb(chest, hc, 110, 70)
    local head = sphere(85):stretch(1.15, 1, 0.9):move(hc[1], hc[2], hc[3])
    local feathers = smooth(30, front, neck, head)
    -- A ruff of feathers at the base of the neck.
    local ruff = {}
    for i = 0, 7 do
      local a = math.rad(i * 45)
      ruff[#ruff + 1] = leaf(120, 70, 10, 0.8):rotx(180):rotz(-40):move(0, 40, 0):roty(i * 45):move(chest[1] - 10, chest[2] + 40, 0)
    end
    local shape = fur:part("body") + (feathers + union(table.unpack(ruff))):noise(4, 30):part("feathers") + talons:part("beak")
    -- Hooked beak.
    local b0 = add(hc, {70, -10, 0})
    local beak = tube({b0, add(b0, {60, -5, 0}), add(b0, {95, -30, 0}), add(b0, {88, -60, 0})}, 34, 5)
    shape = shape + beak:part("beak")
    for _, z in ipairs({-1, 1}) do
      shape = shape + sphere(14):move(hc[1] + 50, hc[2] + 25, z * 55):part("eyes")
      -- Ear tufts.
      shape = shape + limb(add(hc, {-40, 60, z * 35}), add(hc, {-90, 120, z * 45}), 18, 4):part("feathers")
    end
    -- Lion tail with a tuft.
    local tw = k.p.tail
    local rump = {-L * 0.95, by + 20, 0}
    local tpts = {rump, add(rump, {-120, -60, tw}), add(rump, {-220, 20, tw * 2}), add(rump, {-260, 120, tw * 3})}
    shape = shape + tube(tpts, 16, 10):part("body")
    shape = shape + sphere(38):stretch(1, 1.4, 1):noise(4, 20):move(tpts[4][1], tpts[4][2] + 20, tpts[4][3]):part("wings")
    -- Wings raised from the shoulders.
    local wings = O.wings(650, {wings = "wings"}, "feather", 15)
    shape = shape + wings:move(L * 0.35, by + Hb * 0.75 + (sit and 40 or 0), 0)
    k.attach("head", add(hc, {-10, 80, 0}), 170)
    k.attach("neck", lerp(chest, hc, 0.4), 150, {1, 0.5, 0})
    k.attach("back", {-L * 0.3, by + Hb * 0.95, 0}, W * 1.6)
    return shape
  end,
}
