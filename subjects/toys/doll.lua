-- A doll: a little girl toy with a big head, big eyes, pigtails, a puffy
-- dress with a white collar and Mary Jane shoes. Rag dolls are a variant.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "doll",
  names = {"doll", "baby doll", "toy doll", "porcelain doll", "dolly", "china doll"},
  lvis = {"doll", "rag_doll"},
  family = "toys",
  size_mm = 350,
  description = "A toy doll in a dress",
  parts = {
    {"dress", "fabric", color = "#e05a8a", role = "primary", names = {"dress", "clothes"}},
    {"hair", "fabric", color = "#e0a040", role = "secondary", names = {"hair", "pigtails"}},
    {"skin", "ceramic", color = "#f6d8c4", role = "detail", names = {"skin", "face"}},
    {"collar", "fabric", color = "#f6f6f2", role = "detail", names = {"collar", "socks", "apron"}},
    {"shoes", "leather", color = "#1e1a1c", role = "detail", names = {"shoes"}},
    {"cheeks", "paint", color = "#f08a8a", role = "detail", names = {"cheeks", "mouth", "lips"}},
    {"eyes", "plastic", color = "#2a4a8a", role = "fixed"},
  },
  variants = {
    rag = {names = {"rag doll", "ragdoll", "cloth doll"}, colors = {hair = "#c8402a", skin = "#f0dcc8", dress = "#4a8ac8"}},
    barbie = {names = {"barbie"}, size_mm = 300, colors = {hair = "#f4dc80", dress = "#f06ab0"}},
  },
  poses = {"sitting"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local barbie = k.variant == "barbie"
    local spec = {
      build = barbie and "female" or "child", head_scale = barbie and 1.05 or 1.35, hair = barbie and "long" or "pigtails",
      arms = "down", face = {eye_size = barbie and 0.14 or 0.22, mouth = "cheeks", nose_size = 0.1},
      map = {head = "skin", neck = "skin", torso = "dress", upper_arm = "dress", forearm = "skin", hand = "skin",
             thigh = "dress", shin = "collar", foot = "shoes", ears = "skin"},
      skirt = {to = barbie and 0.55 or 0.72, flare = 1.8, part = "dress"}, hat_lift = 0.8,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      local s = empty()
      -- Collar and cheeks.
      s = s + intersect(torus(f.sw * 0.5, 2.5 * u):stretch(1.1, 0.6, 1), box(f.Hh, f.Hh, f.Hh):move(f.Hh * 0.5 - f.depth * 0.4, 0, 0)):move(0, f.y_s, 0):part("collar")
      for _, z in ipairs({-1, 1}) do
        s = s + sphere(hr * 0.13):stretch(0.4, 0.8, 1):move(c[1] + hr * 0.86, c[2] - hr * 0.3, z * hr * 0.48):part("cheeks")
      end
      if kk.variant == "rag" then
        -- Button eyes and yarn hair strands.
        for _, z in ipairs({-1, 1}) do s = s + cylinder(hr * 0.18, hr * 0.08):rotz(-90):move(c[1] + hr * 0.9, c[2] + hr * 0.1, z * hr * 0.33):part("shoes") end
      end
      return s
    end
    return H.build(k, spec)
  end,
}
