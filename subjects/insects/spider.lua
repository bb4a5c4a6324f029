-- A spider: a small cephalothorax and a big round abdomen, eight long legs
-- arching high and out to the ground, a cluster of eyes and fangs.
local I = use and use("insect")

local species = {
  height = 12, abdomen = {15, 13, 13}, thorax = {9, 6, 8}, head_r = 4.5, waist = 0.9, neck = 0.2, head_y = -1,
  abdomen_y = 3, abdomen_tilt = 20,
  leg_pairs = 4, leg_r = 1.5, leg_span = 3.6, knee_h = 1.4,
  eye_r = 0.3, eye_fwd = 0.8, eye_up = 0.5, mandibles = true,
}

local parts = {
  {"body", "fur", color = "#2a2220", role = "primary", names = {"body"}},
  {"abdomen", "fur", color = "#2e2422", role = "secondary", names = {"abdomen", "back"}},
  {"legs", "fur", color = "#241c1a", role = "detail", names = {"legs"}},
  {"marks", "fur", color = "#d82020", role = "detail", names = {"markings", "hourglass"}},
  {"eyes", "gloss", color = "#d02020", role = "fixed"},
}

return {
  id = "spider",
  names = {"spider", "house spider", "wolf spider", "spidey", "arachnid", "garden spider"},
  lvis = {"spider"},
  family = "insects",
  size_mm = 30,
  description = "A spider",
  parts = parts,
  variants = {
    tarantula = {names = {"tarantula"}, size_mm = 60, colors = {body = "#3a2a22", abdomen = "#4a3226", legs = "#3a2a22"}},
    black_widow = {names = {"black widow"}, colors = {body = "#111", abdomen = "#111", legs = "#111"}},
  },
  attach_to = {"head", "back"},
  points = {"head", "back", "face"},
  build = function(k)
    local sp = species
    if k.variant == "tarantula" then
      sp = {}
      for key, v in pairs(species) do sp[key] = v end
      sp.fuzzy = 0.7; sp.leg_r = 2.4; sp.leg_span = 3.0
    end
    return I.build(k, sp, parts)
  end,
}
