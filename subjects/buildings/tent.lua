-- A tent: a ridge tent with sloping fabric sides, an open triangular door
-- flap at the front, poles and guy ropes to pegs; a round tipi as a variant.
local B = use and use("building")

return {
  id = "tent",
  names = {"tent", "camping tent", "ridge tent", "pup tent", "a-frame tent", "canvas tent", "scout tent"},
  lvis = {},
  family = "buildings",
  size_mm = 1300,
  description = "A camping tent with an open door flap",
  params = {w = {300, 340}, d = {220, 250}, h = {170, 190}},
  parts = {
    {"canvas", "fabric", color = "#d86a28", role = "primary", names = {"canvas", "fabric", "tent", "fly"}},
    {"inside", "fabric", color = "#3a2a1e", role = "fixed"},
    {"poles", "wood", color = "#7a5a3a", role = "detail", names = {"poles", "pole", "ropes", "pegs"}},
    {"flap", "fabric", color = "#e8c070", role = "secondary", names = {"flap", "door", "trim"}},
  },
  variants = {
    tipi = {names = {"tipi", "teepee", "tepee"}, size_mm = 4000, colors = {canvas = "#e4d2a8", flap = "#a84a2a"}},
  },
  points = {"top", "inside"},
  build = function(k)
    if k.variant == "tipi" then
      local r, h = k.p.d * 0.6, k.p.h * 1.6
      local cover = cone(r, r * 0.12, h * 0.85)
      local poles = radial(capsule({r * 0.1, h * 0.8, 0}, {-r * 0.06, h * 1.05, 0}, 3), 7)
      local band1 = intersect(cone(r + 1.5, r * 0.12 + 1.5, h * 0.85), box(4 * r, 14, 4 * r):move(0, h * 0.3, 0))
      local band2 = intersect(cone(r + 1.5, r * 0.12 + 1.5, h * 0.85), box(4 * r, 8, 4 * r):move(0, h * 0.55, 0))
      local door = extrude({{-r * 0.22, 0}, {r * 0.22, 0}, {0, h * 0.42}}, r)
      local shape = subtract(cover, door:move(0, 0, r * 0.5)):part("canvas") + (band1 + band2):part("flap")
      shape = shape + poles:part("poles") + (cone(r * 0.7, r * 0.05, h * 0.8) * door:move(0, 0, r * 0.5)):part("inside")
      k.attach("top", {0, h * 1.05, 0}, 20)
      k.attach("inside", {0, 2, 0}, r)
      return shape
    end
    local w, d, h = k.p.w, k.p.d, k.p.h
    local hd = d / 2
    -- ridge along X, the door in the front gable (+X end)
    local canvas = extrude({{-hd, 0}, {hd, 0}, {0, h}}, w):roty(90)
    local hollow = extrude({{-hd + 14, -1}, {hd - 14, -1}, {0, h - 16}}, w - 16):roty(90)
    canvas = canvas - hollow
    -- open door: a triangle cut out of the front gable, flaps folded back
    local door = extrude({{-hd * 0.5, -1}, {hd * 0.5, -1}, {0, h * 0.8}}, 20):roty(90):move(w / 2, 0, 0)
    canvas = canvas - door
    local back = extrude({{-hd + 4, 0}, {hd - 4, 0}, {0, h - 5}}, 4):roty(90):move(-w / 2 + 8, 0, 0)
    local floor = box(w - 8, 3, d - 8):move(0, 1.5, 0)
    local flap = extrude({{-hd * 0.5, 0}, {-hd * 0.1, 0}, {0, h * 0.8}}, 3):roty(90):move(w / 2 + 2, 0, 0)
    flap = flap + extrude({{hd * 0.1, 0}, {hd * 0.5, 0}, {0, h * 0.8}}, 3):roty(90):move(w / 2 + 2, 0, 0)
    local poles = {}
    for _, x in ipairs({w / 2 - 2, -w / 2 + 2}) do
      poles[#poles + 1] = capsule({x, 0, 0}, {x, h + 14, 0}, 3.5)
    end
    local ropes = {}
    for _, x in ipairs({w / 2 + 1, -w / 2 - 1}) do
      local sx = x > 0 and 1 or -1
      ropes[#ropes + 1] = capsule({x, h + 8, 0}, {x + sx * 70, 2, 0}, 3.2)
      ropes[#ropes + 1] = capsule({x + sx * 70, 0, 0}, {x + sx * 70, 14, 0}, 3)
    end
    for _, x in ipairs({-w * 0.25, w * 0.25}) do
      for _, sz in ipairs({-1, 1}) do
        ropes[#ropes + 1] = capsule({x, h * 0.45, sz * (hd * 0.55)}, {x, 2, sz * (hd + 40)}, 3.2)
        ropes[#ropes + 1] = capsule({x, 0, sz * (hd + 40)}, {x, 12, sz * (hd + 40)}, 3)
      end
    end
    local shape = canvas:part("canvas") + (back + floor):part("inside") + flap:part("flap")
    shape = shape + (union(poles) + union(ropes)):part("poles")
    k.attach("top", {0, h + 14, 0}, 30)
    k.attach("inside", {0, 3, 0}, d * 0.6)
    return shape
  end,
}
