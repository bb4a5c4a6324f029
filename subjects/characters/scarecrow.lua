-- A scarecrow: a stuffed sack head with a stitched face under a floppy straw
-- hat, a patched shirt with straw poking from the cuffs and collar, arms
-- spread along a crossbar, on a wooden post.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})
local O = setmetatable({}, {__index = function(_, key) return use("outfits")[key] end})

return {
  id = "scarecrow",
  names = {"scarecrow", "strawman", "straw man", "scare crow", "field scarecrow"},
  lvis = {"scarecrow"},
  family = "characters",
  size_mm = 1900,
  description = "A scarecrow on a post with a straw hat",
  parts = {
    {"shirt", "fabric", color = "#b8503a", role = "primary", names = {"shirt", "clothes", "coat"}},
    {"trousers", "fabric", color = "#4a6a9a", role = "secondary", names = {"trousers", "overalls", "pants", "patches"}},
    {"straw", "plant", color = "#e0c070", role = "detail", names = {"straw", "hay", "hat"}},
    {"sack", "fabric", color = "#c8a878", role = "detail", names = {"sack", "face", "burlap", "sack head"}},
    {"wood", "wood", color = "#6a4a2e", role = "detail", names = {"post", "pole", "stick"}},
    -- Built only when asked: a jack-o'-lantern for a head.
    {"pumpkin", "plant", color = "#e0781c", role = "detail", names = {"pumpkin", "pumpkin head", "jack o lantern", "jackolantern"}},
    {"carving", "paint", color = "#2a160a", role = "detail", names = {"carved face", "carving"}},
    {"stitch", "fabric", color = "#2a1e18", role = "fixed"},
  },
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local spec = {
      build = "slim", arms = "out", hair = "none",
      map = {head = "sack", neck = "sack", torso = "shirt", upper_arm = "shirt", forearm = "shirt", hand = "straw",
             thigh = "trousers", shin = "trousers", foot = "straw", ears = "sack", eyes = "stitch"},
      face = {ears = false, nose_size = 0.12, mouth = "stitch"}, hat_lift = 0.9,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      local s = empty()
      local hat_y = c[2] + hr * 0.55
      if kk.asked.pumpkin then
        -- a ribbed pumpkin over the sack, a carved face towards +X, a stem
        local pr = hr * 1.6
        local lobes = {}
        for i = 0, 7 do lobes[#lobes + 1] = ellipsoid(pr * 0.5, pr * 0.82, pr * 0.5):move(pr * 0.48, 0, 0):roty(45 * i + 22.5) end
        local pumpkin = smooth(pr * 0.12, union(lobes), ellipsoid(pr * 0.85, pr * 0.75, pr * 0.85))
        local stem = limb({0, pr * 0.6, 0}, {pr * 0.12, pr * 1.0, 0}, pr * 0.12, pr * 0.08)
        local tri = function(w, h) return extrude({{-w, 0}, {w, 0}, {0, h}}, pr * 0.6):roty(90) end
        local face = tri(pr * 0.17, pr * 0.26):move(pr * 0.7, pr * 0.12, pr * 0.3) + tri(pr * 0.17, pr * 0.26):move(pr * 0.7, pr * 0.12, -pr * 0.3)
          + extrude({{-pr * 0.45, 0}, {-pr * 0.2, -pr * 0.12}, {0, -pr * 0.02}, {pr * 0.2, -pr * 0.12}, {pr * 0.45, 0}, {0, -pr * 0.3}}, pr * 0.6):roty(90):move(pr * 0.7, -pr * 0.12, 0)
        face = intersect(face, pumpkin:round(pr * 0.03))
        local at = {c[1] + hr * 0.1, c[2] + hr * 0.1, 0}
        s = s + pumpkin:move(at[1], at[2], at[3]):part("pumpkin") + stem:move(at[1], at[2], at[3]):part("wood")
          + face:move(at[1], at[2], at[3]):part("carving")
        hat_y = at[2] + pr * 0.6
      end
      -- Straw hat.
      local hat = union(cylinder(hr * 1.9, hr * 0.17):move(0, -hr * 0.09, 0), cone(hr * 1.0, hr * 0.75, hr * 0.9)):noise(0.3 * u, 2 * u)
      if kk.asked.pumpkin then hat = hat:scale(1.25) end
      s = s + hat:rotz(-8):rotx(6):move(c[1] - hr * 0.05, hat_y, 0):part("straw")
      -- Straw tufts at cuffs, ankles and neck.
      for _, side in ipairs({"L", "R"}) do
        local w = f["w" .. side]
        local d = H.norm(H.sub(w, f["e" .. side]))
        for i = -1, 1 do
          s = s + limb(H.add(w, H.mul(d, -1 * u)), H.add(H.add(w, H.mul(d, 7 * u)), {0, i * 2 * u, i * 1 * u}), 1.0 * u, 0.55 * u):part("straw")
        end
      end
      -- Post and crossbar.
      s = s + limb({-f.depth - 1 * u, -30 * u, 0}, {-f.depth - 1 * u, f.y_s + 4 * u, 0}, 2.2 * u):part("wood")
      s = s + limb({-f.depth - 1 * u, f.y_s - 4 * u, -f.sw * 2.6}, {-f.depth - 1 * u, f.y_s - 4 * u, f.sw * 2.6}, 1.8 * u):part("wood")
      -- Patches.
      s = s + box(2.5 * u, 6 * u, 6 * u):rotx(12):move(f.depth * 0.85, f.y_chest - 3 * u, -5 * u):part("trousers")
      s = s + box(2.5 * u, 6 * u, 6 * u):move(f.r_thigh * 0.85 + 0.2 * u, f.y_hip * 0.7, f.hw * 0.6):part("shirt")
      return s
    end
    return H.build(k, spec)
  end,
}
