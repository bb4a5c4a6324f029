-- A cowboy hat: a pinched crown and a wide brim curled up at the sides.
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})
return {
  id = "cowboy_hat",
  names = {"cowboy hat", "ten-gallon hat", "stetson", "western hat", "rancher hat", "cowgirl hat"},
  lvis = {"cowboy_hat"},
  family = "accessories",
  size_mm = 130,
  description = "A cowboy hat",
  parts = {
    {"hat", "leather", color = "#9a6a3a", role = "primary", names = {"hat", "crown", "brim"}},
    {"band", "leather", color = "#3a2618", role = "secondary", names = {"band", "hatband"}},
  },
  attach_to = {"head", "top"},
  build = function(k) return O.cowboy_hat(90, {hat = "hat", band = "band"}) end,
}
