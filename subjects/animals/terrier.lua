-- A terrier. The plain one is a Jack Russell: a small, square, wiry dog,
-- white with tan on the head and ears and a tan patch on the rump, a white
-- blaze and muzzle, little folded button ears and a short tail held straight
-- up. The yorkie (Yorkshire terrier) is a toy dog in a long silky coat
-- parted down the back and falling to the feet, steel blue over the body
-- and golden tan on the head and legs, with pricked ears and a bow in its
-- topknot. The scottie (Scottish terrier) is black, long and low on stubby
-- legs, with a long square head, a long beard and bushy eyebrows, pricked
-- ears, a skirt of fur under the body and an upright carrot tail; the westie
-- is the same dog in white.
local Q = use and use("quadruped")
local S = use and use("shapes")

local jack = {
  body_len = 34, body_h = 14, body_w = 11.5, chest = 1.1, hips = 0.95, leg_len = 26, leg_r = 4.4, leg_taper = 0.8,
  neck_len = 16, neck_angle = 52, neck_r = 10, neck_y = 0.3,
  head_r = 11.5, head_lx = 1.1, head_lz = 0.9,
  snout_len = 11, snout_r = 5.5, snout_taper = 0.75, snout_drop = 10, nose_r = 0.55,
  ears = "flop", ear_len = 12, ear_r = 5.5, ear_part = "tan",
  eye_r = 0.14, eye_fwd = 0.8, eye_side = 0.6, eye_up = 0.32,
  tail = "whip", tail_len = 13, tail_r = 3, tail_lift = 1.0, tail_taper = 0.7, tail_y = 0.55,
  muzzle = "coat", muzzle_r = 1.5,
  marks = {{"head", part = "tan"}},
}

local yorkie = {
  body_len = 24, body_h = 11, body_w = 9.5, chest = 1.05, hips = 0.95, leg_len = 15, leg_r = 3.4, leg_taper = 0.85,
  neck_len = 12, neck_angle = 58, neck_r = 8, neck_y = 0.3,
  head_r = 10, head_lx = 1.0, head_lz = 0.95,
  snout_len = 6, snout_r = 4, snout_taper = 0.7, snout_drop = 8, nose_r = 0.6,
  ears = "cone", ear_len = 12, ear_r = 5.5, ear_spread = 0.55, ear_out = 20, ear_flat = 0.4, ear_part = "tan",
  eye_r = 0.15, eye_fwd = 0.8, eye_side = 0.6, eye_up = 0.3,
  tail = "whip", tail_len = 12, tail_r = 3, tail_lift = 1.0, tail_y = 0.5,
  marks = {{"head", part = "tan"}, {"chest", part = "tan"}, {"socks", part = "tan", h = 7}},
}

local scottie = {
  body_len = 36, body_h = 14.5, body_w = 12.5, chest = 1.1, hips = 0.95, leg_len = 12, leg_r = 5, leg_taper = 0.9, paw = 1.05,
  neck_len = 16, neck_angle = 50, neck_r = 10.5, neck_y = 0.35,
  head_r = 10, head_lx = 1.35, head_lz = 0.85, head_tilt = 0,
  snout_len = 14, snout_r = 6.2, snout_taper = 0.95, snout_drop = 3, nose_r = 0.55,
  ears = "cone", ear_len = 13, ear_r = 6, ear_spread = 0.45, ear_out = 10, ear_flat = 0.4, ear_back = 4,
  eye_r = 0.12, eye_fwd = 0.55, eye_side = 0.62, eye_up = 0.45,
  tail = "none", tail_len = 17, tail_r = 4.4,
}

local parts = Q.dressable({
  {"coat", "fur", color = "#f4f0e8", role = "primary", names = {"coat", "fur", "body"}},
  {"tan", "fur", color = "#b4723a", role = "secondary", names = {"patches", "head", "ears", "tan", "markings"}},
  {"bow", "fabric", color = "#d42a4a", role = "detail", names = {"bow", "ribbon"}},
  {"nose", "plastic", color = "#141212", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#120e0c", role = "fixed"},
})

local function rig(k, sp) return Q.framed(k, sp, parts) end

-- Long hair hanging from the body's sides towards the floor: a skirt.
local function skirt(R, floor, flare)
  local bl, bh, bw, C = R.bl, R.bh, R.bw, R.C
  local top = C[2] + bh * 0.5
  return loft({{y = floor, rx = bl * 0.86, rz = bw * (1.0 + flare), x = C[1]},
               {y = floor + (top - floor) * 0.5, rx = bl * 0.92, rz = bw * (0.98 + flare * 0.5), x = C[1]},
               {y = top, rx = bl * 0.8, rz = bw * 0.82, x = C[1]}}):rotz(math.deg(R.a) * 0.5)
end

return {
  id = "terrier",
  names = {"terrier", "jack russell", "jack russell terrier", "jack russel", "parson russell terrier", "fox terrier", "rat terrier",
           "terrier dog"},
  lvis = {"dog"},
  family = "animals",
  size_mm = 300,
  description = "A Jack Russell terrier",
  parts = parts,
  variants = {
    yorkie = {names = {"yorkie", "yorkshire terrier", "yorky", "yorkshire", "silky terrier"}, size_mm = 220,
              colors = {coat = "#56606e", tan = "#c8975c"}},
    scottie = {names = {"scottie", "scottish terrier", "scotty dog", "scottie dog", "scotty", "aberdeen terrier"}, size_mm = 260,
               colors = {coat = "#302d2c", tan = "#4e4a48"}},
    westie = {names = {"westie", "west highland terrier", "west highland white terrier", "white scottie"}, size_mm = 260,
              colors = {coat = "#f6f4ee", tan = "#ece8de"}},
  },
  poses = {"sitting", "lying", "running"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local v = k.variant
    local sp = (v == "yorkie" and yorkie) or ((v == "scottie" or v == "westie") and scottie) or jack
    local shape, R = rig(k, sp)
    local hc, hr, sr, tip, W, C, bl, bh, bw = R.hc, R.hr, R.sr, R.tip, R.W, R.C, R.bl, R.bh, R.bw
    if sp == jack then
      -- a white blaze up between the eyes, and a tan patch over the rump
      local blaze = intersect(R.head:round(0.6), box(hr * 1.6, hr * 3, hr * 0.3):move(hc[1] + hr * 0.75, hc[2] + hr * 0.4, 0))
      local r = W(-bl * 0.55, bh * 0.75)
      local patch = intersect(R.body:round(0.45), ellipsoid(bh * 0.8, bh * 0.6, bw * 1.3):move(r[1], r[2], 0))
      return shape + blaze:part("coat") + patch:part("tan")
    elseif sp == yorkie then
      -- the long silky steel-blue coat hanging from a parting down the back
      -- to the feet, a topknot tied with a bow, and long hair falling from
      -- the muzzle
      local floor = k.pose == "lying" and 0.5 or sp.leg_len * 0.4
      local coat = skirt(R, floor, 0.15)
      coat = subtract(coat, box(bl * 3, bh * 0.5, 0.8):move(C[1], C[2] + bh * 0.95, 0))
      local top = S.add(hc, {-hr * 0.15, hr * 0.95, 0})
      local knot = ellipsoid(hr * 0.35, hr * 0.45, hr * 0.35):move(top[1], top[2], 0)
      local bow = union(ellipsoid(hr * 0.22, hr * 0.28, hr * 0.4):rotx(40):move(top[1], top[2] + hr * 0.35, hr * 0.35),
                        ellipsoid(hr * 0.22, hr * 0.28, hr * 0.4):rotx(-40):move(top[1], top[2] + hr * 0.35, -hr * 0.35),
                        sphere(hr * 0.18):move(top[1], top[2] + hr * 0.35, 0))
      local falls = {}
      for _, sz in ipairs({-1, 1}) do
        falls[#falls + 1] = ellipsoid(hr * 0.5, hr * 1.0, hr * 0.35):move(hc[1] + hr * 0.15, hc[2] - hr * 0.55, sz * hr * 0.62)
      end
      return shape + coat:part("coat") + knot:part("tan") + bow:part("bow") + union(table.unpack(falls)):part("tan")
    else
      -- bushy eyebrows jutting over the eyes
      local brows = {}
      for _, e in ipairs(R.eyes) do
        brows[#brows + 1] = cone(hr * 0.32, hr * 0.08, hr * 0.75):rotz(-62):move(e[1] - hr * 0.25, e[2] + hr * 0.2, e[3] * 0.85)
      end
      -- a long beard under the muzzle (made squat, roughened, then drawn
      -- out tall, so the roughness hangs in strands)
      local bl_ = sp.snout_len + hr * 0.5
      local beard = ellipsoid(bl_ * 0.55, sr * 1.35, sr * 0.9):rotz(-14)
        :move(tip[1] - bl_ * 0.4, tip[2] - sr * 1.05, 0):stretch(1, 1 / 3, 1):noise(0.3, 1.5):stretch(1, 3, 1)
      -- a thick upright carrot tail
      local tr = sp.tail_r
      local tail = limb(W(-bl * 0.88, bh * 0.45), W(-bl * 1.02, bh * 0.45 + sp.tail_len), tr, tr * 0.35)
      -- a skirt of long fur hanging under the chest and belly
      local floor = k.pose == "lying" and 0.5 or sp.leg_len * 0.45
      local fur = skirt(R, floor, 0.1)
      return shape + union(table.unpack(brows)):part("tan") + beard:part("tan") + fur:part("coat") + tail:part("coat")
    end
  end,
}
