-- A golden retriever: a sturdy golden dog with soft floppy ears, feathered
-- fur, a broad head, a kind face and a long plumed tail.
local Q = use and use("quadruped")

local species = {
  body_len = 60, body_h = 25, body_w = 20, chest = 1.1, hips = 0.96, leg_len = 44, leg_r = 7, leg_taper = 0.8, paw = 1.05,
  neck_len = 24, neck_angle = 50, neck_r = 15, neck_y = 0.3, fluffy = 0.9,
  head_r = 18, head_lx = 1.1, head_lz = 0.95,
  snout_len = 16, snout_r = 9, snout_taper = 0.82, snout_drop = 10, nose_r = 0.5,
  ears = "flop", ear_len = 22, ear_r = 8.5,
  eye_r = 0.12, eye_fwd = 0.8, eye_side = 0.55, eye_up = 0.3,
  tail = "bushy", tail_len = 46, tail_r = 6.5, tail_lift = 0.5,
  marks = {{"chest", part = "light"}},
}

local parts = Q.dressable({
  {"coat", "fur", color = "#d9a24e", role = "primary", names = {"coat", "fur", "body"}},
  {"light", "fur", color = "#f0d29a", role = "secondary", names = {"chest", "feathering"}},
  {"nose", "plastic", color = "#1a1616", role = "detail", names = {"nose"}},
  {"eyes", "plastic", color = "#1e140e", role = "fixed"},
})

return {
  id = "golden_retriever",
  names = {"golden retriever", "retriever", "golden lab", "goldie", "golden retriver", "golden dog"},
  lvis = {"dog"},
  family = "animals",
  size_mm = 560,
  description = "A golden retriever",
  parts = parts,
  variants = {
    puppy = {names = {"golden retriever puppy", "retriever puppy"}, size_mm = 250},
  },
  poses = {"sitting", "lying", "running"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    if k.variant == "puppy" then
      local sp = {}
      for key, v in pairs(species) do sp[key] = v end
      sp.head_r, sp.leg_len, sp.body_len, sp.snout_len = 22, 30, 46, 11
      return Q.build(k, sp, parts)
    end
    return Q.build(k, species, parts)
  end,
}
