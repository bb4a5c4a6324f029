-- A caveman: a stocky, hairy prehistoric man with wild hair and beard, a
-- one-shouldered animal-skin tunic with spots, bare feet and a big club.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "caveman",
  names = {"caveman", "cave man", "neanderthal", "prehistoric man", "caveperson", "stone age man", "flintstone"},
  lvis = {},
  family = "characters",
  size_mm = 1700,
  description = "A caveman in an animal skin with a club",
  parts = {
    {"hide", "fur", color = "#d09a4a", role = "primary", names = {"hide", "skin tunic", "tunic", "fur", "clothes"}},
    {"spots", "fur", color = "#3a2616", role = "secondary", names = {"spots"}},
    {"skin", "skin", color = "#c8906a", role = "detail", names = {"skin", "body", "face"}},
    {"hair", "fur", color = "#2a1a10", role = "detail", names = {"hair", "beard"}},
    {"club", "wood", color = "#7a5230", role = "detail", names = {"club"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "stocky", girth = 1.15, hair = "curly", beard = "full",
      map = {torso = "skin", upper_arm = "skin", forearm = "skin", thigh = "skin", shin = "skin", foot = "skin", hair = "hair"},
      face = {nose_size = 0.24}, skirt = {to = 0.62, flare = 1.35, part = "hide"}, hat_lift = 0.9,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      -- Heavy brow.
      local s = ellipsoid(hr * 0.25, hr * 0.14, hr * 0.7):move(c[1] + hr * 0.82, c[2] + hr * 0.32, 0):part("skin")
      -- One-shoulder tunic: the torso below a slanted line from the left shoulder.
      local top = intersect(H.torso(f, 1.04, 0.3 * u), box(f.Hh, f.Hh * 0.5, f.Hh):move(0, -f.Hh * 0.25, 0):rotx(-28):move(0, f.y_chest, 0))
      s = s + top:part("hide")
      s = s + limb({0, f.y_s - 1 * u, -f.sw * 0.6}, {f.depth, f.y_chest - 6 * u, f.waist * 0.6}, 2.5 * u):part("hide")
      local spots = {}
      for i = 0, 8 do
        local a = math.rad(i * 40 + 10)
        spots[#spots + 1] = sphere(2.2 * u):move(math.cos(a) * f.waist * 1.08, f.y_hip + (i % 3) * 5 * u, math.sin(a) * f.waist * 1.12)
      end
      s = s + union(table.unpack(spots)):part("spots")
      -- Club over the right shoulder (unless the prompt gives the hand
      -- something else to hold).
      if kk.holds then return s end
      local fr = f.fistR
      local a = H.add(fr, {-3 * u, -5 * u, 0})
      local b = H.add(fr, {-10 * u, 30 * u, 1 * u})
      s = s + union(limb(a, b, 2 * u, 5.5 * u), sphere(6 * u):move(b)):noise(0.5 * u, 3 * u):part("club")
      return s
    end
    return H.build(k, spec)
  end,
}
