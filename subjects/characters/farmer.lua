-- A farmer: a wide straw hat, a checked shirt under blue denim overalls with
-- a bib and straps, rubber boots and a pitchfork at the side.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "farmer",
  names = {"farmer", "farmhand", "rancher in overalls", "gardener", "country man", "hillbilly", "farm worker", "peasant"},
  lvis = {},
  family = "characters",
  size_mm = 1800,
  description = "A farmer in overalls and a straw hat with a pitchfork",
  parts = {
    {"overalls", "fabric", color = "#3a5a8a", role = "primary", names = {"overalls", "dungarees", "trousers"}},
    {"shirt", "fabric", color = "#c83a30", role = "secondary", names = {"shirt", "checks"}},
    {"hat", "plant", color = "#e0c070", role = "detail", names = {"hat", "straw hat", "straw"}},
    {"boots", "rubber", color = "#3a4a2a", role = "detail", names = {"boots"}},
    {"fork", "wood", color = "#8a6a4a", role = "detail", names = {"pitchfork", "handle"}},
    {"metal", "steel", color = "#9aa0a8", role = "detail", names = {"tines", "buttons", "buckles"}},
    {"skin", "skin", color = "#d8a07a", role = "detail", names = {"skin", "face"}},
    {"hair", "fabric", color = "#6a4a2a", role = "detail", names = {"hair", "beard"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "male", girth = 1.05, hair = "short", beard = "short", boots = true,
      map = {torso = "shirt", upper_arm = "shirt", forearm = "shirt", thigh = "overalls", shin = "boots", foot = "boots"},
      hat_lift = 1.2,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      local s = empty()
      -- Straw hat.
      local hat = union(cylinder(hr * 1.85, hr * 0.17, hr * 0.05):move(0, -hr * 0.1, 0), cone(hr * 1.02, hr * 0.85, hr * 0.7)):rotz(-5)
      s = s + hat:move(c[1] - hr * 0.05, c[2] + hr * 0.4, 0):part("hat")
      s = s + cylinder(hr * 1.03, hr * 0.18):move(c[1] - hr * 0.05, c[2] + hr * 0.42, 0):part("shirt")
      -- Overalls: lower torso plus a bib and straps.
      local lower = intersect(H.torso(f, 1.03), box(f.Hh, f.y_waist - f.y_hip + 10 * u, f.Hh):move(0, f.y_hip + (f.y_waist - f.y_hip) * 0.5 - 1 * u, 0))
      local bib = intersect(H.torso(f, 1.04), box(f.Hh, f.y_chest - f.y_waist + 2 * u, f.waist * 1.1):move(f.Hh * 0.5, (f.y_chest + f.y_waist) * 0.5 + 1 * u, 0))
      s = s + union(lower, bib):part("overalls")
      for _, z in ipairs({-1, 1}) do
        s = s + tube({{f.depth * 0.9, f.y_chest + 1 * u, z * f.waist * 0.45}, {0, f.y_s + 1.5 * u, z * f.sw * 0.5}, {-f.depth * 0.95, f.y_chest - 2 * u, z * 3 * u}}, 1.1 * u):part("overalls")
        s = s + sphere(1 * u):move(f.depth * 1.0, f.y_chest, z * f.waist * 0.45):part("metal")
      end
      -- Checks on the shirt sleeves.
      for _, side in ipairs({"L", "R"}) do
        for j = 1, 3 do
          s = s + torus(f.r_upper * 1.0, 0.45 * u):aim(H.norm(H.sub(f["e" .. side], f["s" .. side])), H.lerp(f["s" .. side], f["e" .. side], j / 4)):part("hat")
        end
      end
      -- Pitchfork in the left hand.
      local fl = f.fistL
      local base = {fl[1] + 2 * u, 0, fl[3] - 1 * u}
      local top = {fl[1] + 2 * u, f.y_s + 8 * u, fl[3] - 1 * u}
      s = s + limb(base, top, 1.2 * u):part("fork")
      s = s + box(1 * u, 1 * u, 9 * u):move(top[1], top[2], top[3]):part("metal")
      for i = -1, 1 do s = s + limb({top[1], top[2], top[3] + i * 4 * u}, {top[1], top[2] + 14 * u, top[3] + i * 4 * u}, 0.55 * u, 0.3 * u):part("metal") end
      return s
    end
    return H.build(k, spec)
  end,
}
