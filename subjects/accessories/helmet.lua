-- A helmet: a knight's great helm with an eye slit and a plume; variants for a
-- soldier's round helmet, a bicycle helmet, a hard hat and a space helmet.
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
    {"visor", "gloss", color = "#1c2230", role = "detail", names = {"visor", "faceplate", "face plate", "glass"}},
    {"trim", "plastic", color = "#8a9098", role = "detail", names = {"collar", "neck ring", "ring", "trim", "antenna"}},
    {"light", "gloss", color = "#40c8f0", role = "detail", glows = true, names = {"light", "lights", "lamp", "vent"}},
  },
  variants = {
    army = {names = {"army helmet", "soldier helmet", "military helmet", "combat helmet"}, size_mm = 140,
            colors = {hat = "#5a6440"}},
    bike = {names = {"bike helmet", "bicycle helmet", "cycling helmet"}, size_mm = 150, colors = {hat = "#2a7ad0"}},
    hard_hat = {names = {"hard hat", "construction helmet", "safety helmet"}, size_mm = 140, colors = {hat = "#f0c020"}},
    space = {names = {"space helmet", "sci-fi helmet", "scifi helmet", "astronaut helmet", "spaceman helmet",
                      "futuristic helmet", "spacesuit helmet", "space suit helmet"},
             size_mm = 260, colors = {hat = "#eceef0"}},
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
    elseif k.variant == "space" then
      -- A round white shell on a neck ring, a big dark visor in a raised
      -- frame, a ridge over the crown, panel lines, ear pods with lights and
      -- an antenna.
      local S = R * 1.3
      local cy = R * 0.3 + S * 0.82
      local shell = intersect(sphere(S):move(0, cy, 0), box(S * 3, S * 3, S * 3):move(0, R * 0.3 + S * 1.5, 0))
      local ridge = intersect(sphere(S * 1.05):move(0, cy, 0), box(S * 1.5, S * 2, S * 0.2, S * 0.05):move(-S * 0.38, cy + S, 0))
      local opening = ellipsoid(S * 1.0, S * 0.6, S * 0.86):move(S * 0.82, cy + S * 0.04, 0)
      local frame = intersect(sphere(S * 1.05):move(0, cy, 0),
                              subtract(ellipsoid(S * 1.1, S * 0.72, S * 0.98):move(S * 0.82, cy + S * 0.04, 0), opening))
      local visor = intersect(sphere(S * 1.035):move(0, cy, 0), opening)
      -- panel lines: shallow grooves over the crown, side to side
      local grooves = {}
      for _, a in ipairs({25, 55}) do
        grooves[#grooves + 1] = torus(S, S * 0.04):rotx(90):roty(90):rotz(a):move(0, cy, 0)
      end
      shell = subtract(shell, intersect(union(table.unpack(grooves)), box(S * 3, S * 2, S * 3):move(0, cy + S * 0.9, 0)))
      local collar = cylinder(R * 1.02, R * 0.32, R * 0.06)
      local lip = torus(R * 0.98, R * 0.09):move(0, R * 0.3, 0)
      local trim = union(collar, lip, frame, ridge)
      local pods, lights = {}, {}
      for _, side in ipairs({1, -1}) do
        pods[#pods + 1] = cylinder(S * 0.3, S * 0.16, S * 0.04):rotx(90 * side):move(-S * 0.08, cy - S * 0.05, side * S * 0.93)
        lights[#lights + 1] = cylinder(S * 0.16, S * 0.08, S * 0.03):rotx(90 * side):move(-S * 0.08, cy - S * 0.05, side * S * 1.07)
      end
      local tip = {-S * 0.35, cy + S * 1.15, -S * 0.9}
      local antenna = union(capsule({-S * 0.2, cy + S * 0.3, -S * 0.98}, tip, S * 0.035), sphere(S * 0.07):move(tip[1], tip[2], tip[3]))
      trim = union(trim, union(table.unpack(pods)), antenna)
      return union(shell:part("hat"), trim:part("trim"), visor:part("visor"), union(table.unpack(lights)):part("light"))
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
