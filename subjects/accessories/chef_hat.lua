-- A chef's hat (toque): a white band under a tall pleated puff.
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})
return {
  id = "chef_hat",
  names = {"chef hat", "chef's hat", "chefs hat", "toque blanche", "cook's hat", "cooks hat", "baker's hat"},
  lvis = {"hat"},
  family = "accessories",
  size_mm = 230,
  description = "A white chef's toque",
  parts = {
    {"hat", "fabric", color = "#f4f4f2", role = "primary", names = {"hat", "toque"}},
  },
  attach_to = {"head", "top"},
  build = function(k) return O.chef_hat(90, {hat = "hat"}) end,
}
