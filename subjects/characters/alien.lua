-- An alien: a little grey or green figure with a huge bald head, big black
-- almond eyes, a tiny mouth, a thin body with long arms, and antennae on the
-- green variant.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "alien",
  names = {"alien", "extraterrestrial", "space alien", "grey alien", "gray alien", "et", "e.t.", "ufo alien",
           "visitor from space"},
  lvis = {},
  family = "characters",
  size_mm = 1200,
  description = "A big-headed alien with large black eyes",
  parts = {
    {"skin", "skin", color = "#9aa4a8", role = "primary", names = {"skin", "body", "head"}},
    {"eyes", "gloss", color = "#0e0e12", role = "fixed"},
    {"suit", "fabric", color = "#c8ccd4", role = "detail", names = {"suit", "clothes"}},
  },
  variants = {
    green = {names = {"little green man", "martian", "green alien"}, colors = {skin = "#6ac04a"}},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local green = k.variant == "green"
    local spec = {
      build = "slim", head_scale = 2.2, proportions = {legs = 0.5, shoulders = 0.085, hips = 0.065, waist = 0.06},
      girth = 0.7, hair = "none", arms = "down",
      map = {head = "skin", neck = "skin", torso = "skin", upper_arm = "skin", forearm = "skin", hand = "skin",
             thigh = "skin", shin = "skin", foot = "skin", ears = "skin"},
      face = {eyes = false, ears = false, nose = false}, no_head = true, hat_lift = 1.0,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      c = {c[1], c[2] - hr * 0.15, c[3]}
      -- Inverted-pear head: wide cranium, pointed chin.
      local head = loft({
        {y = c[2] - hr * 1.0, rx = hr * 0.18, rz = hr * 0.18, x = c[1] + hr * 0.25},
        {y = c[2] - hr * 0.55, rx = hr * 0.5, rz = hr * 0.5, x = c[1] + hr * 0.15},
        {y = c[2] + hr * 0.1, rx = hr * 0.85, rz = hr * 0.9, x = c[1]},
        {y = c[2] + hr * 0.6, rx = hr * 0.9, rz = hr * 0.95, x = c[1] - hr * 0.05},
        {y = c[2] + hr * 1.05, rx = hr * 0.35, rz = hr * 0.4, x = c[1] - hr * 0.05},
      })
      local s = head:part("skin")
      for _, z in ipairs({-1, 1}) do
        local eye = ellipsoid(hr * 0.16, hr * 0.4, hr * 0.24):rotx(z * 35):move(c[1] + hr * 0.62, c[2] - hr * 0.05, z * hr * 0.38)
        s = s + eye:part("eyes")
        if green then
          local b = {c[1] - hr * 0.1, c[2] + hr * 0.9, z * hr * 0.35}
          s = s + limb(H.add(b, {0, -hr * 0.1, 0}), H.add(b, {0, hr * 0.6, z * hr * 0.3}), hr * 0.09):part("skin")
          s = s + sphere(hr * 0.1):move(b[1], b[2] + hr * 0.62, b[3] + z * hr * 0.31):part("skin")
        end
      end
      s = s + ellipsoid(hr * 0.05, hr * 0.02, hr * 0.1):move(c[1] + hr * 0.5, c[2] - hr * 0.62, 0):part("eyes")
      return s
    end
    return H.build(k, spec)
  end,
}
