-- A devil: a red-skinned horned figure with a pointed beard, a thin tail
-- ending in an arrowhead, small bat wings and a pitchfork.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

return {
  id = "devil",
  names = {"devil", "demon", "satan", "lucifer", "red devil", "fiend", "hellhound devil"},
  lvis = {},
  family = "creatures",
  size_mm = 1800,
  description = "A red horned devil with a tail and pitchfork",
  parts = {
    {"skin", "skin", color = "#c0241e", role = "primary", names = {"skin", "body"}},
    {"horns", "bone", color = "#2a2226", role = "secondary", names = {"horns", "hooves", "beard", "hair"}},
    {"fork", "iron", color = "#3a3a40", role = "detail", names = {"pitchfork", "trident", "fork"}},
    {"wings", "leather", color = "#5a1414", role = "detail", names = {"wings"}},
    {"eyes", "plastic", color = "#f0d020", role = "fixed"},
  },
  variants = {
    imp = {names = {"imp", "little devil"}, size_mm = 700},
  },
  poses = {"sitting", "running"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local imp = k.variant == "imp"
    local spec = {
      build = imp and "child" or "male", girth = imp and 1.0 or 1.05, hair = "none", beard = (not imp) and "pointy" or nil,
      beard_part = "horns", face = {ears = "pointy", eye_size = 0.14},
      map = {head = "skin", neck = "skin", torso = "skin", upper_arm = "skin", forearm = "skin", hand = "skin",
             thigh = "skin", shin = "skin", foot = "horns", ears = "skin", hair = "horns"},
      hat_lift = 0.9,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      local s = empty()
      for _, z in ipairs({-1, 1}) do
        local b = {c[1] + hr * 0.2, c[2] + hr * 0.75, z * hr * 0.45}
        s = s + tube({b, H.add(b, {0, hr * 0.35, z * hr * 0.15}), H.add(b, {-hr * 0.15, hr * 0.75, z * hr * 0.1})}, hr * 0.17, hr * 0.07):part("horns")
      end
      -- Tail with an arrowhead tip.
      local root = {-f.depth * 0.9, f.y_hip + 2 * u, 0}
      local pts = {root, H.add(root, {-10 * u, -12 * u, 4 * u}), H.add(root, {-22 * u, -8 * u, 10 * u}), H.add(root, {-28 * u, 6 * u, 14 * u})}
      s = s + tube(pts, 1.6 * u, 1.1 * u):part("skin")
      local tip = pts[4]
      s = s + extrude({{0, 0}, {3 * u, -3 * u}, {0, 5 * u}, {-3 * u, -3 * u}}, 1.8 * u, 0.3 * u):roty(90):move(tip[1], tip[2] + 1 * u, tip[3]):part("horns")
      -- Pitchfork in the left hand, planted on the ground.
      local fl = f.fistL
      local base = {fl[1] + 2 * u, 0, fl[3] - 1 * u}
      local top = {fl[1] + 2 * u, f.head_c[2] + hr * 0.6, fl[3] - 1 * u}
      s = s + limb(base, top, 1.5 * u):part("fork")
      s = s + box(1.8 * u, 1.8 * u, 11 * u, 0.4 * u):move(top[1], top[2], top[3]):part("fork")
      for i = -1, 1 do
        s = s + cone(1.0 * u, 0.5 * u, 9 * u):move(top[1], top[2] - 0.5 * u, top[3] + i * 4.5 * u):part("fork")
      end
      -- Small bat wings.
      s = s + O.wings(f.Hh * 0.3, {wings = "wings", min_t = f.Hh * 0.022}, "bat", 20):move(-f.depth - 1 * u, f.y_chest, 0)
      return s
    end
    return H.build(k, spec)
  end,
}
