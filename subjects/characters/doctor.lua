-- A doctor: a long white lab coat open over a blue shirt, a stethoscope
-- round the neck and a clipboard in the left hand. Nurses and scientists
-- are variants.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "doctor",
  names = {"doctor", "physician", "medic", "surgeon", "dentist", "vet", "veterinarian"},
  lvis = {},
  family = "characters",
  size_mm = 1750,
  description = "A doctor in a white coat with a stethoscope",
  parts = {
    {"coat", "fabric", color = "#f6f6f4", role = "primary", names = {"coat", "lab coat", "white coat"}},
    {"shirt", "fabric", color = "#6a9ad0", role = "secondary", names = {"shirt", "scrubs", "top"}},
    {"trousers", "fabric", color = "#2e3440", role = "detail", names = {"trousers", "pants"}},
    {"scope", "rubber", color = "#1e1e22", role = "detail", names = {"stethoscope"}},
    {"board", "plastic", color = "#8a6a4a", role = "detail", names = {"clipboard", "board"}},
    {"skin", "skin", color = "#e2b08e", role = "detail", names = {"skin", "face"}},
    {"hair", "fabric", color = "#4a3222", role = "detail", names = {"hair"}},
    {"shoes", "leather", color = "#2a2420", role = "detail", names = {"shoes"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  variants = {
    nurse = {names = {"nurse"}, colors = {coat = "#8ac8d8", shirt = "#8ac8d8", trousers = "#8ac8d8"}},
    scientist = {names = {"scientist", "chemist", "lab technician", "professor", "researcher", "mad scientist"}, colors = {shirt = "#d8d0c0", hair = "#d8d8d8"}},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local nurse = k.variant == "nurse"
    local sci = k.variant == "scientist"
    local spec = {
      build = nurse and "female" or "male", hair = nurse and "bun" or (sci and "curly" or "short"),
      map = {torso = "shirt", upper_arm = "coat", forearm = "coat", thigh = "trousers", shin = "trousers"},
      hat_lift = 0.9,
    }
    if nurse then spec.map.upper_arm = "shirt"; spec.map.forearm = "skin"; spec.map.torso = "coat" end
    spec.extras = function(kk, f)
      local u = f.u
      local s = empty()
      if not nurse then
        local coat = H.skirt(f, f.kR[2] - 3 * u, 1.35, f.y_s - 2 * u, 1.1)
        coat = H.torso(f, 1.05, 0.5 * u) + intersect(coat, box(f.Hh, f.y_waist, f.Hh):move(0, f.y_waist * 0.5, 0))
        coat = subtract(coat, box(f.depth * 2, f.Hh, f.waist * 0.6):move(f.depth * 1.25, f.Hh * 0.5, 0))
        s = s + coat:part("coat")
        -- Lapels.
        for _, z in ipairs({-1, 1}) do
          s = s + box(1 * u, 14 * u, 4 * u, 0.4 * u):rotx(z * 18):move(f.depth * 1.0, f.y_s - 8 * u, z * 5 * u):part("coat")
        end
      end
      -- Stethoscope round the neck, hanging down the front.
      local n = f.y_s + 1 * u
      local pts = {{f.depth * 0.9, f.y_chest - 4 * u, -4 * u}, {f.depth * 0.6, n - 3 * u, -6 * u}, {0, n + 1 * u, -7 * u}, {-f.depth * 0.5, n, 0},
                   {0, n + 1 * u, 7 * u}, {f.depth * 0.6, n - 3 * u, 6 * u}, {f.depth * 0.95, f.y_chest - 8 * u, 4 * u}}
      s = s + tube(pts, 0.7 * u):part("scope")
      s = s + cylinder(1.8 * u, 1 * u):rotz(-90):move(f.depth * 1.0, f.y_chest - 10 * u, 4 * u):part("shoes")
      -- Clipboard in the left hand.
      local fl = f.fistL
      s = s + box(1 * u, 18 * u, 13 * u, 0.5 * u):rotx(0):move(fl[1] + 2 * u, fl[2] + 3 * u, fl[3] - 2 * u):part("board")
      s = s + box(1.2 * u, 14 * u, 10 * u):move(fl[1] + 2.3 * u, fl[2] + 2 * u, fl[3] - 2 * u):part("coat")
      return s
    end
    return H.build(k, spec)
  end,
}
