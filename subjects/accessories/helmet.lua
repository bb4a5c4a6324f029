-- A helmet: a knight's great helm with an eye slit and a plume; variants for a
-- soldier's round helmet and a bicycle helmet.
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})
return {
  id = "helmet",
  names = {"helmet", "knight helmet", "knight's helmet", "knights helmet", "great helm", "helm", "armor helmet",
           "armour helmet", "medieval helmet"},
  lvis = {"helmet"},
  family = "accessories",
  size_mm = 220,
  description = "A knight's helmet",
  parts = {
    {"hat", "steel", color = "#b4b8be", role = "primary", names = {"helmet", "shell"}},
    {"plume", "feather", color = "#c8282d", role = "secondary", names = {"plume", "feather", "feathers", "crest"}},
    {"strap", "leather", color = "#3a2a20", role = "detail", names = {"strap", "chin strap"}},
  },
  variants = {
    army = {names = {"army helmet", "soldier helmet", "military helmet", "combat helmet"}, size_mm = 140,
            colors = {hat = "#5a6440"}},
    bike = {names = {"bike helmet", "bicycle helmet", "cycling helmet"}, size_mm = 150, colors = {hat = "#2a7ad0"}},
    hard_hat = {names = {"hard hat", "construction helmet", "safety helmet"}, size_mm = 140, colors = {hat = "#f0c020"}},
  },
  attach_to = {"head", "top"},
  build = function(k)
    local R = 90
    if k.variant == "army" then
      return O.round_helmet(R, {hat = "hat", strap = "strap"})
    elseif k.variant == "hard_hat" then
      local dome = intersect(ellipsoid(R * 1.05, R * 1.0, R * 1.0), box(R * 3, R * 2, R * 3):move(0, R, 0))
      local ridge = intersect(ellipsoid(R * 1.1, R * 1.05, R * 0.25), box(R * 3, R * 2, R * 3):move(0, R, 0))
      local brim = cylinder(R * 1.0, R * 0.08):stretch(1.45, 1, 1.15):move(R * 0.18, 0, 0)
      return smooth(R * 0.05, dome, ridge, brim):part("hat")
    elseif k.variant == "bike" then
      local shell = intersect(ellipsoid(R * 1.3, R * 0.95, R * 1.08), box(R * 3, R * 2, R * 3):move(0, R, 0))
      local vents = {}
      for i = -1, 1 do vents[#vents + 1] = box(R * 1.6, R * 0.3, R * 0.16, R * 0.07):move(0, R * 0.9, i * R * 0.42) end
      shell = subtract(shell, union(table.unpack(vents)))
      local visor = box(R * 0.35, R * 0.06, R * 1.2, R * 0.02):rotz(-15):move(R * 1.3, R * 0.3, 0)
      return union(shell:part("hat"), visor:part("hat"))
    end
    return O.great_helm(R, {hat = "hat"}, "plume")
  end,
}
