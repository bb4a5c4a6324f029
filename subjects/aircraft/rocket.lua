-- A rocket: a tall body with a pointed nose cone, round windows, three
-- swept fins and a nozzle; a space shuttle-free classic toy rocket.
local S = use and use("shapes")

return {
  id = "rocket",
  names = {"rocket", "rocket ship", "rocketship", "spaceship", "space ship", "spacecraft", "space rocket", "toy rocket",
           "starship", "moon rocket", "retro rocket"},
  lvis = {},
  family = "aircraft",
  size_mm = 3000,
  description = "A rocket with a nose cone, porthole and three fins",
  params = {h = {380, 420}, r = {46, 54}},
  parts = {
    {"body", "paint", color = "#eeeef0", role = "primary", names = {"body", "hull"}},
    {"nose", "paint", color = "#d42a2a", role = "secondary", names = {"nose", "nose cone", "fins", "tip"}},
    {"windows", "gloss", color = "#4a8ac8", role = "detail", names = {"window", "windows", "porthole", "portholes"}},
    {"nozzle", "steel", color = "#55575c", role = "detail", names = {"nozzle", "engine", "exhaust"}},
    {"trim", "steel", color = "#9a9ca2", role = "detail", names = {"trim", "rings", "bands"}},
  },
  points = {"top"},
  build = function(k)
    local h, r = k.p.h, k.p.r
    local base = 40
    local body_h = h * 0.62
    local prof = S.profile(function(t) return r * (0.82 + 0.18 * math.sin(math.pi * (0.15 + 0.75 * t))) end, body_h, 12)
    local body = lathe(prof):move(0, base, 0)
    local nose_h = h - base - body_h
    local nose = lathe(S.profile(function(t) return r * 0.92 * math.sqrt(math.max(1 - t * t, 0)) ^ 1.1 + 0.5 end, nose_h, 12))
      :move(0, base + body_h - 1, 0)
    local nozzle = cone(r * 0.55, r * 0.4, base + 4)
    local fins = radial(extrude({{r * 0.6, 0}, {r * 1.65, 0}, {r * 1.65, base * 0.6}, {r * 0.8, base + body_h * 0.45}, {r * 0.6, base + body_h * 0.45}},
                                9, 3), 3, 90)
    local win_y = base + body_h * 0.68
    local ring = torus(r * 0.28, 4):rotx(90):move(0, win_y, r * 0.97)
    local window = sphere(r * 0.26):stretch(1, 1, 0.4):move(0, win_y, r * 0.95)
    local band = cylinder(r * 0.99 + 2, 8):move(0, base + body_h - 6, 0)
    local shape = body:part("body") + nose:part("nose") + fins:part("nose") + nozzle:part("nozzle")
    shape = shape + ring:part("trim") + window:part("windows") + band:part("trim")
    k.attach("top", {0, h, 0}, r * 0.4)
    return shape
  end,
}
