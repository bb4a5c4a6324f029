-- A deer: a slim body on long thin legs with small hooves, a long upright
-- neck, a narrow head with big ears out to the sides, branching antlers,
-- a white belly, throat and tail.
local Q = use and use("quadruped")

local species = {
  body_len = 56, body_h = 24, body_w = 17, chest = 1.05, hips = 1.0, leg_len = 78, leg_r = 4.5, leg_taper = 0.6,
  feet = "hoof", knee = 0.14,
  neck_len = 40, neck_angle = 64, neck_r = 12, neck_r2 = 8.5, neck_y = 0.35,
  head_r = 12, head_lx = 1.15, head_lz = 0.8, head_tilt = 0.5,
  snout_len = 16, snout_r = 6.5, snout_taper = 0.65, snout_drop = 30, nose_r = 0.55,
  ears = "side", ear_len = 17, ear_r = 8, ear_droop = -25, ear_back = 15,
  horns = "antlers", horn_len = 44, horn_r = 2.2,
  eye_r = 0.16, eye_fwd = 0.45, eye_side = 0.8,
  tail = "stub", tail_r = 5, tail_y = 0.5,
  marks = {{"belly", part = "light", h = 0.45}, {"throat", part = "light"}, {"tail", part = "light"}},
}

local parts = {
  {"coat", "fur", color = "#a8703e", role = "primary", names = {"coat", "fur", "body"}},
  {"light", "fur", color = "#f4ece0", role = "secondary", names = {"belly", "throat", "tail"}},
  {"horns", "bone", color = "#cdb48a", role = "detail", names = {"antlers", "antler", "horns"}},
  {"hooves", "bone", color = "#2a2420", role = "detail", names = {"hooves"}},
  {"nose", "plastic", color = "#141212", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

-- Garments it can be dressed in ("a raccoon in a trench coat").
parts = Q.dressable(parts)

return {
  id = "deer",
  names = {"deer", "stag", "buck", "roe deer", "red deer", "white-tailed deer", "whitetail", "cervid", "hart"},
  lvis = {"deer", "elk"},
  family = "animals",
  size_mm = 1300,
  description = "A deer with antlers",
  parts = parts,
  variants = {
    doe = {names = {"doe", "hind"}, size_mm = 1000},
    fawn = {names = {"fawn", "bambi"}, size_mm = 700},
    reindeer = {names = {"reindeer", "caribou"}, colors = {coat = "#7a6250", light = "#eee8dc"}},
    moose = {names = {"moose", "elk"}, size_mm = 2000, colors = {coat = "#4a3626", light = "#6e5640"}},
    gazelle = {names = {"gazelle", "antelope", "impala", "springbok", "thomson's gazelle"}, size_mm = 900, colors = {coat = "#c8925a", light = "#f6f0e6", horns = "#2a2420"}},
  },
  poses = {"lying", "running"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    local sp = {}
    for key, v in pairs(species) do sp[key] = v end
    if k.variant == "doe" or k.variant == "fawn" then sp.horns = nil end
    if k.variant == "fawn" then
      sp.head_r = 14; sp.neck_len = 30; sp.body_len = 44; sp.ear_len = 20
      sp.marks = {{"spots", part = "light", n = 26, r = 3.5}, {"belly", part = "light", h = 0.45}, {"tail", part = "light"}}
    end
    if k.variant == "gazelle" then
      sp.horns = "goat"; sp.horn_len = 30; sp.horn_r = 2.4; sp.ears = "side"; sp.ear_len = 14
      sp.marks = {{"belly", part = "light", h = 0.5}, {"throat", part = "light"}, {"tail", part = "light"}}
    end
    if k.variant == "reindeer" then sp.horn_len = 56; sp.horn_r = 2.6 end
    if k.variant == "moose" then sp.horn_len = 40; sp.horn_r = 3.2; sp.humps = {0.5}; sp.hump_h = 0.5; sp.snout_len = 28; sp.snout_r = 9; sp.snout_taper = 1.1; sp.neck_angle = 30; sp.neck_len = 28; sp.neck_r = 17 end
    return Q.build(k, sp, parts)
  end,
}
