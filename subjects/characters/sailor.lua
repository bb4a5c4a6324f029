-- A sailor: a white uniform with a square blue collar and a knotted
-- neckerchief, bell-bottom trousers and a round white sailor's cap.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "sailor",
  names = {"sailor", "seaman", "navy sailor", "mariner", "seafarer", "deckhand"},
  lvis = {},
  family = "characters",
  size_mm = 1750,
  description = "A sailor in a white uniform and cap",
  parts = {
    {"uniform", "fabric", color = "#f6f6f4", role = "primary", names = {"uniform", "shirt", "clothes", "cap", "hat"}},
    {"collar", "fabric", color = "#1e2e6a", role = "secondary", names = {"collar", "trousers", "bands"}},
    {"scarf", "fabric", color = "#c82028", role = "detail", names = {"neckerchief", "scarf", "tie"}},
    {"skin", "skin", color = "#e2b08e", role = "detail", names = {"skin", "face"}},
    {"hair", "fabric", color = "#4a3222", role = "detail", names = {"hair", "beard"}},
    {"shoes", "leather", color = "#141414", role = "detail", names = {"shoes"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  variants = {
    captain = {names = {"sea captain", "ship captain"}, colors = {uniform = "#1e2e5a", collar = "#f4f4f2", hair = "#e8e8e8"}},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local captain = k.variant == "captain"
    local spec = {
      build = "male", hair = "short", beard = captain and "full" or nil,
      map = {torso = "uniform", upper_arm = "uniform", forearm = "uniform", thigh = captain and "uniform" or "collar", shin = captain and "uniform" or "collar"},
      hat_lift = 1.0, cuffs = "collar",
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      local s = empty()
      if captain then
        -- Peaked captain's cap: white top, black visor, gold badge.
        local cap = union(cylinder(hr * 1.0, hr * 0.4), cylinder(hr * 1.2, hr * 0.25, hr * 0.08):move(0, hr * 0.32, 0))
        s = s + cap:move(c[1] - hr * 0.05, c[2] + hr * 0.45, 0):part("collar")
        s = s + intersect(cylinder(hr * 1.1, hr * 0.05):stretch(1.2, 1, 1), box(hr * 3, hr, hr * 3):move(hr * 2, 0, 0)):rotz(-12):move(c[1], c[2] + hr * 0.47, 0):part("shoes")
      else
        -- Round sailor's cap with an upturned brim.
        local cap = union(cylinder(hr * 0.95, hr * 0.35, hr * 0.15), cylinder(hr * 1.08, hr * 0.14, hr * 0.06):move(0, hr * 0.02, 0))
        s = s + cap:rotz(-8):move(c[1] - hr * 0.05, c[2] + hr * 0.62, 0):part("uniform")
        -- Square collar over the shoulders and back, a V at the front.
        local collar = intersect(H.torso(f, 1.04), box(f.Hh, 14 * u, f.Hh):move(0, f.y_s - 5 * u, 0))
        collar = subtract(collar, extrude({{-5 * u, 0}, {5 * u, 0}, {0, -12 * u}}, f.Hh * 0.1):roty(90):move(f.depth + f.Hh * 0.05, f.y_s + 2 * u, 0))
        s = s + collar:part("collar")
        s = s + extrude({{-2.5 * u, 0}, {2.5 * u, 0}, {0, -6 * u}}, 1.2 * u, 0.4 * u):roty(90):move(f.depth + 0.8 * u, f.y_s - 8 * u, 0):part("scarf")
        -- Bell-bottoms.
        for _, side in ipairs({"L", "R"}) do
          local a = f["a" .. side]
          s = s + cone(f.r_ankle * 1.9, f.r_knee * 1.0, 16 * u):move(a[1], a[2] + 1 * u, a[3]):part("collar")
        end
      end
      return s
    end
    return H.build(k, spec)
  end,
}
