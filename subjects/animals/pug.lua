-- A pug: a small square stocky dog with a big round head, a flat black
-- face with almost no muzzle, a roll of wrinkle over the nose and creases on
-- the brow, big round dark eyes, little black folded ears, and a tail curled
-- tight over the hip; fawn with a black mask.
local Q = use and use("quadruped")
local S = use and use("shapes")

local species = {
  body_len = 31, body_h = 17, body_w = 15, chest = 1.15, hips = 0.95, leg_len = 20, leg_r = 5, leg_taper = 0.85, paw = 0.95,
  stance = 1.05,
  neck_len = 8, neck_angle = 45, neck_r = 14, neck_r2 = 14, neck_y = 0.35,
  head_r = 16, head_lx = 0.95, head_lz = 1.05,
  snout_len = 1, snout_r = 8.5, snout_taper = 0.95, snout_drop = 8, nose_r = 0.5, cheeks = 0.55,
  ears = "side", ear_len = 11, ear_r = 7, ear_droop = 40, ear_part = "mask",
  eye_r = 0.21, eye_fwd = 0.9, eye_side = 0.6, eye_up = 0.3,
  tail = "curl", tail_len = 20, tail_r = 3.6, tail_y = 0.55,
  marks = {{"facemask", part = "mask", h = 0.6, w = 0.75}},
}

local parts = Q.dressable({
  {"coat", "fur", color = "#d6b07a", role = "primary", names = {"coat", "fur", "body"}},
  {"mask", "fur", color = "#1e1a18", role = "secondary", names = {"mask", "face", "muzzle", "ears"}},
  {"wrinkles", "fur", color = "#8a6238", role = "detail", names = {"wrinkles"}},
  {"nose", "plastic", color = "#101010", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#120e0c", role = "fixed"},
})

local function rig(k, sp) return Q.framed(k, sp, parts) end

return {
  id = "pug",
  names = {"pug", "pug dog", "pug puppy", "carlin"},
  lvis = {"dog"},
  family = "animals",
  size_mm = 300,
  description = "A pug",
  parts = parts,
  variants = {
    black = {names = {"black pug"}, colors = {coat = "#22201e", wrinkles = "#2e2a28"}},
  },
  poses = {"sitting", "lying", "running"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local shape, R = rig(k, species)
    local hc, hr, hlx, hlz, sr, tip = R.hc, R.hr, R.hlx, R.hlz, R.sr, R.tip
    -- a point on the skull's surface in direction (a, b, c)
    local function on_head(a, b, c, out)
      local u = S.norm({a, b, c})
      return S.add(hc, S.mul({hlx * u[1], u[2], hlz * u[3]}, hr * (out or 1)))
    end
    -- the black mask over the flat muzzle, reaching up between the eyes
    -- (the eyes themselves stay clear, ringed with fawn)
    local mask = smooth(hr * 0.2, sphere(sr * 1.3):move(tip[1], tip[2], tip[3]),
                        ellipsoid(hr * 0.45, hr * 0.3, hr * 0.6):move(hc[1] + hr * 0.85, hc[2] + hr * 0.05, 0))
    for _, e in ipairs(R.eyes) do mask = subtract(mask, sphere(R.eye_r * 1.3):move(e[1], e[2], e[3])) end
    local paint = intersect(R.head:round(0.45), mask):part("mask")
    -- the roll of skin over the nose, and creases across the brow
    local rt = S.add(tip, {sr * 0.35, sr * 0.75, 0})
    local roll = tube({{rt[1] - sr * 0.45, rt[2] - sr * 0.1, -sr * 0.95}, rt, {rt[1] - sr * 0.45, rt[2] - sr * 0.1, sr * 0.95}}, sr * 0.2, sr * 0.2)
    local creases = {}
    for i, b in ipairs({0.75, 1.1}) do
      local w = 0.6 - i * 0.1
      local pts = {}
      for j = -2, 2 do pts[#pts + 1] = on_head(0.8, b, j * w / 2, 1.03) end
      creases[#creases + 1] = tube(pts, hr * 0.075, hr * 0.075)
    end
    return shape + paint + roll:part("mask") + union(table.unpack(creases)):part("wrinkles")
  end,
}
