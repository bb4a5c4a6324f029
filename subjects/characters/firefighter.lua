-- A firefighter: a helmet with a long back brim and a front shield, a
-- heavy coat and trousers with reflective bands, boots, gloves and an air
-- tank on the back.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "firefighter",
  names = {"firefighter", "fireman", "firewoman", "fire fighter", "fireman in uniform", "firemen", "firefigther",
           "fire figther", "firefiter"},
  lvis = {},
  family = "characters",
  size_mm = 1800,
  description = "A firefighter in helmet and turnout gear",
  parts = {
    {"coat", "fabric", color = "#d8b030", role = "primary", names = {"coat", "jacket", "uniform", "suit"}},
    {"helmet", "plastic", color = "#c81e20", role = "secondary", names = {"helmet", "hat"}},
    {"bands", "plastic", color = "#d8dcd8", role = "detail", names = {"bands", "stripes", "reflectors"}},
    {"gear", "rubber", color = "#1e1e22", role = "detail", names = {"boots", "gloves", "tank", "mask"}},
    {"badge", "brass", color = "#d8b040", role = "detail", names = {"badge", "shield"}},
    {"skin", "skin", color = "#e2b08e", role = "detail", names = {"skin", "face"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "male", girth = 1.2, hair = "short", boots = true,
      map = {torso = "coat", upper_arm = "coat", forearm = "coat", hand = "gear", thigh = "coat", shin = "gear", foot = "gear", hair = "gear"},
      hat_lift = 1.0,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      -- Helmet: dome with a comb and a brim longer at the back.
      local dome = intersect(ellipsoid(hr * 1.12, hr * 1.0, hr * 1.05), box(hr * 3, hr * 2, hr * 3):move(0, hr, 0))
      local comb = intersect(ellipsoid(hr * 1.15, hr * 1.06, hr * 0.2), box(hr * 3, hr * 2, hr * 3):move(0, hr, 0))
      local brim = cylinder(hr * 1.2, hr * 0.17):stretch(1.3, 1, 1.05):move(-hr * 0.3, -hr * 0.08, 0)
      local helmet = smooth(hr * 0.05, dome, comb, brim):rotz(8):move(c[1] - hr * 0.05, c[2] + hr * 0.15, 0)
      local s = helmet:part("helmet")
      s = s + extrude({{-hr * 0.4, 0}, {hr * 0.4, 0}, {hr * 0.45, hr * 0.5}, {0, hr * 0.7}, {-hr * 0.45, hr * 0.5}}, hr * 0.08):roty(90)
                :move(c[1] + hr * 1.05, c[2] + hr * 0.35, 0):part("badge")
      -- Reflective bands.
      local bands = {}
      for _, y in ipairs({f.y_waist - 2 * u, f.y_chest}) do
        bands[#bands + 1] = intersect(H.torso(f, 1.03), box(f.Hh, 2.2 * u, f.Hh):move(0, y, 0))
      end
      for _, side in ipairs({"L", "R"}) do
        bands[#bands + 1] = torus(f.r_knee * 1.05, 1 * u):move(H.lerp(f["hip" .. side], f["k" .. side], 0.85))
        bands[#bands + 1] = torus(f.r_elbow * 1.05, 1 * u):aim(H.norm(H.sub(f["w" .. side], f["e" .. side])), H.lerp(f["e" .. side], f["w" .. side], 0.7))
      end
      s = s + union(table.unpack(bands)):part("bands")
      -- Coat skirt and air tank.
      s = s + H.skirt(f, f.y_hip - 12 * u, 1.3, f.y_waist, 1.15):part("coat")
      s = s + cylinder(6 * u, 26 * u, 3 * u):move(-f.depth - 6 * u, f.y_waist - 4 * u, 0):part("gear")
      return s
    end
    return H.build(k, spec)
  end,
}
