-- A pirate's tricorn hat with gold trim and a skull emblem.
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})
return {
  id = "pirate_hat",
  names = {"pirate hat", "tricorn", "tricorne", "tricorn hat", "tricorne hat", "three-cornered hat",
           "pirate captain hat", "cocked hat"},
  lvis = {"hat"},
  family = "accessories",
  size_mm = 110,
  description = "A black pirate tricorn with gold trim",
  parts = {
    {"hat", "leather", color = "#1e1a1c", role = "primary", names = {"hat"}},
    {"trim", "gold", color = "#d8aa3a", role = "secondary", names = {"trim", "braid", "edging"}},
    {"emblem", "bone", color = "#f0ead8", role = "detail", names = {"skull", "emblem", "badge"}},
  },
  attach_to = {"head", "top"},
  build = function(k) return O.tricorn(90, {hat = "hat", trim = "trim", emblem = "emblem"}) end,
}
