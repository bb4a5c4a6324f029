-- A hedgehog: a small round body covered in a coat of brown spines, a
-- pointed pale face with a black button nose, tiny legs.
local Q = use and use("quadruped")

local species = {
  body_len = 30, body_h = 20, body_w = 20, chest = 1.0, hips = 1.05, leg_len = 5, leg_r = 3, leg_taper = 0.9,
  neck_len = 4, neck_angle = 10, neck_r = 12, neck_r2 = 10, neck_y = -0.1, neck_x = 0.8,
  head_r = 11, head_lx = 1.1, head_lz = 0.9,
  snout_len = 10, snout_r = 5, snout_taper = 0.5, snout_drop = 12, nose_r = 0.8,
  ears = "round", ear_r = 3.5, ear_spread = 0.65,
  eye_r = 0.14, eye_fwd = 0.6, eye_side = 0.75, eye_up = 0.3,
  tail = "stub", tail_r = 2,
  spines = 260, spine_len = 12,
  marks = {{"face", part = "light"}, {"belly", part = "light", h = 0.5}},
}

local parts = {
  {"spines", "fur", color = "#6a4a30", role = "primary", names = {"spines", "quills", "prickles"}},
  {"coat", "fur", color = "#8a6a4c", role = "secondary", names = {"body", "fur"}},
  {"light", "fur", color = "#e6d6bc", role = "detail", names = {"face", "belly"}},
  {"nose", "plastic", color = "#141212", role = "detail", names = {"nose"}},
  {"eyes", "plastic", color = "#0e0c0c", role = "fixed"},
}

-- Garments it can be dressed in ("a raccoon in a trench coat").
parts = Q.dressable(parts)

return {
  id = "hedgehog",
  names = {"hedgehog", "hedge hog", "hedgie", "sonic hedgehog", "urchin hedgehog"},
  lvis = {},
  family = "animals",
  size_mm = 120,
  description = "A hedgehog",
  parts = parts,
  variants = {
    porcupine = {names = {"porcupine"}, size_mm = 400},
  },
  poses = {"lying"},
  attach_to = {"head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    if k.variant == "porcupine" then
      local sp = {}
      for key, v in pairs(species) do sp[key] = v end
      sp.spine_len = 26; sp.spines = 180; sp.leg_len = 12
      return Q.build(k, sp, parts)
    end
    return Q.build(k, species, parts)
  end,
}
