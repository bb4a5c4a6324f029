-- A koala: a compact grey body sitting up, a big round head with huge fluffy
-- white-edged ears, a large dark oval nose, a pale chest. Asleep (lying), it
-- hunches into a ball with its head slumped onto its folded arms.
local Q = use and use("quadruped")

local species = {
  body_len = 36, body_h = 28, body_w = 24, chest = 1.0, hips = 1.05, leg_len = 20, leg_r = 8, leg_taper = 0.9, paw = 1.0,
  neck_len = 6, neck_angle = 40, neck_r = 20, neck_r2 = 18, neck_y = 0.45,
  head_r = 25, head_lx = 0.9, head_lz = 1.05,
  snout_len = 1, snout_r = 7, snout_taper = 0.9, snout_drop = 18, nose_r = 1.45,
  ears = "round", ear_r = 14, ear_spread = 0.85, ear_part = "light",
  eye_r = 0.07, eye_fwd = 0.8, eye_side = 0.6, eye_up = 0.35,
  tail = "stub", tail_r = 3,
  sit_angle = 65, default_pose = "sitting", sit_neck = 0,
  marks = {{"belly", part = "light", h = 0.35}, {"chest", part = "light"}},
}

local parts = {
  {"coat", "fur", color = "#8f8b88", role = "primary", names = {"fur", "coat", "body"}},
  {"light", "fur", color = "#ece8e2", role = "secondary", names = {"ears", "chest", "belly"}},
  {"nose", "leather", color = "#1e1a1a", role = "detail", names = {"nose"}},
  {"eyes", "plastic", color = "#0e0c0c", role = "fixed"},
}

-- Garments it can be dressed in ("a raccoon in a trench coat").
parts = Q.dressable(parts)

-- Asleep: hunched into a ball of fur as if wedged in a tree fork, the hind
-- feet forward, the arms folded in front of the chest and the big head
-- slumped forward onto them, eyes shut (dark arcs), the large nose down.
local function asleep(k)
  local S = use("shapes")
  local soft = k.soft or 1
  local cartoon = k.style == "cartoon"
  local function v(x) return x * k.rand(0.96, 1.04) end
  local hr = v(26) * (cartoon and 1.15 or 1)
  local bw, bh = v(25), v(30)
  local out = {}
  -- body: a pear leaning forward, round in the back
  local bc = {-2, bh * 0.95, 0}
  local body = smooth(10 * soft,
    ellipsoid(bw * 0.95, bh, bw):rotz(-14):move(bc[1], bc[2], 0),
    ellipsoid(bw * 1.02, bh * 0.6, bw * 1.05):move(0, bh * 0.55, 0))
  local coat = body
  -- hind legs folded, the feet forward on the ground
  local limbs = {}
  for _, z in ipairs({-1, 1}) do
    limbs[#limbs + 1] = ellipsoid(bw * 0.62, bh * 0.42, bw * 0.42):rotz(-12):move(bw * 0.15, bh * 0.42, z * bw * 0.72)
    limbs[#limbs + 1] = ellipsoid(bw * 0.42, bh * 0.17, bw * 0.3):move(bw * 0.72, bh * 0.17, z * bw * 0.62)
  end
  -- arms folded in front of the chest, the paws meeting in the middle
  local ay = bh * 1.05
  for _, z in ipairs({-1, 1}) do
    local sh = {bw * 0.25, bh * 1.5, z * bw * 0.8}
    local el = {bw * 0.8, bh * 0.92, z * bw * 0.78}
    local hand = {bw * 1.12, ay, z * bw * 0.2}
    limbs[#limbs + 1] = tube({sh, el, hand}, bw * 0.3, bw * 0.24)
    limbs[#limbs + 1] = ellipsoid(bw * 0.26, bw * 0.2, bw * 0.26):move(hand[1], hand[2], hand[3])
  end
  coat = smooth(5 * soft, coat, union(table.unpack(limbs)))
  -- head: slumped forward and down, the chin on the folded arms
  local tilt = 45
  local hc = {bw * 0.78, ay + hr * 0.9, 0}
  local yaw = 18  -- turned a little to the near side, lolling
  local function Hd(sh) return sh:rotz(-tilt):roty(-yaw):move(hc[1], hc[2], hc[3]) end
  local function hp(p)
    local a, b = math.rad(-tilt), math.rad(-yaw)
    local x, y = p[1] * math.cos(a) - p[2] * math.sin(a), p[1] * math.sin(a) + p[2] * math.cos(a)
    return {hc[1] + x * math.cos(b) + p[3] * math.sin(b), hc[2] + y, hc[3] - x * math.sin(b) + p[3] * math.cos(b)}
  end
  local head = smooth(4 * soft, ellipsoid(hr * 0.92, hr * 0.95, hr * 1.08),
                      ellipsoid(hr * 0.45, hr * 0.5, hr * 0.55):move(hr * 0.55, -hr * 0.2, 0))
  coat = smooth(6 * soft, coat, Hd(head))
  -- ears: big, round and fluffy, at the top corners of the head
  local ears = {}
  for _, z in ipairs({-1, 1}) do
    -- set on the sides of the head, held more upright than the drooping face
    local p = hp({-hr * 0.2, hr * 0.52, z * hr * 1.02})
    ears[#ears + 1] = ellipsoid(hr * 0.24, hr * 0.52, hr * 0.52):noise(hr * 0.025, hr * 0.2)
      :rotx(z * 30):rotz(-tilt * 0.45):roty(-yaw - z * 20):move(p[1], p[2], p[3])
  end
  out[#out + 1] = union(table.unpack(ears)):part("light")
  -- the big dark nose, an upright oval down the front of the face
  out[#out + 1] = Hd(ellipsoid(hr * 0.22, hr * 0.44, hr * 0.32):rotz(8):move(hr * 0.92, -hr * 0.18, 0)):part("nose")
  -- eyes shut: a dark arc on each side, above the nose
  local lids = {}
  for _, z in ipairs({-1, 1}) do
    local pts = {}
    for i = -2, 2 do
      local t = i / 2
      local ang = math.rad(z * 34 + t * 14 * z)
      local up = 0.2 - 0.06 * (1 - t * t)
      local r = 0.99
      pts[#pts + 1] = {hr * 0.92 * r * math.cos(ang) * math.cos(up), hr * 0.95 * math.sin(up) * 1.0, hr * 1.08 * r * math.sin(ang) * math.cos(up)}
    end
    lids[#lids + 1] = Hd(tube(pts, hr * 0.055, hr * 0.045))
  end
  out[#out + 1] = union(table.unpack(lids)):part("eyes")
  -- pale chest and belly between the arms and the feet
  local belly = intersect(body:round(0.4), ellipsoid(bw * 0.7, bh * 0.8, bw * 0.7):move(bw * 0.8, bh * 0.8, 0))
  out[#out + 1] = belly:part("light")
  -- a stub of tail
  coat = smooth(2, coat, sphere(bw * 0.2):move(-bw * 0.98, bh * 0.3, 0))
  local shape = coat:part("coat")
  for _, o in ipairs(out) do shape = shape + o end
  -- garments the prompt asks for: a band round the body
  local asked = k.asked or {}
  for _, g in ipairs({"sweater", "raincoat", "overcoat"}) do
    if asked[g] then
      shape = shape + intersect(body:round(bh * 0.08), box(bw * 4, bh * 1.3, bw * 4):move(0, bh * 1.2, 0)):part(g)
    end
  end
  k.attach("head", hp({-hr * 0.15, hr * 1.0, 0}), hr * 2.1)
  k.attach("neck", hp({-hr * 0.1, -hr * 1.0, 0}), bw * 1.2, {1, 0.25, 0})
  k.attach("back", {-bw * 0.6, bh * 1.75, 0}, bw * 1.8)
  k.attach("face", hp({hr * 0.95, hr * 0.25, 0}), hr * 1.7, {1, -0.6, 0})
  return shape
end

return {
  id = "koala",
  names = {"koala", "koala bear", "baby koala", "koalla"},
  lvis = {"koala"},
  family = "animals",
  size_mm = 550,
  description = "A koala",
  parts = parts,
  poses = {"sitting", "standing", "lying"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    if k.pose == "lying" then return asleep(k) end
    return Q.build(k, species, parts)
  end,
}
