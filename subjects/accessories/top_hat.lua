-- A top hat: a tall black crown with a band and a curled brim.
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})
return {
  id = "top_hat",
  names = {"top hat", "tophat", "silk hat", "high hat", "opera hat", "stovepipe hat", "magician hat", "magician's hat", "tuxedo hat"},
  lvis = {"dress_hat"},
  family = "accessories",
  size_mm = 160,
  description = "A top hat",
  parts = {
    {"hat", "fabric", color = "#1b1b1f", role = "primary", names = {"hat", "crown", "brim"}},
    {"band", "fabric", color = "#7a1f24", role = "secondary", names = {"band", "ribbon", "hatband"}},
  },
  attach_to = {"head", "top"},
  build = function(k) return O.top_hat(90, {hat = "hat", band = "band"}) end,
}
