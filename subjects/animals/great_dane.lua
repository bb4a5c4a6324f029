-- A Great Dane: a giant, lean, elegant dog standing very tall on long
-- straight legs, with a deep chest, a tucked-up belly, a long arched neck, a
-- long rectangular head with a deep square muzzle, soft folded ears and a
-- long thin tail; fawn with a black mask, or harlequin (white with torn
-- black patches).
local Q = use and use("quadruped")
local S = use and use("shapes")

local species = {
  body_len = 58, body_h = 21, body_w = 14, chest = 1.28, hips = 0.82, leg_len = 72, leg_r = 6.2, leg_taper = 0.72, knee = 0.12,
  front_x = 0.55, hind_x = -0.62,
  neck_len = 40, neck_angle = 62, neck_r = 11.5, neck_r2 = 9.5, neck_y = 0.45,
  head_r = 16, head_lx = 1.3, head_lz = 0.78, head_tilt = 0.2,
  snout_len = 22, snout_r = 10, snout_taper = 0.9, snout_drop = 12, nose_r = 0.55, jaw = true,
  ears = "flop", ear_len = 18, ear_r = 7, ear_part = "marks",
  eye_r = 0.13, eye_fwd = 0.65, eye_side = 0.6, eye_up = 0.38,
  tail = "whip", tail_len = 50, tail_r = 3.6, tail_lift = -0.45, tail_taper = 0.5, tail_y = 0.45,
}

local parts = Q.dressable({
  {"coat", "fur", color = "#c99a5e", role = "primary", names = {"coat", "fur", "body"}},
  {"marks", "fur", color = "#3a2c26", role = "secondary", names = {"mask", "patches", "spots", "ears", "muzzle"}},
  {"nose", "plastic", color = "#121010", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#2a1a10", role = "fixed"},
})

local function rig(k, sp) return Q.framed(k, sp, parts) end

return {
  id = "great_dane",
  names = {"great dane", "dane", "german mastiff", "deutsche dogge", "scooby doo", "scooby", "greatdane", "great dane dog"},
  lvis = {"dog"},
  family = "animals",
  size_mm = 800,
  description = "A Great Dane",
  parts = parts,
  variants = {
    harlequin = {names = {"harlequin great dane", "harlequin dane", "spotted great dane", "black and white great dane"},
                 colors = {coat = "#f4f2ee", marks = "#1a1818"}},
    blue = {names = {"blue great dane", "grey great dane"}, colors = {coat = "#5e646c", marks = "#4a5058"}},
    black = {names = {"black great dane"}, colors = {coat = "#1e1c1c", marks = "#1e1c1c"}},
    cropped = {names = {"cropped great dane", "great dane with cropped ears"}},
  },
  poses = {"sitting", "lying", "running"},
  attach_to = {"neck", "head", "back", "mouth"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = species
    if k.variant == "harlequin" or k.variant == "cropped" then
      sp = {}
      for key, v in pairs(species) do sp[key] = v end
      if k.variant == "harlequin" then
        sp.marks = {{"patches", part = "marks", n = 9, r = 0.38}, {"spots", part = "marks", n = 14, r = 3.5, low = 0.6}}
      else
        sp.ears = "cone"; sp.ear_len = 22; sp.ear_r = 6; sp.ear_spread = 0.5; sp.ear_out = 8; sp.ear_flat = 0.35
      end
    end
    local shape, R = rig(k, sp)
    if k.variant ~= "" and k.variant ~= "cropped" then return shape end
    -- the black mask over the muzzle, the lips and round the eyes
    local hc, sr, tip, sdir = R.hc, R.sr, R.tip, R.sdir
    local mask = limb(S.lerp(hc, tip, 0.72), S.add(tip, S.mul(sdir, sr)), sr * 1.0, sr * 1.08)
    for _, e in ipairs(R.eyes) do mask = mask + sphere(R.eye_r * 1.6):move(e[1], e[2], e[3]) end
    return shape + intersect(R.head:round(0.45), mask):part("marks")
  end,
}
