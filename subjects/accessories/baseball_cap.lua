-- A baseball cap: a six-panel dome with a button and a curved bill to the front.
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})
return {
  id = "baseball_cap",
  names = {"baseball cap", "cap", "ball cap", "trucker cap", "trucker hat", "snapback", "golf cap",
           "jockey cap", "sports cap", "dad hat"},
  lvis = {"baseball_cap", "cap_(headwear)"},
  family = "accessories",
  size_mm = 80,
  description = "A baseball cap",
  parts = {
    {"hat", "fabric", color = "#c8282d", role = "primary", names = {"cap", "hat", "crown"}},
    {"bill", "fabric", color = "#1e2a50", role = "secondary", names = {"bill", "visor", "peak", "brim"}},
  },
  attach_to = {"head", "top"},
  build = function(k) return O.cap(90, {hat = "hat", bill = "bill"}) end,
}
