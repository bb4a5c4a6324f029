-- A pet bed: a round plush bed for a dog or a cat. A fat padded bolster
-- runs round the rim, pinched into soft puffs by stitched channels and
-- dipped low at the front to step in; inside lies a thick round cushion,
-- all on a flat base with piping round its edge.

return {
  id = "pet_bed",
  names = {"pet bed", "dog bed", "cat bed", "pet cushion", "dog cushion", "cat cushion",
           "donut bed", "doughnut bed", "puppy bed", "kitten bed", "round pet bed", "plush pet bed",
           "calming bed", "pet nest", "dog bed cushion"},
  lvis = {"dog_bed", "cat_bed"},
  family = "household",
  size_mm = 200,
  description = "A round plush pet bed with a padded bolster and a cushion",
  params = {R = {290, 320}, dip = {0.62, 0.75}, puffs = {10, 14}},
  parts = {
    {"bolster", "fabric", color = "#8a6a56", role = "primary", names = {"bolster", "rim", "sides", "bed", "body"}},
    {"cushion", "fur", color = "#efe4d2", role = "secondary", names = {"cushion", "pad", "mattress", "lining"}},
    {"base", "fabric", color = "#4e3a2e", role = "detail", names = {"base", "bottom"}},
    {"piping", "fabric", color = "#efe4d2", role = "detail", names = {"piping", "trim", "edge", "seam"}},
  },
  points = {"inside", "top"},
  build = function(k)
    local R = k.p.R            -- outer radius
    local r = R * 0.23         -- the bolster's tube radius
    local Rc = R - r           -- the bolster's centre ring
    local by = 26              -- the base's top
    local cy = by + r * 0.95   -- the bolster's centre height

    -- The bolster: a torus stood up a little taller than round.
    local bolster = torus(Rc, r):stretch(1, 1.12, 1):move(0, cy, 0)
    -- Stitched channels pinch it into puffs.
    local n = math.floor(k.p.puffs + 0.5)
    local creases = {}
    for i = 0, n - 1 do
      local a = 360 * (i + 0.5) / n
      creases[#creases + 1] = torus(r * 1.05, 6):stretch(1, 1, 1.12):rotx(90):move(Rc, cy, 0):roty(a)
    end
    bolster = smooth_sub(bolster, union(creases), 10)
    -- The low front (towards the viewer) where the pet steps in.
    local front = {math.sin(math.rad(35)), 0, math.cos(math.rad(35))}
    local drop = r * 2 * k.p.dip
    bolster = smooth_sub(bolster, ellipsoid(R * 0.7, r * 1.3, R * 0.45):roty(35):move(front[1] * Rc, cy + 2.25 * r - drop, front[3] * Rc), 30)

    -- The cushion: a plump round pad filling the middle.
    local ci = Rc - r * 0.2
    local ch = 62
    local cushion = smooth(30, cylinder(ci, ch * 0.5, 14):move(0, by - 6, 0),
      ellipsoid(ci * 0.96, ch * 0.75, ci * 0.96):move(0, by + ch * 0.2, 0))
    cushion = intersect(cushion, cylinder(R, by + ch))

    -- The base and its piping.
    local base = cylinder(R - r * 0.35, by + 4, 10)
    local piping = torus(R - r * 0.42, 6):move(0, by - 4, 0)

    k.attach("inside", {0, by + ch * 0.72, 0}, 2 * (Rc - r * 0.6))
    k.attach("top", {0, by + ch * 0.9, 0}, 2 * (Rc - r * 0.6))
    return union(bolster:part("bolster"), cushion:part("cushion"), base:part("base"), piping:part("piping"))
  end,
}
