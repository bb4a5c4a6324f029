-- A hat: a fedora with a pinched crown and a band; variants for a bowler, a
-- wide sun hat, a straw hat, a sombrero, a beret, a Santa hat and a
-- graduation cap.
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})
return {
  id = "hat",
  names = {"hat", "fedora", "trilby", "felt hat", "panama hat", "detective hat", "gangster hat"},
  lvis = {"hat", "fedora", "bowler_hat", "sunhat", "sombrero", "beret"},
  family = "accessories",
  size_mm = 120,
  description = "A felt fedora",
  parts = {
    {"hat", "fabric", color = "#4a3c34", role = "primary", names = {"hat", "crown", "brim"}},
    {"band", "fabric", color = "#1c1a1a", role = "secondary", names = {"band", "ribbon", "hatband", "trim", "tassel"}},
  },
  variants = {
    bowler = {names = {"bowler hat", "bowler", "derby hat"}, colors = {hat = "#1e1e20", band = "#101012"}},
    sun = {names = {"sun hat", "sunhat", "summer hat", "straw hat"}, size_mm = 110, colors = {hat = "#e0c890", band = "#c84a5a"}},
    sombrero = {names = {"sombrero", "mexican hat"}, size_mm = 180, colors = {hat = "#d8b870", band = "#c8382d"}},
    beret = {names = {"beret", "french beret"}, size_mm = 70, colors = {hat = "#1e1e24"}},
    santa = {names = {"santa hat", "christmas hat", "father christmas hat"}, size_mm = 200, colors = {hat = "#c81e24", band = "#f6f6f6"}},
    graduation = {names = {"graduation cap", "mortarboard", "grad cap"}, size_mm = 110, colors = {hat = "#18181c", band = "#e0b830"}},
  },
  attach_to = {"head", "top"},
  build = function(k)
    local R, v, p = 90, k.variant, {hat = "hat", band = "band", trim = "band", tassel = "band"}
    if v == "bowler" then return O.bowler(R, p)
    elseif v == "sombrero" then return O.sombrero(R, p)
    elseif v == "beret" then return O.beret(R, p)
    elseif v == "santa" then return O.santa_hat(R, p)
    elseif v == "graduation" then return O.mortarboard(R, p)
    elseif v == "sun" then
      local crown = intersect(ellipsoid(R * 1.0, R * 0.95, R * 1.0), box(R * 3, R * 2, R * 3):move(0, R, 0))
      local brim = revolve({{R * 0.9, 0}, {R * 2.0, -R * 0.18}, {R * 2.02, -R * 0.12}, {R * 0.9, R * 0.08}})
      local band = cylinder(R * 1.02, R * 0.25):move(0, R * 0.02, 0)
      return union(crown:part("hat"), brim:move(0, R * 0.18, 0):part("hat"), band:part("band"))
    end
    return O.fedora(R, p)
  end,
}
