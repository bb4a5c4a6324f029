-- A police officer: a peaked cap with a badge, a dark blue uniform shirt
-- with a star badge, a duty belt with a holster and radio, dark trousers
-- and black shoes.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "police_officer",
  names = {"police officer", "policeman", "policewoman", "cop", "police", "officer", "police constable", "bobby", "sheriff's deputy",
           "security guard", "patrolman"},
  lvis = {},
  family = "characters",
  size_mm = 1800,
  description = "A police officer in uniform and cap",
  parts = {
    {"uniform", "fabric", color = "#1e2e5a", role = "primary", names = {"uniform", "shirt", "jacket"}},
    {"trousers", "fabric", color = "#141a30", role = "secondary", names = {"trousers", "pants"}},
    {"cap", "fabric", color = "#141a30", role = "detail", names = {"cap", "hat"}},
    {"badge", "gold", color = "#d8b040", role = "detail", names = {"badge", "star", "buttons"}},
    {"belt", "leather", color = "#141414", role = "detail", names = {"belt", "holster", "shoes", "radio"}},
    {"skin", "skin", color = "#e2b08e", role = "detail", names = {"skin", "face"}},
    {"hair", "fabric", color = "#3a2a1e", role = "detail", names = {"hair"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "male", girth = 1.05, hair = "short",
      map = {torso = "uniform", upper_arm = "uniform", forearm = "uniform", thigh = "trousers", shin = "trousers", foot = "belt"},
      belt = "belt", buckle = "badge", hat_lift = 1.0,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      -- Peaked cap: a flat top over a band, a black visor.
      local band = cylinder(hr * 0.98, hr * 0.4):move(0, 0, 0)
      local top = cylinder(hr * 1.18, hr * 0.22, hr * 0.08):move(0, hr * 0.38, 0)
      local crown = cone(hr * 0.98, hr * 1.15, hr * 0.4):move(0, hr * 0.1, 0)
      local visor = intersect(cylinder(hr * 1.1, hr * 0.05):stretch(1.2, 1, 1), box(hr * 3, hr, hr * 3):move(hr * 1.5 + hr * 0.5, 0, 0)):rotz(-12)
      local cap = union(band, top, crown):part("cap") + visor:part("belt")
      cap = cap + extrude({{-hr * 0.16, 0}, {hr * 0.16, 0}, {0, hr * 0.3}}, hr * 0.05):roty(90):move(hr * 1.02, hr * 0.15, 0):part("badge")
      local s = cap:move(c[1] - hr * 0.05, c[2] + hr * 0.45, 0)
      s = s + star(6, 2.4 * u, 1.2 * u, 0.6 * u):roty(90):move(f.depth * 1.0 + 0.2 * u, f.y_chest, -5 * u):part("badge")
      for i = 0, 3 do s = s + sphere(0.8 * u):move(f.depth * 1.0 + 0.3 * u, f.y_waist + 2 * u + i * 5 * u, 0):part("badge") end
      s = s + box(3 * u, 8 * u, 3 * u, 1 * u):move(1 * u, f.y_hip - 1 * u, f.hw + 2 * u):part("belt")
      s = s + box(2 * u, 6 * u, 3 * u, 0.6 * u):move(f.depth * 0.7, f.y_chest + 3 * u, 6 * u):part("belt")
      return s
    end
    return H.build(k, spec)
  end,
}
