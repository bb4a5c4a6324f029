-- A wizard's or witch's hat: a tall cone bending at the tip over a wide brim.
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})
return {
  id = "wizard_hat",
  names = {"wizard hat", "wizard's hat", "pointy hat", "pointed hat", "sorcerer hat", "magic hat", "mage hat",
           "cone hat"},
  lvis = {"hat"},
  family = "accessories",
  size_mm = 330,
  description = "A tall pointed wizard's hat with a brim",
  params = {height = {3.1, 3.7}, bend = {0.6, 1.2}},
  parts = {
    {"hat", "fabric", color = "#34409a", role = "primary", names = {"hat", "cone", "brim"}},
    {"band", "fabric", color = "#d8b040", role = "secondary", names = {"band", "ribbon", "hatband"}},
    {"stars", "gold", color = "#e8c850", role = "detail", names = {"stars", "star"}},
  },
  variants = {
    witch = {names = {"witch hat", "witch's hat", "witches hat"}, colors = {hat = "#1c1a22", band = "#6a2c8a"}},
  },
  attach_to = {"head", "top"},
  build = function(k)
    local witch = k.variant == "witch"
    return O.wizard_hat(90, {hat = "hat", band = "band", stars = (not witch) and "stars" or nil},
                        {height = k.p.height, bend = k.p.bend, brim = witch and 1.7 or 1.5})
  end,
}
