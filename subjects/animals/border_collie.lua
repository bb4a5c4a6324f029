-- A border collie: a lithe, medium-sized herding dog, black with a white
-- blaze up the face, white muzzle, a thick white ruff round the neck and
-- chest, white feet and a white tip to its low, feathered tail; the ears
-- stand half up with the tips folded forward.
local Q = use and use("quadruped")
local S = use and use("shapes")

local species = {
  body_len = 50, body_h = 19, body_w = 15, chest = 1.12, hips = 0.94, leg_len = 40, leg_r = 5.5, leg_taper = 0.8, fluffy = 0.9,
  neck_len = 22, neck_angle = 48, neck_r = 12, neck_y = 0.3,
  head_r = 13.5, head_lx = 1.1, head_lz = 0.9,
  snout_len = 14, snout_r = 6.5, snout_taper = 0.7, snout_drop = 10, nose_r = 0.55,
  ears = "cone", ear_len = 14, ear_r = 7.5, ear_spread = 0.55, ear_out = 22, ear_back = -14, ear_flat = 0.4,
  eye_r = 0.13, eye_fwd = 0.8, eye_side = 0.6, eye_up = 0.3,
  tail = "bushy", tail_len = 42, tail_r = 6, tail_lift = 0.12,
  muzzle = "light", muzzle_r = 1.6,
  marks = {{"chest", part = "light"}, {"legs", part = "light", up = -0.55}, {"tail_tip", part = "light", r = 9},
           {"belly", part = "light", h = 0.35}},
}

local parts = Q.dressable({
  {"coat", "fur", color = "#1c1a1a", role = "primary", names = {"coat", "fur", "body", "back"}},
  {"light", "fur", color = "#f4f2ee", role = "secondary", names = {"chest", "ruff", "collar", "blaze", "muzzle", "legs", "paws"}},
  {"nose", "plastic", color = "#141212", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#7a4a22", role = "fixed"},
})

local function rig(k, sp) return Q.framed(k, sp, parts) end

return {
  id = "border_collie",
  names = {"border collie", "collie", "sheepdog", "sheep dog", "herding dog", "rough collie", "bordercollie"},
  lvis = {"dog"},
  family = "animals",
  size_mm = 500,
  description = "A black and white border collie",
  parts = parts,
  variants = {
    red = {names = {"red border collie", "brown border collie"}, colors = {coat = "#7a4424"}},
    merle = {names = {"blue merle collie", "merle border collie", "blue merle"}, colors = {coat = "#6e7078"}},
  },
  poses = {"sitting", "lying", "running"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = species
    if k.pose == "sitting" or k.pose == "lying" then
      -- white feet only where the legs fold under
      sp = {}
      for key, v in pairs(species) do sp[key] = v end
      sp.marks = {{"chest", part = "light"}, {"socks", part = "light", h = k.pose == "lying" and 12 or 10},
                  {"tail_tip", part = "light", r = 9}, {"belly", part = "light", h = 0.35}}
    end
    local shape, R = rig(k, sp)
    local at, hc, hr = R.at, R.hc, R.hr
    -- the neck axis, back from the collar point
    local na = math.rad(math.min(85, sp.neck_angle + (k.pose == "sitting" and 15 or 0)))
    local under = {math.sin(na), -math.cos(na), 0}
    local nr = at.neck.w / 2.2
    local np = S.sub(at.neck.p, S.mul(under, nr * 0.8))
    -- a thick fluffy white ruff round the neck and down the chest
    local ruff = ellipsoid(nr * 1.45, nr * 1.25, nr * 1.35):rotz(math.deg(na) - 90)
      :move(np[1] - math.cos(na) * nr * 0.6 + nr * 0.25, np[2] - math.sin(na) * nr * 0.6, 0)
    ruff = ruff:noise(nr * 0.1, nr * 0.45, 1)
    -- a narrow white blaze up the middle of the face
    local blaze = intersect(R.head:round(0.6), box(hr * 1.6, hr * 3, hr * 0.26):move(hc[1] + hr * 0.85, hc[2] + hr * 0.5, 0))
    return shape + ruff:part("light") + blaze:part("light")
  end,
}
