-- A party hat: a striped paper cone with a pompom.
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})
return {
  id = "party_hat",
  names = {"party hat", "birthday hat", "paper hat", "cone party hat", "celebration hat"},
  lvis = {"hat"},
  family = "accessories",
  size_mm = 200,
  description = "A striped cone party hat with a pompom",
  parts = {
    {"hat", "paper", color = "#3a8ad8", role = "primary", names = {"hat", "cone"}},
    {"stripes", "paper", color = "#f0d030", role = "secondary", names = {"stripes", "stripe", "bands"}},
    {"pompom", "fabric", color = "#e83a6a", role = "detail", names = {"pompom", "pom-pom", "bobble", "tassel"}},
  },
  attach_to = {"head", "top"},
  build = function(k) return O.party_hat(80, {hat = "hat", stripes = "stripes", pompom = "pompom"}):rotz(-6) end,
}
