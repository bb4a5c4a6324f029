-- A mummy: a figure wrapped head to toe in strips of linen bandage, arms
-- stretched forward, dark eyes peering through a gap.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "mummy",
  names = {"mummy", "egyptian mummy", "bandaged mummy", "halloween mummy", "wrapped mummy", "the mummy"},
  lvis = {},
  family = "characters",
  size_mm = 1750,
  description = "A bandaged mummy with outstretched arms",
  parts = {
    {"bandage", "fabric", color = "#e6dcc2", role = "primary", names = {"bandages", "bandage", "wraps", "linen"}},
    {"strips", "fabric", color = "#c8b898", role = "secondary", names = {"strips", "stripes"}},
    {"gap", "plastic", color = "#1a1410", role = "fixed"},
    {"eyes", "gloss", color = "#f0d040", role = "fixed"},
  },
  poses = {"running"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "slim", arms = "forward", hair = "none",
      map = {head = "bandage", neck = "bandage", torso = "bandage", upper_arm = "bandage", forearm = "bandage", hand = "bandage",
             thigh = "bandage", shin = "bandage", foot = "bandage", ears = "bandage"},
      face = {nose = false, ears = false, eyes = false},
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      local s = empty()
      -- Dark gap and glowing eyes.
      s = s + intersect(ellipsoid(hr * 0.96, hr * 1.07, hr * 0.87):move(c[1], c[2], c[3]), box(hr, hr * 0.22, hr * 1.2):move(c[1] + hr * 0.7, c[2] + hr * 0.12, 0)):part("gap")
      for _, z in ipairs({-1, 1}) do s = s + sphere(hr * 0.1):move(c[1] + hr * 0.86, c[2] + hr * 0.12, z * hr * 0.3):part("eyes") end
      -- Diagonal wraps: thin tilted rings round the torso, limbs and head.
      local rings = {}
      for i = 0, 9 do
        local y = f.y_hip + i * (f.y_s - f.y_hip) / 10
        rings[#rings + 1] = intersect(H.torso(f, 1.03), box(f.Hh, 1.6 * u, f.Hh):rotz(i % 2 == 0 and 10 or -8):move(0, y, 0))
      end
      for _, side in ipairs({"L", "R"}) do
        for _, seg in ipairs({{"hip", "k", f.r_thigh}, {"k", "a", f.r_knee}, {"s", "e", f.r_upper}, {"e", "w", f.r_elbow}}) do
          local a, b = f[seg[1] .. side], f[seg[2] .. side]
          for j = 1, 3 do
            rings[#rings + 1] = torus(seg[3] * 1.0, 0.7 * u):rotx(j * 12):aim(H.norm(H.sub(b, a)), H.lerp(a, b, j / 4))
          end
        end
      end
      for j = 0, 3 do
        rings[#rings + 1] = intersect(ellipsoid(hr * 1.0, hr * 1.11, hr * 0.91):move(c[1], c[2], c[3]), box(hr * 3, hr * 0.14, hr * 3):rotz(j % 2 == 0 and 12 or -10):move(c[1], c[2] - hr * 0.6 + j * hr * 0.45, 0))
      end
      s = s + union(table.unpack(rings)):part("strips")
      -- Trailing loose strip.
      s = s + tube({{f.depth * 0.2, f.y_waist, f.waist}, {f.depth * 0.6, f.y_hip - 6 * u, f.waist + 3 * u}, {f.depth * 0.5, f.y_hip - 16 * u, f.waist + 4 * u}}, 1 * u):stretch(1, 1, 1):part("bandage")
      return s
    end
    return H.build(k, spec):noise(0.15 * 17.5, 3 * 17.5)
  end,
}
