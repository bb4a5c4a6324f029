-- A werewolf: a hulking, hunched wolf-man covered in shaggy grey fur, with
-- a wolf's head (long snout, pointed ears, fangs), clawed hands and feet,
-- and torn trousers.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "werewolf",
  names = {"werewolf", "wolfman", "wolf man", "lycan", "lycanthrope", "wolf-man", "wolf monster"},
  lvis = {},
  family = "creatures",
  size_mm = 2100,
  description = "A hunched werewolf with a wolf's head",
  parts = {
    {"fur", "fur", color = "#5a5450", role = "primary", names = {"fur", "body", "coat"}},
    {"trousers", "fabric", color = "#3a4a6a", role = "secondary", names = {"trousers", "pants", "jeans", "rags"}},
    {"claws", "bone", color = "#e8e0cc", role = "detail", names = {"claws", "teeth", "fangs"}},
    {"nose", "leather", color = "#18161a", role = "detail", names = {"nose", "mouth"}},
    {"eyes", "gloss", color = "#f0c020", role = "fixed"},
  },
  poses = {"running", "sitting"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "heavy", girth = 1.3, proportions = {shoulders = 0.16, waist = 0.11, belly = 0, depth = 0.1, legs = 0.5},
      hair = "none", arms = "forward", arm_len = 1.15, no_head = true, shorts = true,
      map = {head = "fur", neck = "fur", torso = "fur", upper_arm = "fur", forearm = "fur", hand = "fur",
             thigh = "trousers", shin = "fur", foot = "fur", ears = "fur"},
      hat_lift = 0.9,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r * 1.1
      c = {c[1] + 3 * u, c[2] - 3 * u, c[3]}
      local skull = sphere(hr):stretch(1.05, 0.95, 0.9):move(c[1], c[2], c[3])
      local snout = limb(H.add(c, {hr * 0.4, -hr * 0.15, 0}), H.add(c, {hr * 1.7, -hr * 0.4, 0}), hr * 0.55, hr * 0.3)
      local jaw = limb(H.add(c, {hr * 0.3, -hr * 0.55, 0}), H.add(c, {hr * 1.4, -hr * 0.75, 0}), hr * 0.35, hr * 0.18)
      local head = smooth(hr * 0.2, skull, snout, jaw)
      -- Neck ruff.
      head = smooth(hr * 0.3, head, ellipsoid(hr * 1.1, hr * 0.9, hr * 1.2):move(c[1] - hr * 0.6, c[2] - hr * 0.8, 0))
      local s = head:part("fur")
      for _, z in ipairs({-1, 1}) do
        local b = {c[1] - hr * 0.3, c[2] + hr * 0.7, z * hr * 0.5}
        s = s + limb(b, H.add(b, {-hr * 0.2, hr * 0.75, z * hr * 0.2}), hr * 0.3, hr * 0.05):part("fur")
        s = s + sphere(hr * 0.13):move(c[1] + hr * 0.7, c[2] + hr * 0.3, z * hr * 0.42):part("eyes")
        s = s + cone(hr * 0.08, hr * 0.01, hr * 0.28):rotx(180):move(c[1] + hr * 1.25, c[2] - hr * 0.45, z * hr * 0.15):part("claws")
        -- Claws on the hands.
        local fist = f[z > 0 and "fistR" or "fistL"]
        for i = -1, 1 do
          s = s + cone(0.8 * u, 0.1 * u, 4 * u):rotx(z * 90):move(fist[1] + i * 1.4 * u, fist[2] - 2 * u, fist[3] + z * 3 * u):part("claws")
        end
      end
      s = s + sphere(hr * 0.18):move(c[1] + hr * 1.75, c[2] - hr * 0.35, 0):part("nose")
      f.head_c = c
      return s
    end
    local shape = H.build(k, spec)
    return shape:noise(0.35 * 17.5, 1.3 * 17.5, 2)
  end,
}
