-- A marionette: a jointed wooden puppet with a big head, a pointed cap,
-- ball joints at elbows and knees, hanging from strings tied to a wooden
-- cross-shaped control bar above it. Pinocchio is a variant with a long nose.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "marionette",
  names = {"marionette", "puppet", "string puppet", "wooden puppet", "puppet on strings", "marionette puppet"},
  lvis = {"puppet"},
  family = "toys",
  size_mm = 600,
  description = "A wooden marionette on strings",
  parts = {
    {"clothes", "paint", color = "#c83a30", role = "primary", names = {"clothes", "shirt", "jacket"}},
    {"wood", "wood", color = "#e0bc8a", role = "secondary", names = {"wood", "face", "hands", "joints"}},
    {"trousers", "paint", color = "#2a4a8a", role = "detail", names = {"trousers", "shorts", "cap", "hat"}},
    {"control", "wood", color = "#8a5a32", role = "detail", names = {"control", "bar", "cross"}},
    {"strings", "fabric", color = "#e8e0d0", role = "detail", names = {"strings", "string"}},
    {"shoes", "paint", color = "#3a2418", role = "detail", names = {"shoes", "hair"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  variants = {
    pinocchio = {names = {"pinocchio"}, colors = {clothes = "#d8402a", trousers = "#e0c030"}},
  },
  build = function(k)
    local pin = k.variant == "pinocchio"
    local spec = {
      build = "child", head_scale = 1.2, hair = "short", arms = "out", shorts = true, turn = 10,
      map = {head = "wood", neck = "wood", torso = "clothes", upper_arm = "clothes", forearm = "wood", hand = "wood",
             thigh = "trousers", shin = "wood", foot = "shoes", ears = "wood", hair = "shoes"},
      face = {nose_size = 0.2, mouth = "clothes"},
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      local s = empty()
      if pin then
        s = s + limb(H.add(c, {hr * 0.9, -hr * 0.1, 0}), H.add(c, {hr * 1.9, -hr * 0.05, 0}), hr * 0.1, hr * 0.05):part("wood")
      end
      -- Pointed cap.
      s = s + cone(hr * 0.95, hr * 0.1, hr * 1.2):rotz(10):move(c[1] - hr * 0.1, c[2] + hr * 0.45, 0):part("trousers")
      -- Ball joints.
      for _, side in ipairs({"L", "R"}) do
        s = s + sphere(f.r_elbow * 1.25):move(f["e" .. side]):part("wood")
        s = s + sphere(f.r_knee * 1.2):move(f["k" .. side]):part("wood")
      end
      -- Control bar and strings.
      local top = c[2] + hr * 4.2
      local bar = union(box(4 * u, 3 * u, f.sw * 3.4, 1 * u):move(0, top, 0), box(f.sw * 2.4, 3 * u, 4 * u, 1 * u):move(0, top + 1 * u, 0))
      s = s + bar:part("control")
      local ends = {{0, top, f.sw * 1.6}, {0, top, -f.sw * 1.6}, {f.sw * 1.1, top, 0}, {-f.sw * 1.1, top, 0}, {0, top, 0}}
      local targets = {f.wR, f.wL, f.kR, f.kL, H.add(c, {0, hr * 1.3, 0})}
      for i = 1, #ends do
        s = s + limb(ends[i], targets[i], 1.4 * u):part("strings")  -- cords thick enough to survive meshing
      end
      return s
    end
    return H.build(k, spec)
  end,
}
