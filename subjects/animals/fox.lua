-- A fox: slim orange body on black-stockinged legs, a narrow pointed muzzle,
-- big pointed ears, a white chest and a big bushy tail with a white tip.
local Q = use and use("quadruped")

local species = {
  body_len = 50, body_h = 17, body_w = 14, chest = 1.05, hips = 0.95, leg_len = 34, leg_r = 4.3,
  neck_len = 18, neck_angle = 42, neck_r = 10, head_r = 13, head_lx = 1.05, head_lz = 1.0,
  snout_len = 17, snout_r = 6, snout_taper = 0.5, snout_drop = 6, nose_r = 0.55, cheeks = 0.5,
  ears = "cone", ear_len = 15, ear_r = 7.5, ear_spread = 0.55, ear_out = 14, ear_flat = 0.4,
  eye_r = 0.13, eye_fwd = 0.8, eye_side = 0.6,
  tail = "bushy", tail_len = 60, tail_r = 11, tail_lift = 0.15,
  marks = {{"chest", part = "light"}, {"jaw", part = "light"}, {"tail_tip", part = "light", r = 12},
           {"socks", part = "marks", h = 18}, {"ears", part = "marks"}},
}

local parts = {
  {"coat", "fur", color = "#d9651e", role = "primary", names = {"coat", "fur", "body"}},
  {"light", "fur", color = "#f6f0e6", role = "secondary", names = {"chest", "tail tip", "belly", "muzzle"}},
  {"marks", "fur", color = "#2a1e18", role = "detail", names = {"legs", "socks", "stockings"}},
  {"nose", "plastic", color = "#161212", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#3a2a10", role = "fixed"},
}

-- The kitsune is a white fox with red ear tips and nine bushy tails fanned
-- out behind it, each with a red tip; the rig builds it without a tail and
-- the nine are added on its frame.
local kitsune = {}
for key, v in pairs(species) do kitsune[key] = v end
kitsune.tail = "none"
kitsune.tail_len, kitsune.tail_r = 80, 11
kitsune.marks = {{"chest", part = "light"}, {"jaw", part = "light"}, {"ears", part = "marks"}}

local function nine_tails(k)
  local shape, R = Q.framed(k, kitsune, parts)
  local bl, bh = R.bl, R.bh
  local tl, tr = kitsune.tail_len, kitsune.tail_r
  local hp = kitsune.hips
  -- the root the rig would give a tail: just inside the haunch
  local ty = bh * 0.3
  local hy = (ty - (hp - 1) * bh * 0.4) / (bh * hp)
  local rx = math.max(-bl * 0.96, -bl * 0.38 - bl * 0.6 * math.sqrt(math.max(0, 1 - hy * hy)) + tr * 0.5)
  local W = R.W
  if k.pose == "howling" then
    -- the rig sits a howling animal; its frame is the sitting one
    local a = math.rad(kitsune.sit_angle or 40)
    local ca, sa = math.cos(a), math.sin(a)
    local cy = bh * 0.25 + bl * 0.85 * sa + bh * 0.6 * ca
    W = function(x, y, z) return {x * ca - y * sa, cy + x * sa + y * ca, z or 0} end
  end
  local root = W(rx, ty, 0)
  local tails, tips = {}, {}
  for i = 0, 8 do
    local t = i / 8 * 2 - 1
    local th = math.rad(t * 84 + k.rand(-3, 3))
    local up, side = math.cos(th), math.sin(th)
    local L = tl * k.rand(0.95, 1.05) * (1 - 0.15 * math.abs(t))
    local function at(back, out) return {root[1] - L * back, root[2] + L * out * up, root[3] + L * out * side} end
    -- alternate tails reach further back, so the fan has depth
    local b = (i % 2 == 0) and 1.1 or 0.8
    local pts = {root, at(0.25 * b, 0.12), at(0.45 * b, 0.42), at(0.5 * b, 0.72), at(0.42 * b, 1.02)}
    for _, p in ipairs(pts) do if p[2] < tr * 0.9 then p[2] = tr * 0.9 end end
    tails[#tails + 1] = Q.swell(pts, {tr * 0.4, tr * 0.85, tr, tr * 0.8, tr * 0.2}, 2)
    tips[#tips + 1] = sphere(tr * 1.25):move(table.unpack(at(0.44 * b, 0.96)))
  end
  -- a red flick above each eye, painted on the head
  local flicks = {}
  for _, e in ipairs(R.eyes) do
    flicks[#flicks + 1] = ellipsoid(R.hr * 0.5, R.hr * 0.16, R.hr * 0.5):rotz(-25):move(e[1] - R.hr * 0.22, e[2] + R.hr * 0.2, e[3])
  end
  if k.pose ~= "howling" then tips[#tips + 1] = intersect(R.head:round(0.9), union(table.unpack(flicks))) end
  local all = union(table.unpack(tails))
  return shape + all:part("coat") + intersect(union(all:round(0.45), R.head:round(0.9)), union(table.unpack(tips))):part("marks")
end

-- Garments it can be dressed in ("a raccoon in a trench coat").
parts = Q.dressable(parts)

return {
  id = "fox",
  names = {"fox", "red fox", "vixen", "foxy", "fox cub", "kit fox"},
  lvis = {},
  family = "animals",
  size_mm = 400,
  description = "A red fox",
  parts = parts,
  variants = {
    arctic = {names = {"arctic fox", "white fox", "snow fox"}, colors = {coat = "#f2f2f0", marks = "#e6e6e2", light = "#ffffff", nose = "#1a1a1a"}},
    kitsune = {names = {"nine-tailed fox", "nine tailed fox", "kitsune", "fox spirit", "kumiho", "huli jing", "ninetailed fox",
                        "nine tail fox", "kyubi", "kyuubi"},
               colors = {coat = "#f8f6f1", light = "#ffffff", marks = "#e2461e", nose = "#1a1212"}},
  },
  poses = {"sitting", "lying", "running", "howling"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    if k.variant == "kitsune" then return nine_tails(k) end
    return Q.build(k, species, parts)
  end,
}
