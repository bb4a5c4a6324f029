-- A mop: a long wooden handle in a plastic clamp with a tangle of cotton
-- strands splayed out on the floor under it, the handle leaning a little.
-- Variant (also built when the prompt names the bucket or the wringer):
-- the mop standing in a yellow wheeled mop bucket half full of water, a
-- grey wringer press on the far end with its lever up.
local S = use("shapes")

-- The tangle of strands: n tubes from around the clamp out and down to the
-- floor, each ending in a short curl lying on the ground.
local function strands(k, n, cy, spread, lean, thick)
  local ts = {}
  for i = 0, n - 1 do
    local a = (i + k.rand(-0.35, 0.35)) / n * 2 * math.pi
    local far = spread * k.rand(0.62, 1.05) * (1 + 0.18 * math.cos(a) * lean)
    local r0 = k.rand(10, 24)
    local ca, sa = math.cos(a), math.sin(a)
    local swirl = k.rand(-0.5, 0.5)
    local ce, se = math.cos(a + swirl), math.sin(a + swirl)
    local pts = {
      {ca * r0, cy, sa * r0},
      {ca * (r0 + 16), cy - 40, sa * (r0 + 16)},
      {ca * far * 0.5, cy * 0.3, sa * far * 0.5},
      {ca * far * 0.78, thick, sa * far * 0.78},
      {ce * far, thick * 0.85, se * far},
      {ce * far * 1.04 - se * 30, thick * 0.85, se * far * 1.04 + ce * 30},
    }
    ts[#ts + 1] = tube(pts, thick, thick * 0.85)
  end
  return union(ts)
end

local function mop_head(k, cy, spread, lean)
  local tangle = strands(k, 26, cy, spread, lean, 13)
  local core = ellipsoid(spread * 0.36, cy * 0.5, spread * 0.36):move(0, cy * 0.45, 0):noise(8, 30, 2)
  local clamp = cylinder(34, 46, 8):move(0, cy - 10, 0) + cylinder(22, 40, 6):move(0, cy + 30, 0)
  return tangle + core, clamp
end

local function build_bucket(k)
  -- The bucket: a rounded yellow tub along x, on four casters.
  local L, W, H = 420, 300, 300
  local lift = 34
  local outer = box(L, H, W, 40):move(0, lift + H / 2, 0)
  local inner = box(L - 44, H, W - 44, 30):move(0, lift + H / 2 + 14, 0)
  local tub = subtract(outer, inner)
  local rim = subtract(box(L + 14, 16, W + 14, 8), box(L - 44, 30, W - 44, 12)):move(0, lift + H - 8, 0)
  tub = tub + rim
  local casters = {}
  for _, sx in ipairs({1, -1}) do
    for _, sz in ipairs({1, -1}) do
      local x, z = sx * (L / 2 - 50), sz * (W / 2 - 45)
      casters[#casters + 1] = cylinder(17, 16):move(0, -8, 0):rotx(90):move(x, 17, z)
        + cylinder(9, lift - 10):move(x, 20, z)
    end
  end
  -- Water half way up.
  local water = box(L - 30, H * 0.58 - 10, W - 30, 20):move(0, lift + 10 + (H * 0.58 - 10) / 2, 0)
  -- The wringer: a press box sitting over the -x end with a lever arching up.
  local wx = -L / 2 + 95
  local wtop = lift + H + 40
  local wringer = subtract(box(150, 90, W + 20, 14):move(wx, wtop - 30, 0),
                           box(110, 120, W - 50, 10):move(wx + 10, wtop - 30, 0))
  wringer = wringer + box(40, 120, 30, 6):move(wx - 60, lift + H - 30, W / 2 + 4)
                    + box(40, 120, 30, 6):move(wx - 60, lift + H - 30, -W / 2 - 4)
  local lever = union(
    limb({wx - 40, wtop, W / 2 - 10}, {wx - 150, wtop + 360, W / 2 - 30}, 11),
    limb({wx - 40, wtop, -W / 2 + 10}, {wx - 150, wtop + 360, -W / 2 + 30}, 11),
    limb({wx - 150, wtop + 360, W / 2 - 30}, {wx - 150, wtop + 360, -W / 2 + 30}, 13))
  local grip = limb({wx - 150, wtop + 360, W / 2 - 70}, {wx - 150, wtop + 360, -W / 2 + 70}, 17)
  -- The mop standing in the water at the +x end, a few strands hanging
  -- over the rim, its handle leaning back over the wringer.
  local mx = L / 2 - 110
  local floor_y = lift + 14
  local wy = lift + H * 0.58
  local cy = lift + H + 30
  local head = strands(k, 14, cy - floor_y - 20, 130, 0, 14):move(mx, floor_y, 0)
  local blob = ellipsoid(95, 70, 90):noise(6, 24, 2):move(mx, wy + 20, 0)
  head = intersect(head + blob, box(L - 46, H + 200, W - 46, 20):move(0, lift + H / 2 + 100, 0))
  local drape = {}
  for i = 1, 6 do
    local z = -90 + (i - 1) * 36 + k.rand(-10, 10)
    local d = k.rand(70, 170)
    local w = k.rand(-14, 14)
    drape[#drape + 1] = tube({{mx, cy - 20, z * 0.3}, {L / 2 - 14, lift + H + 14, z}, {L / 2 + 20, lift + H - 16, z + w},
                              {L / 2 + 24 + w * 0.5, lift + H - d * 0.6, z - w}, {L / 2 + 20, lift + H - d, z + w * 0.5}}, 13, 10)
  end
  head = head + union(drape) + ellipsoid(60, 40, 60):noise(5, 20, 2):move(mx, cy - 30, 0)
  local clamp = cylinder(34, 46, 8):move(mx, cy - 10, 0) + cylinder(22, 40, 6):move(mx, cy + 30, 0)
  local top = {mx - 300, cy + 1130, 0}
  local handle = limb({mx, cy + 20, 0}, top, 17, 16)
    + cylinder(16, 26, 6):aim(S.norm(S.sub(top, {mx, cy, 0})), S.sub(top, {0, 6, 0}))
  k.attach("top", top, 40)
  return union(tub:part("bucket"), union(casters):part("wringer"), water:part("water"),
    (wringer + lever):part("wringer"), grip:part("clamp"), head:part("strands"), clamp:part("clamp"),
    handle:part("handle"))
end

return {
  id = "mop",
  names = {"mop", "floor mop", "string mop", "wet mop", "cotton mop", "yarn mop", "mop stick", "moppe"},
  lvis = {"mop"},
  family = "household",
  size_mm = 1350,
  description = "A string mop",
  params = {lean = {5, 9}, turn = {0, 360}},
  parts = {
    {"strands", "fabric", color = "#ebe5d4", role = "primary", names = {"strands", "strings", "mop head", "head", "yarn", "cotton", "tassels"}},
    {"handle", "wood", color = "#a8743e", role = "secondary", names = {"handle", "stick", "pole", "shaft"}},
    {"clamp", "plastic", color = "#2a6ac0", role = "detail", names = {"clamp", "socket", "collar", "grip"}},
    {"bucket", "plastic", color = "#f2c418", role = "detail", names = {"bucket", "pail", "tub"}},
    {"wringer", "plastic", color = "#505458", role = "detail", names = {"wringer", "press", "lever", "wheels", "casters"}},
    {"water", "gloss", color = "#8aa6a8", role = "detail", names = {"water", "soapy water"}},
  },
  variants = {
    bucket = {names = {"mop and bucket", "mop with bucket", "mop in a bucket", "mop with a bucket", "mop in bucket",
                       "mop and pail", "wringer bucket", "mop wringer", "janitor bucket", "janitor's bucket",
                       "cleaning bucket", "mop bucket with wringer"},
              size_mm = 1450},
  },
  points = {"top"},
  build = function(k)
    if k.variant == "bucket" or k.asked.bucket or k.asked.wringer then return build_bucket(k) end
    local cy = 150
    local lean = math.rad(k.p.lean)
    local head, clamp = mop_head(k, cy, 300, 1)
    local L = 1300
    local top = {-math.sin(lean) * (L - cy), L, 0}
    local handle = limb({0, cy + 20, 0}, top, 17, 16)
      + cylinder(16, 30, 6):aim(S.norm(S.sub(top, {0, cy, 0})), S.sub(top, {0, 8, 0}))
    k.attach("top", top, 40)
    return union(head:part("strands"), clamp:part("clamp"), handle:part("handle")):roty(k.p.turn)
  end,
}
