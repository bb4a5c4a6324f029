-- A ninja: a black suit, a hood and mask leaving a band for the eyes, a
-- sash with trailing ends, wrapped shins and a katana on the back.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "ninja",
  names = {"ninja", "shinobi", "assassin", "ninja warrior", "kunoichi"},
  lvis = {},
  family = "characters",
  size_mm = 1750,
  description = "A ninja in black with a mask and a katana on the back",
  parts = {
    {"suit", "fabric", color = "#1c1c22", role = "primary", names = {"suit", "clothes", "outfit", "mask", "hood"}},
    {"sash", "fabric", color = "#b02028", role = "secondary", names = {"sash", "belt", "headband"}},
    {"skin", "skin", color = "#e2b08e", role = "detail", names = {"skin", "face", "eyes band"}},
    {"sword", "steel", color = "#c8ccd2", role = "detail", names = {"katana", "sword", "blade"}},
    {"hilt", "leather", color = "#2a2a30", role = "detail", names = {"hilt", "handle", "grip", "wraps"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "slim", proportions = {shoulders = 0.11},
      map = {head = "suit", neck = "suit", torso = "suit", upper_arm = "suit", forearm = "suit", hand = "suit",
             thigh = "suit", shin = "suit", foot = "suit", ears = "suit"},
      face = {ears = false, nose = false, eye_size = 0.12}, hair = "none", belt = "sash", cuffs = "sash",
    }
    spec.extras = function(kk, f)
      local u = f.u
      local hr, c = f.head_r, f.head_c
      -- The bare band across the eyes.
      local band = intersect(ellipsoid(hr * 0.97, hr * 1.1, hr * 0.9):move(c[1] + hr * 0.01, c[2], c[3]),
                             box(hr * 2, hr * 0.36, hr * 1.5):move(c[1] + hr * 0.7, c[2] + hr * 0.14, c[3]))
      local s = band:part("skin")
      -- Headband knot with tails.
      local knot = {c[1] - hr * 0.95, c[2] + hr * 0.45, 0}
      s = s + intersect(torus(hr * 0.99, hr * 0.08):stretch(1, 1, 0.92):rotz(-8):move(c[1], c[2] + hr * 0.47, c[3]), box(hr * 4, hr, hr * 4)):part("sash")
      s = s + tube({knot, H.add(knot, {-hr * 0.4, -hr * 0.3, hr * 0.15}), H.add(knot, {-hr * 0.7, -hr * 0.9, hr * 0.25})}, hr * 0.08, hr * 0.05):part("sash")
      -- Sash tails at the hip.
      local hip = {f.depth * 0.5, f.y_waist - 1 * u, f.waist * 0.9}
      s = s + tube({hip, H.add(hip, {1 * u, -6 * u, 1.5 * u}), H.add(hip, {0, -14 * u, 2 * u})}, 1.2 * u, 0.8 * u):stretch(1, 1, 1):part("sash")
      -- Katana across the back, hilt over the right shoulder.
      local a = {-f.depth - 2 * u, f.y_hip - 2 * u, -f.sw * 0.7}
      local b = {-f.depth - 2 * u, f.y_s + 14 * u, f.sw * 0.75}
      local mid = H.lerp(a, b, 0.72)
      s = s + limb(a, mid, 1.6 * u, 1.6 * u):part("suit")
      s = s + limb(mid, b, 1.2 * u, 1.2 * u):part("hilt")
      s = s + cylinder(2.6 * u, 0.8 * u):aim(H.norm(H.sub(b, a)), mid):part("sword")
      return s
    end
    return H.build(k, spec)
  end,
}
