-- A mime: a white painted face with dark eyes and red lips, a black beret,
-- a black-and-white striped shirt with braces, black trousers, white gloves
-- and a red neckerchief, hands raised against an invisible wall.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "mime",
  names = {"mime", "mime artist", "french mime", "street mime", "pantomime"},
  lvis = {},
  family = "characters",
  size_mm = 1750,
  description = "A mime in a striped shirt and beret",
  parts = {
    {"shirt", "fabric", color = "#f4f4f2", role = "primary", names = {"shirt", "stripes"}},
    {"black", "fabric", color = "#18181c", role = "secondary", names = {"trousers", "beret", "braces", "suspenders"}},
    {"face", "skin", color = "#f8f6f4", role = "detail", names = {"face", "makeup", "gloves"}},
    {"scarf", "fabric", color = "#c82028", role = "detail", names = {"scarf", "neckerchief", "lips"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"sitting"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "slim", hair = "none", arms = "forward",
      map = {head = "face", neck = "face", ears = "face", torso = "shirt", upper_arm = "shirt", forearm = "shirt", hand = "face",
             thigh = "black", shin = "black", foot = "black"},
      face = {mouth = "scarf", eye_size = 0.15}, hat_lift = 0.9,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      local s = empty()
      -- Stripes round the torso and sleeves.
      for i = 0, 6 do
        local y = f.y_hip + 2 * u + i * 5 * u
        s = s + intersect(H.torso(f, 1.02), box(f.Hh, 2.2 * u, f.Hh):move(0, y, 0)):part("black")
      end
      for _, side in ipairs({"L", "R"}) do
        for j = 1, 3 do
          s = s + torus(f.r_upper * 1.0, 0.6 * u):aim(H.norm(H.sub(f["e" .. side], f["s" .. side])), H.lerp(f["s" .. side], f["e" .. side], j / 4)):part("black")
        end
        -- Hands raised flat, palms forward.
        local w = f["w" .. side]
        s = s + box(1.5 * u, 8 * u, 5 * u, 0.8 * u):move(w[1] + 2 * u, w[2] + 4 * u, w[3]):part("face")
      end
      -- Braces.
      for _, z in ipairs({-1, 1}) do
        s = s + tube({{f.depth * 0.95, f.y_hip + 4 * u, z * 5 * u}, {f.depth * 0.7, f.y_s, z * 6 * u}, {0, f.y_s + 1.5 * u, z * 7 * u}}, 0.7 * u):part("black")
      end
      -- Beret and neckerchief.
      s = s + ellipsoid(hr * 1.05, hr * 0.3, hr * 1.0):rotz(-12):move(c[1] - hr * 0.1, c[2] + hr * 0.9, 0):part("black")
      s = s + torus(hr * 0.45, 1.3 * u):move(0.5 * u, f.y_s + 1 * u, 0):part("scarf")
      return s
    end
    return H.build(k, spec)
  end,
}
