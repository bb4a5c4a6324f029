-- A graduate: a long black gown with wide sleeves, a mortarboard cap with a
-- gold tassel, and a rolled diploma tied with a red ribbon.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

return {
  id = "graduate",
  names = {"graduate", "graduation", "college graduate", "student in a cap and gown", "grad", "graduating student"},
  lvis = {},
  family = "characters",
  size_mm = 1750,
  description = "A graduate in cap and gown holding a diploma",
  parts = {
    {"gown", "fabric", color = "#18181e", role = "primary", names = {"gown", "robe"}},
    {"tassel", "gold", color = "#e0b830", role = "secondary", names = {"tassel", "trim", "stole"}},
    {"diploma", "paper", color = "#f2ecd8", role = "detail", names = {"diploma", "scroll", "certificate"}},
    {"ribbon", "fabric", color = "#c82028", role = "detail", names = {"ribbon"}},
    {"skin", "skin", color = "#e2b08e", role = "detail", names = {"skin", "face"}},
    {"hair", "fabric", color = "#4a3222", role = "detail", names = {"hair"}},
    {"shoes", "leather", color = "#141414", role = "detail", names = {"shoes"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"sitting"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "male", hair = "short", arms = "wave",
      map = {torso = "gown", upper_arm = "gown", forearm = "gown", thigh = "gown", shin = "gown"},
      robe = {part = "gown", flare = 1.6, flare_sleeve = 2.6}, hat_lift = 1.0,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local s = O.on_head(f, O.mortarboard(f.head_r * 1.05, {hat = "gown", tassel = "tassel"}), 0.45, -10)
      -- Stole down the front.
      for _, z in ipairs({-1, 1}) do
        s = s + box(1 * u, f.y_s - f.y_waist + 4 * u, 4 * u, 0.4 * u):move(f.depth * 1.0, (f.y_s + f.y_waist) * 0.5 - 6 * u, z * 5 * u):part("tassel")
      end
      -- Diploma raised in the waving hand.
      local fr = f.fistR
      s = s + cylinder(1.6 * u, 18 * u):rotx(90):move(fr[1] + 1 * u, fr[2] + 2 * u, fr[3] - 9 * u):part("diploma")
      s = s + torus(1.7 * u, 0.5 * u):rotx(90):move(fr[1] + 1 * u, fr[2] + 2 * u, fr[3] - 3 * u):part("ribbon")
      return s
    end
    return H.build(k, spec)
  end,
}
