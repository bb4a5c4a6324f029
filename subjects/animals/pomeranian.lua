-- A pomeranian: a tiny toy dog that is mostly a ball of fluffy orange fur —
-- a huge ruff round the neck framing a small fox face with a short pointed
-- muzzle, little pricked ears and big dark eyes, short legs lost in the fur,
-- and a plumed tail curled up over the back.
local Q = use and use("quadruped")
local S = use and use("shapes")

local species = {
  body_len = 23, body_h = 16, body_w = 15, chest = 1.1, hips = 1.0, leg_len = 13, leg_r = 3.8, leg_taper = 0.8, 
  neck_len = 10, neck_angle = 55, neck_r = 12, neck_r2 = 11, neck_y = 0.35,
  head_r = 12.5, head_lx = 1.0, head_lz = 1.0,
  snout_len = 7, snout_r = 4.6, snout_taper = 0.6, snout_drop = 8, nose_r = 0.6, cheeks = 0.45,
  ears = "cone", ear_len = 12, ear_r = 6, ear_spread = 0.5, ear_out = 14, ear_flat = 0.5, ear_y = 0.8,
  eye_r = 0.17, eye_fwd = 0.8, eye_side = 0.6, eye_up = 0.3,
  tail = "none", tail_len = 30, tail_r = 8.5,
  marks = {{"chest", part = "light"}, {"belly", part = "light", h = 0.5}},
}

local parts = Q.dressable({
  {"coat", "fur", color = "#e4893a", role = "primary", names = {"coat", "fur", "body", "ruff", "tail"}},
  {"light", "fur", color = "#f4c083", role = "secondary", names = {"chest", "belly"}},
  {"nose", "plastic", color = "#141212", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#120e0c", role = "fixed"},
})

local function rig(k, sp) return Q.framed(k, sp, parts) end

return {
  id = "pomeranian",
  names = {"pomeranian", "pomeranian dog", "pom dog", "pompom dog", "pomerainian", "pomeranean", "zwergspitz", "spitz"},
  lvis = {"dog"},
  family = "animals",
  size_mm = 220,
  description = "A fluffy pomeranian",
  parts = parts,
  variants = {
    white = {names = {"white pomeranian"}, colors = {coat = "#f6f2ea", light = "#fbf8f2"}},
    black = {names = {"black pomeranian"}, colors = {coat = "#1e1c1c", light = "#2c2826"}},
    cream = {names = {"cream pomeranian"}, colors = {coat = "#eed3a6", light = "#f8ead2"}},
  },
  poses = {"sitting", "lying", "running"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local shape, R = rig(k, species)
    local hc, hr = R.hc, R.hr
    -- the big mane-like ruff that frames the face
    local ruff = smooth(hr * 0.3, ellipsoid(hr * 0.9, hr * 1.15, hr * 1.35):move(hc[1] - hr * 0.5, hc[2] - hr * 0.5, 0),
                        ellipsoid(hr * 0.75, hr * 0.85, hr * 1.15):move(hc[1] - hr * 0.25, hc[2] - hr * 0.85, 0))
    -- the plumed tail, curled up from the rump and lying forward over the back
    -- (built in the body's frame, which tips up when sitting)
    local bl, bh, tr, W = R.bl, R.bh, species.tail_r, R.W
    local tail = Q.swell({W(-bl * 0.8, bh * 0.35), W(-bl * 0.98, bh * 0.9), W(-bl * 0.75, bh + tr * 0.7), W(-bl * 0.3, bh + tr * 0.8),
                          W(bl * 0.05, bh + tr * 0.35)}, {tr * 0.45, tr * 0.85, tr, tr * 0.9, tr * 0.55}, 3)
    return shape + ruff:part("coat") + tail:part("coat")
  end,
}
