-- A fox: slim orange body on black-stockinged legs, a narrow pointed muzzle,
-- big pointed ears, a white chest and a big bushy tail with a white tip.
local Q = use and use("quadruped")

local species = {
  body_len = 50, body_h = 17, body_w = 14, chest = 1.05, hips = 0.95, leg_len = 34, leg_r = 4.3,
  neck_len = 18, neck_angle = 42, neck_r = 10, head_r = 13, head_lx = 1.05, head_lz = 1.0,
  snout_len = 17, snout_r = 6, snout_taper = 0.5, snout_drop = 6, nose_r = 0.55, cheeks = 0.5,
  ears = "cone", ear_len = 15, ear_r = 7.5, ear_spread = 0.55, ear_out = 14, ear_flat = 0.4,
  eye_r = 0.13, eye_fwd = 0.8, eye_side = 0.6,
  tail = "bushy", tail_len = 60, tail_r = 11, tail_lift = 0.15,
  marks = {{"chest", part = "light"}, {"jaw", part = "light"}, {"tail_tip", part = "light", r = 12},
           {"socks", part = "marks", h = 18}, {"ears", part = "marks"}},
}

local parts = {
  {"coat", "fur", color = "#d9651e", role = "primary", names = {"coat", "fur", "body"}},
  {"light", "fur", color = "#f6f0e6", role = "secondary", names = {"chest", "tail tip", "belly", "muzzle"}},
  {"marks", "fur", color = "#2a1e18", role = "detail", names = {"legs", "socks", "stockings"}},
  {"nose", "plastic", color = "#161212", role = "detail", names = {"nose"}},
  {"eyes", "gloss", color = "#3a2a10", role = "fixed"},
}

-- Garments it can be dressed in ("a raccoon in a trench coat").
parts = Q.dressable(parts)

return {
  id = "fox",
  names = {"fox", "red fox", "vixen", "foxy", "fox cub", "kit fox"},
  lvis = {},
  family = "animals",
  size_mm = 400,
  description = "A red fox",
  parts = parts,
  variants = {
    arctic = {names = {"arctic fox", "white fox", "snow fox"}, colors = {coat = "#f2f2f0", marks = "#e6e6e2", light = "#ffffff", nose = "#1a1a1a"}},
  },
  poses = {"sitting", "lying", "running", "howling"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return Q.build(k, species, parts) end,
}
