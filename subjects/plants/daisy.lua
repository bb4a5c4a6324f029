-- A daisy: many slim white petals around a raised yellow centre on a thin stem.
local P -- the plant library, loaded when building

return {
  id = "daisy",
  names = {"daisy", "white daisy", "oxeye daisy", "marguerite", "chamomile", "camomile", "aster", "daisey"},
  lvis = {},
  family = "plants",
  size_mm = 200,
  description = "A daisy flower",
  params = {height = {170, 210}, petals = {16, 21}, tilt = {35, 50}, lean = {-10, 10}},
  parts = {
    {"petals", "plant", color = "#f8f8f4", role = "primary", names = {"petals", "petal", "flower", "head"}},
    {"centre", "plant", color = "#f2b818", role = "secondary", names = {"centre", "center", "middle", "disc", "eye"}},
    {"stem", "plant", color = "#4a8a34", role = "detail", names = {"stem", "stalk"}},
    {"leaves", "plant", color = "#4f9a3a", role = "detail", names = {"leaves", "leaf"}},
  },
  variants = {
    gerbera = {names = {"gerbera", "gerbera daisy"}, colors = {petals = "#f46a28", centre = "#4a3018"}},
  },
  points = {"top"},
  build = function(k)
    P = use("plant")
    local h = k.p.height
    local top = {k.p.lean, h, k.p.lean * 0.4}
    local n = math.floor(k.p.petals + 0.5)
    local petals, centre = P.flower_head({n = n, len = 38, w = 10, th = 3.4, el = 6, centre = 14, dome = 0.65, tip = 0.35, inset = 8})
    local face = P.dir(0, 90 - k.p.tilt)
    local head = (petals:part("petals") + centre:part("centre")):aim(face, top)
    local stem = P.stem_to(P.sub(top, P.mul(face, 3)), 3.2, {0, 0, 1}, 6):part("stem")
    local leaves = {}
    for i = 0, 2 do
      leaves[#leaves + 1] = P.arch_leaf({0, 2, 0}, h * 0.3, h * 0.09, 3.2, 120 * i + k.rand(0, 40), 45, 0.5, 0.6)
    end
    return union(stem, union(leaves):part("leaves"), head)
  end,
}
