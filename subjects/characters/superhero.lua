-- A superhero: a muscular figure in a skintight suit with an emblem on the
-- chest, a flowing cape, a mask, trunks, a belt and boots. Flies with a fist
-- forward.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "superhero",
  names = {"superhero", "super hero", "superman", "caped hero", "hero", "comic book hero", "masked hero",
           "crusader in a cape"},
  lvis = {},
  family = "characters",
  size_mm = 1850,
  description = "A caped superhero",
  parts = {
    {"suit", "fabric", color = "#2a4ac8", role = "primary", names = {"suit", "costume", "tights"}},
    {"cape", "fabric", color = "#d0202a", role = "secondary", names = {"cape", "cloak", "boots", "trunks"}},
    {"emblem", "paint", color = "#f0c820", role = "detail", names = {"emblem", "logo", "symbol", "belt"}},
    {"mask", "fabric", color = "#1a1a20", role = "detail", names = {"mask"}},
    {"skin", "skin", color = "#e2b08e", role = "detail", names = {"skin", "face"}},
    {"hair", "fabric", color = "#1a1a1c", role = "detail", names = {"hair"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  variants = {
    supergirl = {names = {"supergirl", "superwoman", "superheroine"}},
  },
  poses = {"flying", "running", "sitting"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local girl = k.variant == "supergirl"
    local fly = k.pose == "flying"
    local spec = {
      build = girl and "female" or "male", girth = girl and 1.0 or 1.15, proportions = girl and {} or {shoulders = 0.145, waist = 0.085},
      hair = girl and "long" or "short", boots = true, arms = fly and "up" or "hold",
      map = {torso = "suit", upper_arm = "suit", forearm = "suit", thigh = "suit", shin = "cape", foot = "cape"},
      belt = "emblem", cape = {part = "cape", spread = 1.9, to = fly and 0.3 or 0.05},
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      local s = empty()
      -- Chest emblem: a diamond shield.
      local em = extrude({{0, -6 * u}, {7 * u, 1 * u}, {5 * u, 4 * u}, {-5 * u, 4 * u}, {-7 * u, 1 * u}}, 1 * u, 0.3 * u):roty(90)
      s = s + em:move(f.depth * 1.02 + 0.5 * u, f.y_chest, 0):part("emblem")
      -- Trunks.
      s = s + intersect(H.torso(f, 1.03), box(f.Hh, 8 * u, f.Hh):move(0, f.y_hip, 0)):part("cape")
      s = s + ellipsoid(f.depth * 1.0, f.r_thigh * 1.45, f.hw * 1.05):move(0, f.y_hip - 1 * u, 0):part("cape")
      -- Eye mask.
      s = s + intersect(ellipsoid(hr * 0.99, hr * 1.1, hr * 0.9):move(c[1], c[2], c[3]), box(hr, hr * 0.3, hr * 1.3):move(c[1] + hr * 0.7, c[2] + hr * 0.14, 0)):part("mask")
      return s
    end
    return H.build(k, spec)
  end,
}
