-- A pirate: a tricorn hat, an eyepatch, a bushy beard, a long red coat over a
-- striped shirt, a sash, boots and a cutlass at the hip.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

return {
  id = "pirate",
  names = {"pirate", "pirate captain", "buccaneer", "corsair", "captain hook", "swashbuckler", "privateer", "sea pirate"},
  lvis = {},
  family = "characters",
  size_mm = 1750,
  description = "A pirate captain with a tricorn, eyepatch and beard",
  parts = {
    {"coat", "fabric", color = "#a82028", role = "primary", names = {"coat", "jacket"}},
    {"shirt", "fabric", color = "#f0ece0", role = "secondary", names = {"shirt", "stripes"}},
    {"hat", "leather", color = "#1e1a1c", role = "detail", names = {"hat", "tricorn", "eyepatch", "patch"}},
    {"trousers", "fabric", color = "#3a3030", role = "detail", names = {"trousers", "pants"}},
    {"boots", "leather", color = "#2a1c14", role = "detail", names = {"boots"}},
    {"beard", "fabric", color = "#6a3c1e", role = "detail", names = {"beard", "hair"}},
    {"skin", "skin", color = "#d6a07a", role = "detail", names = {"skin", "face"}},
    {"gold", "gold", color = "#d8aa3a", role = "detail", names = {"trim", "buttons", "buckle", "skull"}},
    {"sash", "fabric", color = "#2a2a6a", role = "detail", names = {"sash", "belt"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "male", girth = 1.05, hair = "long", beard = "full", beard_part = "beard",
      map = {torso = "shirt", upper_arm = "coat", forearm = "coat", thigh = "trousers", shin = "boots", foot = "boots",
             hair = "beard"},
      boots = true, belt = "sash", buckle = "gold", hat_lift = 0.9,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local hr, c = f.head_r, f.head_c
      local hat = O.tricorn(hr * 0.95, {hat = "hat", trim = "gold", emblem = "shirt"})
      local s = O.on_head(f, hat, 0.5)
      -- Eyepatch over the right eye and its strap.
      local eye = {c[1] + hr * 0.8, c[2] + hr * 0.12, hr * 0.31}
      s = s + ellipsoid(hr * 0.1, hr * 0.2, hr * 0.2):move(eye[1] + hr * 0.04, eye[2], eye[3]):part("hat")
      s = s + intersect(torus(hr * 0.95, hr * 0.035):rotz(-18):stretch(1, 1, 0.95), box(hr * 4, hr * 0.3, hr * 4)):move(c[1], c[2] + hr * 0.2, c[3]):part("hat")
      -- Long coat: open at the front, down to the knees.
      local coat = H.skirt(f, f.kR[2] - 2 * u, 1.4, f.y_s - 2 * u, 1.1)
      coat = H.torso(f, 1.06, 0.6 * u) + intersect(coat, box(f.Hh, f.y_waist, f.Hh):move(0, f.y_waist * 0.5, 0))
      coat = subtract(coat, box(f.depth * 2, f.Hh, f.waist * 0.7):move(f.depth * 1.2, f.Hh * 0.5, 0))
      s = s + coat:part("coat")
      -- Stripes on the shirt.
      for i = 0, 3 do
        local y = f.y_waist + i * 5 * u
        s = s + intersect(H.torso(f, 1.01), box(f.Hh, 1.6 * u, f.waist * 0.66):move(0, y, 0)):part("trousers")
      end
      -- Cutlass at the left hip.
      local hip = {f.depth * 0.4, f.y_waist - 2 * u, -f.waist - 4 * u}
      s = s + tube({hip, H.add(hip, {-6 * u, -18 * u, -1 * u}), H.add(hip, {-16 * u, -30 * u, -1 * u})}, 1.5 * u, 0.4 * u):part("gold")
      return s
    end
    return H.build(k, spec)
  end,
}
