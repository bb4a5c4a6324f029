-- A beanie: a knitted dome with a turned-up cuff and a pompom.
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})
return {
  id = "beanie",
  names = {"beanie", "beany", "knit hat", "knitted hat", "woolly hat", "wooly hat", "bobble hat", "toque", "tuque",
           "winter hat", "ski hat", "pompom hat", "bobble cap"},
  lvis = {"beanie"},
  family = "accessories",
  size_mm = 150,
  description = "A knitted beanie with a pompom",
  parts = {
    {"hat", "fabric", color = "#3c6e91", role = "primary", names = {"hat", "beanie"}},
    {"cuff", "fabric", color = "#3c6e91", role = "primary", names = {"cuff", "band", "brim", "stripe"}},
    {"pompom", "fabric", color = "#e8e2d4", role = "secondary", names = {"pompom", "pom-pom", "bobble"}},
  },
  variants = {
    plain = {names = {"watch cap", "stocking cap"}},
  },
  attach_to = {"head", "top"},
  build = function(k)
    local s = O.beanie(90, {hat = "hat", cuff = "cuff", pompom = "pompom"}, k.variant ~= "plain")
    -- Knit ribs.
    return s
  end,
}
