-- A mermaid: a woman's upper body with long flowing hair and a shell top,
-- sitting on the curl of a scaled fish tail that ends in a wide fin.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "mermaid",
  names = {"mermaid", "mermaid with a tail", "siren", "sea maiden", "little mermaid", "ariel", "merperson"},
  lvis = {},
  family = "characters",
  size_mm = 1500,
  description = "A mermaid with a fish tail",
  parts = {
    {"tail", "scales", color = "#2aa890", role = "primary", names = {"tail", "scales", "fin"}},
    {"hair", "fabric", color = "#d8402a", role = "secondary", names = {"hair"}},
    {"top", "fabric", color = "#8a4ac0", role = "detail", names = {"top", "shell", "shells", "bra"}},
    {"skin", "skin", color = "#f0c8a8", role = "detail", names = {"skin", "face", "body"}},
    {"fin", "scales", color = "#58d0b8", role = "detail", names = {"fins", "tail fin", "fluke"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"swimming"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "female", hair = "long", legs = false, arms = "hold",
      map = {torso = "skin", upper_arm = "skin", forearm = "skin", thigh = "tail"},
    }
    spec.extras = function(kk, f)
      local u = f.u
      -- Shell top.
      local s = empty()
      for _, z in ipairs({-1, 1}) do
        s = s + ellipsoid(f.depth * 0.35, 4.5 * u, 5 * u):move(f.depth * 0.95, f.y_chest - 2 * u, z * 5.5 * u):part("top")
      end
      -- Tail: from the hips down, curling forward at the ground, with a fluke.
      local y0 = f.y_waist
      local pts = {{0, y0, 0}, {0, f.y_hip - 4 * u, 0}, {-1 * u, f.y_hip * 0.5, 0}, {3 * u, f.y_hip * 0.18, 0},
                   {16 * u, 5 * u, 0}, {30 * u, 6 * u, 0}}
      local tail = tube(pts, f.hw * 1.05, 3 * u)
      s = s + tail:part("tail")
      local tip = pts[#pts]
      for _, z in ipairs({-1, 1}) do
        local fluke = leaf(18 * u, 10 * u, 2.2 * u, 0.3):rotx(90):roty(z * 35 - 90):rotz(25)
        s = s + fluke:move(tip[1] - 1 * u, tip[2], tip[3]):part("fin")
      end
      -- Scale bands.
      for i = 1, 5 do
        local p = H.lerp(pts[2], pts[4], i / 6)
        s = s + torus(f.hw * (1.0 - i * 0.08) * 0.92, 1.3 * u):move(p[1], p[2], p[3]):part("fin")
      end
      return s
    end
    return H.build(k, spec)
  end,
}
