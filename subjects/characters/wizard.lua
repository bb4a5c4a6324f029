-- A wizard: a long robe with wide sleeves, a tall pointed hat with stars, a
-- long white beard and a gnarled staff with a crystal planted at his side.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

local function staff(f, part, crystal)
  local u = f.u
  local fl = f.fistL
  local base = {fl[1] + 2 * u, 0, fl[3] - 1 * u}
  local top = {fl[1] + 3 * u, f.head_c[2] + f.head_r * 1.6, fl[3] - 2 * u}
  local pts = {base, {base[1] + 0.8 * u, top[2] * 0.35, base[3] + 0.4 * u}, {fl[1] + 2.5 * u, fl[2], fl[3] - 1 * u},
               {top[1] - 0.5 * u, top[2] * 0.85, top[3]}, top}
  local shaft = tube(pts, 1.8 * u, 1.5 * u):noise(0.25 * u, 3 * u)
  local c = {top[1], top[2] + 4 * u, top[3]}
  local claw = empty()
  for i = 0, 2 do
    local a = math.rad(i * 120 + 30)
    claw = claw + tube({top, {c[1] + math.cos(a) * 3.5 * u, c[2] - 1 * u, c[3] + math.sin(a) * 3.5 * u},
                        {c[1] + math.cos(a) * 2 * u, c[2] + 4 * u, c[3] + math.sin(a) * 2 * u}}, 0.9 * u, 0.4 * u)
  end
  return (shaft + claw):part(part) + sphere(3.6 * u):move(c[1], c[2] + 1 * u, c[3]):part(crystal)
end

return {
  id = "wizard",
  names = {"wizard", "sorcerer", "mage", "magician", "merlin", "old wizard", "wise wizard", "druid", "enchanter",
           "conjurer", "archmage"},
  lvis = {},
  family = "characters",
  size_mm = 1800,
  description = "A bearded wizard in a robe and pointed hat with a staff",
  parts = {
    {"robe", "fabric", color = "#2e3c9a", role = "primary", names = {"robe", "cloak", "gown", "clothes"}},
    {"hat", "fabric", color = "#2e3c9a", role = "secondary", names = {"hat", "pointy hat", "wizard hat"}},
    {"beard", "fabric", color = "#e8e6e2", role = "detail", names = {"beard", "hair"}},
    {"skin", "skin", color = "#e2b08e", role = "detail", names = {"skin", "face", "hands"}},
    {"staff", "wood", color = "#6a4a2e", role = "detail", names = {"staff", "stick"}},
    {"crystal", "gloss", color = "#6ad0f8", role = "detail", names = {"crystal", "orb", "gem"}},
    {"stars", "gold", color = "#e8c850", role = "detail", names = {"stars", "star", "moons", "band", "belt"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
    {"shoes", "leather", color = "#3a2a20", role = "detail", names = {"shoes", "boots"}},
  },
  variants = {
    grey = {names = {"gandalf", "grey wizard", "gray wizard"}, colors = {robe = "#8a8c90", hat = "#8a8c90"}},
    dark = {names = {"necromancer", "warlock", "dark wizard"}, colors = {robe = "#2a1e30", hat = "#2a1e30", beard = "#5a5a5a", crystal = "#a030d0"}},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "male", hair = "long", beard = "pointy", beard_part = "beard",
      map = {torso = "robe", upper_arm = "robe", forearm = "robe", thigh = "robe", shin = "robe", hair = "beard"},
      robe = {part = "robe", flare = 2.0}, belt = "stars", hat_lift = 3.2,
    }
    spec.extras = function(kk, f)
      local R = f.head_r * 1.05
      local hat = O.wizard_hat(R, {hat = "hat", band = "stars", stars = "stars"}, {height = 3.4, bend = 0.9, brim = 1.75, thick = 2.5})
      local s = O.on_head(f, hat, 0.42, 4)
      return s + staff(f, "staff", "crystal")
    end
    return H.build(k, spec)
  end,
}
