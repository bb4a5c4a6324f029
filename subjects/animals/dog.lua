-- A dog: medium build, floppy ears, a muzzle with a black nose, a wagging tail.
local Q = use and use("quadruped")

local species = {
  body_len = 58, body_h = 24, body_w = 19, chest = 1.08, hips = 0.95, leg_len = 46, leg_r = 6.5,
  neck_len = 24, neck_angle = 52, neck_r = 13, head_r = 17, head_lx = 1.1, head_lz = 0.9,
  snout_len = 17, snout_r = 8.5, snout_taper = 0.8, snout_drop = 10, nose_r = 0.5,
  ears = "flop", ear_len = 22, ear_r = 8, ear_part = "ears",
  tail = "whip", tail_len = 40, tail_r = 4.2, tail_lift = 0.7,
  marks = {{"chest", part = "light"}, {"jaw", part = "light"}},
}

local parts = Q.dressable({
  {"coat", "fur", color = "#b98650", role = "primary", names = {"coat", "fur", "body"}},
  {"ears", "fur", color = "#7a5230", role = "secondary", names = {"ears", "ear"}},
  {"light", "fur", color = "#ecd9b8", role = "detail", names = {"chest", "belly", "muzzle"}},
  {"nose", "plastic", color = "#1a1616", role = "detail", names = {"nose"}},
  {"marks", "fur", color = "#1a1818", role = "detail", names = {"spots"}},
  {"eyes", "plastic", color = "#141416", role = "fixed"},
})

return {
  id = "dog",
  names = {"dog", "hound", "doggy", "doggie", "doggo", "canine", "pooch", "mutt", "labrador", "lab", "labrador retriever", "beagle"},
  lvis = {"dog", "puppy"},
  family = "animals",
  size_mm = 200,
  description = "A dog",
  parts = parts,
  variants = {
    puppy = {names = {"puppy", "pup", "puppy dog"}, size_mm = 120},
    black_lab = {names = {"black labrador", "black lab"}, colors = {coat = "#1f1c1a", ears = "#1f1c1a", light = "#2a2624"}},
    dalmatian = {names = {"dalmatian", "spotted dog", "dalmation", "firehouse dog"}, colors = {coat = "#f4f2ee", ears = "#1a1818", light = "#f4f2ee", marks = "#1a1818"}},
  },
  poses = {"sitting", "lying", "running", "howling", "rearing"},
  attach_to = {"neck", "head", "back"},
  points = {"head", "neck", "back", "face"},
  build = function(k)
    if k.variant == "puppy" then
      local sp = {}
      for key, v in pairs(species) do sp[key] = v end
      sp.head_r, sp.leg_len, sp.body_len, sp.snout_len = 21, 32, 46, 11
      return Q.build(k, sp, parts)
    end
    if k.variant == "dalmatian" then
      local sp = {}
      for key, v in pairs(species) do sp[key] = v end
      sp.leg_len = 52; sp.marks = {{"spots", part = "marks", n = 60, r = 3.2, low = 0.7}}
      return Q.build(k, sp, parts)
    end
    return Q.build(k, species, parts)
  end,
}
