-- Rocks, boulders and pebbles: a noise-displaced ellipsoid with a flattened
-- bottom so it rests on the ground.
return {
  id = "rock",
  names = {"rock", "stone", "rocks", "cobblestone"},
  lvis = {},
  family = "nature",
  size_mm = 90,
  description = "A rock",
  params = {sx = {0.5, 0.65}, sy = {0.3, 0.45}, sz = {0.4, 0.55}},
  parts = {
    {"rock", "stone", color = "#8c8984", role = "primary", names = {"rock", "stone"}},
    {"moss", "plant", color = "#5c7a32", role = "detail", names = {"moss", "lichen"}},
  },
  variants = {
    boulder = {names = {"boulder", "big rock", "large rock"}, size_mm = 160},
    pebble = {names = {"pebble", "river stone", "smooth stone", "cobble"}, size_mm = 30},
  },
  build = function(k)
    local pebble, boulder = k.variant == "pebble", k.variant == "boulder"
    local size = boulder and 260 or (pebble and 60 or 150)
    local rx, ry, rz = size * k.p.sx, size * k.p.sy, size * k.p.sz
    if pebble then ry = ry * 0.75 end
    local rough = pebble and 0.02 or (k.style == "realistic" and 0.1 or 0.07)
    local rock = ellipsoid(rx, ry, rz):noise(size * rough, size * 0.6, pebble and 2 or 4)
    if not pebble and k.style ~= "cartoon" then rock = rock:noise(size * 0.012, size * 0.12, 2) end
    local cut = ry * 0.55
    rock = intersect(rock, box(size * 2, size, size * 2):move(0, size * 0.5 - cut, 0))
    return rock:move(0, cut, 0):part("rock")
  end,
}
