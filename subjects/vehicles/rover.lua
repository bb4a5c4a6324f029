-- A Mars rover: a flat instrument deck on six wheels with rocker-bogie
-- legs, a tall camera mast with a head, a robotic arm and an antenna dish.
local V = use and use("vehicle")

return {
  id = "rover",
  names = {"mars rover", "rover", "space rover", "planetary rover", "curiosity rover", "perseverance rover"},
  lvis = {},
  family = "vehicles",
  size_mm = 2200,
  description = "A six-wheeled Mars rover with a camera mast",
  params = {len = {300, 330}},
  parts = {
    {"body", "paint", color = "#e8e6e0", role = "primary", names = {"body", "deck", "chassis"}},
    {"frame", "steel", color = "#9a9ea6", role = "secondary", names = {"frame", "legs", "mast", "arm", "suspension"}},
    {"wheels", "steel", color = "#5a5e66", role = "detail", names = {"wheels", "wheel", "tires"}},
    {"hubs", "steel", color = "#c8cacf", role = "detail", names = {"hubs", "dish", "antenna"}},
    {"camera", "plastic", color = "#1e1e22", role = "detail", names = {"camera", "eyes", "lens"}},
    {"gold", "gold", color = "#d8b040", role = "detail", names = {"gold", "foil"}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local W = 200
    local hw = W / 2
    local r = 30
    local y = 110
    local deck = V.block(-L * 0.38, y, -hw * 0.6, L * 0.38, y + 40, hw * 0.6, 4)
    local gold = V.block(-L * 0.3, y + 6, -hw * 0.6 - 2, L * 0.3, y + 30, hw * 0.6 + 2)
    local xs = {L * 0.42, 0, -L * 0.42}
    local legs = {}
    for _, sz in ipairs({-1, 1}) do
      local z = sz * (hw - 6)
      legs[#legs + 1] = capsule({0, y + 10, sz * hw * 0.6}, {0, y + 10, z}, 6)
      legs[#legs + 1] = polyline({{xs[1], r, z}, {L * 0.18, y + 10, z}, {0, y + 10, z}, {-L * 0.22, r + 36, z}, {xs[3], r, z}}, 5)
      legs[#legs + 1] = capsule({-L * 0.22, r + 36, z}, {xs[2], r, z}, 5)
    end
    local shape = deck:part("body") + gold:part("gold") + union(legs):part("frame")
    for _, x in ipairs(xs) do
      for _, sz in ipairs({-1, 1}) do
        shape = shape + V.wheel({x, r, sz * (hw + 10)}, r, 26, sz, {hub = 0.4})
      end
    end
    -- camera mast with a head, an arm, a dish and a small RTG at the back
    local mast = cylinder(5, 110):move(L * 0.26, y + 40, -hw * 0.35)
    local head = V.block(L * 0.26 - 16, y + 146, -hw * 0.35 - 24, L * 0.26 + 16, y + 172, -hw * 0.35 + 24, 4)
    local eyes = sphere(6):move(L * 0.26 + 16, y + 160, -hw * 0.35 - 10) + sphere(6):move(L * 0.26 + 16, y + 160, -hw * 0.35 + 10)
    local arm = polyline({{L * 0.38, y + 20, hw * 0.3}, {L * 0.55, y + 40, hw * 0.3}, {L * 0.62, y - 20, hw * 0.3}}, 5) + V.block(L * 0.6, y - 40, hw * 0.3 - 12, L * 0.66, y - 20, hw * 0.3 + 12, 3)
    local dish = (cylinder(26, 4):move(0, -2, 0):rotx(60)):move(-L * 0.1, y + 60, hw * 0.3) + cylinder(3, 20):move(-L * 0.1, y + 40, hw * 0.3)
    local rtg = cylinder(16, 50):rotz(60):move(-L * 0.36, y + 16, 0)
    shape = shape + (mast + arm + rtg):part("frame") + head:part("body") + eyes:part("camera") + dish:part("hubs")
    k.attach("top", {0, y + 40, 0}, W * 0.5)
    return shape
  end,
}
