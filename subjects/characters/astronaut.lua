-- An astronaut: a puffy white spacesuit with a round helmet and a gold
-- visor, a life-support pack on the back, chunky gloves and boots, a chest
-- control box and a flag patch.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "astronaut",
  names = {"astronaut", "spaceman", "cosmonaut", "space man", "astronaut in a spacesuit", "spacesuit", "space suit",
           "taikonaut", "moon man", "space explorer"},
  lvis = {},
  family = "characters",
  size_mm = 1850,
  description = "An astronaut in a white spacesuit with a gold visor",
  parts = {
    {"suit", "fabric", color = "#f2f2f0", role = "primary", names = {"suit", "spacesuit", "helmet", "space helmet"}},
    {"visor", "gloss", color = "#e0a838", role = "secondary", names = {"visor", "glass", "faceplate"}},
    {"gear", "plastic", color = "#8a8e96", role = "detail", names = {"gloves", "boots", "backpack", "pack", "rings"}},
    {"panel", "plastic", color = "#3a5ab0", role = "detail", names = {"panel", "controls", "patch", "stripes"}},
    {"red", "plastic", color = "#c8282d", role = "detail", names = {"buttons", "lights"}},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "stocky", girth = 1.15, head_scale = 1.0, proportions = {legs = 0.52, head = 0.078}, hair = "none",
      map = {head = "suit", neck = "suit", torso = "suit", upper_arm = "suit", forearm = "suit", hand = "gear",
             thigh = "suit", shin = "suit", foot = "gear", ears = "suit"},
      face = {eyes = false, nose = false, ears = false}, boots = true, no_head = true, cuffs = "gear", hat_lift = 1.3,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      local R = hr * 1.3
      local hc = {c[1], c[2] - hr * 0.2, c[3]}
      local helmet = sphere(R):move(hc[1], hc[2], hc[3])
      local visor = intersect(sphere(R * 1.03):move(hc[1], hc[2], hc[3]),
                              ellipsoid(R * 1.2, R * 0.62, R * 0.85):move(hc[1] + R * 0.75, hc[2] + R * 0.05, hc[3]))
      local ring = torus(R * 0.72, 2.2 * u):move(hc[1], hc[2] - R * 0.8, hc[3])
      local s = helmet:part("suit") + visor:part("visor") + ring:part("gear")
      -- Life-support backpack.
      s = s + box(12 * u, 26 * u, 24 * u, 3 * u):move(-f.depth - 6 * u, f.y_chest - 3 * u, 0):part("suit")
      s = s + box(3 * u, 20 * u, 18 * u, 2 * u):move(-f.depth - 12 * u, f.y_chest - 3 * u, 0):part("gear")
      -- Chest control box.
      s = s + box(4 * u, 7 * u, 11 * u, 1 * u):move(f.depth * 1.05 + 1 * u, f.y_chest - 5 * u, 0):part("panel")
      for i = -1, 1 do s = s + sphere(1 * u):move(f.depth * 1.05 + 3 * u, f.y_chest - 4 * u, i * 3 * u):part("red") end
      -- Knee and elbow rings, suit folds.
      for _, side in ipairs({"L", "R"}) do
        local kn = f["k" .. side]
        s = s + torus(f.r_knee * 1.05, 0.9 * u):move(kn):part("gear")
        s = s + box(0.8 * u, 4 * u, 6 * u):move(f["s" .. side][1] + 0.5 * u, f["s" .. side][2] - 8 * u, f["s" .. side][3] + (side == "R" and 2.3 or -2.3) * u):part("panel")
      end
      return s
    end
    return H.build(k, spec)
  end,
}
