-- A horned viking helmet: an iron dome, rim, nose guard and two curved horns.
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})
return {
  id = "viking_helmet",
  names = {"viking helmet", "horned helmet", "helmet with horns", "norse helmet", "barbarian helmet", "viking hat"},
  lvis = {"helmet"},
  family = "accessories",
  size_mm = 230,
  description = "A horned viking helmet",
  parts = {
    {"hat", "iron", color = "#8a8c90", role = "primary", names = {"helmet", "dome"}},
    {"horns", "bone", color = "#e8dcc0", role = "secondary", names = {"horns", "horn"}},
  },
  attach_to = {"head", "top"},
  build = function(k) return O.viking_helmet(90, {hat = "hat", horns = "horns"}) end,
}
