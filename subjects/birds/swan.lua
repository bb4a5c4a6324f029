-- A swan: a big white body floating level, a long gracefully S-curved neck,
-- a small head with an orange bill and a black knob at its base.
local B = use and use("bird")

local species = {
  body_len = 50, body_h = 22, body_w = 24, pitch = 0, leg_len = 10, leg_r = 3, feet = "webbed", toe_len = 14,
  neck_len = 62, neck_curve = "s", neck_r = 7.5, neck_r2 = 6, head_r = 10, head_lx = 1.2, head_lz = 0.8, neck_x = 0.85, neck_y = 0.3,
  beak = "flat", beak_len = 14, beak_r = 4.2, beak_drop = 30, beak_y = 0.1, knob = true,
  wing_len = 64, wing_w = 26, wing_droop = -6, wing_tip = 0.8,
  tail = "up", tail_len = 14, tail_w = 14, tail_y = 0.3,
  eye_r = 0.12, eye_fwd = 0.35, eye_side = 0.85, eye_up = 0.2,
  default_pose = "swimming",
  marks = {{"mask", part = "marks", r = 0.3}},
}

local parts = {
  {"plumage", "feather", color = "#f8f7f3", role = "primary", names = {"feathers", "plumage", "body"}},
  {"wings", "feather", color = "#f2f0ea", role = "secondary", names = {"wings", "wing"}},
  {"beak", "plastic", color = "#ec7a22", role = "detail", names = {"beak", "bill"}},
  {"marks", "skin", color = "#161414", role = "detail", names = {"knob", "mask"}},
  {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
}

return {
  id = "swan",
  names = {"swan", "mute swan", "cygnet", "trumpeter swan", "white swan"},
  lvis = {},
  family = "birds",
  size_mm = 600,
  description = "A swan",
  parts = parts,
  variants = {
    black = {names = {"black swan"}, colors = {plumage = "#1c1c1e", wings = "#242426", beak = "#d82424", marks = "#f4f4f0"}},
  },
  poses = {"swimming", "standing", "flying"},
  attach_to = {"head", "neck", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k) return B.build(k, species, parts) end,
}
