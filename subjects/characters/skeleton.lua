-- A skeleton: a skull with dark eye sockets and teeth, a spine, a ribcage,
-- a pelvis and bony limbs with knobbly joints.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "skeleton",
  names = {"skeleton", "skelton", "skeleten", "skeliton", "human skeleton", "skeleton man", "bones", "skeleton warrior", "halloween skeleton", "skellington",
           "skeletal figure", "skeleton figure"},
  lvis = {},
  family = "characters",
  size_mm = 1750,
  description = "A standing skeleton",
  parts = {
    {"bone", "bone", color = "#ece4d0", role = "primary", names = {"bones", "bone", "skull"}},
    {"sockets", "plastic", color = "#1a1614", role = "fixed"},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local f = H.skeleton(k, {build = "slim", head_scale = 1.05})
    local u = f.u
    local b = 0.4 * u
    local bones = empty()
    local function bone(a, c, r)
      local d = H.norm(H.sub(c, a))
      return smooth(b, limb(a, c, r, r * 0.85), sphere(r * 1.6):move(H.add(a, H.mul(d, r * 0.5))), sphere(r * 1.5):move(H.sub(c, H.mul(d, r * 0.5))))
    end
    -- Skull: cranium, cheekbones, jaw with teeth.
    local c, hr = f.head_c, f.head_r
    local cranium = ellipsoid(hr * 1.0, hr * 0.95, hr * 0.85):move(c[1] - hr * 0.05, c[2] + hr * 0.1, c[3])
    local face = ellipsoid(hr * 0.7, hr * 0.6, hr * 0.68):move(c[1] + hr * 0.3, c[2] - hr * 0.3, c[3])
    local jaw = box(hr * 0.7, hr * 0.35, hr * 0.95, hr * 0.15):move(c[1] + hr * 0.35, c[2] - hr * 0.8, c[3])
    local skull = smooth(hr * 0.2, cranium, face)
    local sockets = empty()
    for _, s in ipairs({-1, 1}) do
      sockets = sockets + sphere(hr * 0.24):move(c[1] + hr * 0.82, c[2] - hr * 0.05, s * hr * 0.32)
    end
    local nose = extrude({{-hr * 0.1, 0}, {hr * 0.1, 0}, {0, hr * 0.22}}, hr * 0.4):roty(90):move(c[1] + hr * 0.95, c[2] - hr * 0.45, 0)
    skull = subtract(skull, union(sockets, nose))
    skull = smooth(hr * 0.05, skull, jaw)
    local teeth = empty()
    for i = -3, 3 do
      teeth = teeth + box(hr * 0.12, hr * 0.16, hr * 0.09, hr * 0.03):move(c[1] + hr * 0.68, c[2] - hr * 0.62, i * hr * 0.11)
    end
    local shape = union(skull, teeth):part("bone") + sockets:scale(1):part("sockets")
    -- Spine from the pelvis to the skull.
    local spine = {}
    local y0, y1 = f.y_hip, f.head_c[2] - hr * 0.9
    for i = 0, 14 do
      local y = y0 + (y1 - y0) * i / 14
      spine[#spine + 1] = ellipsoid(1.6 * u, 1.1 * u, 1.8 * u):move(-f.depth * 0.5, y, 0)
    end
    bones = bones + union(table.unpack(spine))
    -- the spinal column threads the vertebrae together, pelvis to skull
    bones = bones + limb({-f.depth * 0.5, y0 - 2 * u, 0}, {-f.depth * 0.5, y1 + hr * 0.5, 0}, 0.9 * u)
    -- Ribcage: curved ribs from the spine round to the sternum.
    local ribs = {}
    for i = 0, 5 do
      local y = f.y_s - 4 * u - i * 3.6 * u
      local w = f.sw * (0.72 - math.abs(i - 2) * 0.04) * (i > 3 and 0.9 or 1)
      local dp = f.depth * (1.0 - i * 0.03)
      for _, s in ipairs({-1, 1}) do
        ribs[#ribs + 1] = tube({{-f.depth * 0.5, y + 1 * u, s * 1 * u}, {-f.depth * 0.2, y + 0.5 * u, s * w * 0.85}, {dp * 0.45, y - 1.2 * u, s * w * 0.9},
                                {dp * 0.85, y - 2.2 * u, s * w * 0.35}}, 0.85 * u)
      end
    end
    local sternum = box(1.6 * u, 14 * u, 3 * u, 0.8 * u):move(f.depth * 0.85, f.y_s - 10 * u, 0)
    bones = bones + union(table.unpack(ribs)) + sternum
    -- Collarbones and shoulder blades.
    for _, side in ipairs({"L", "R"}) do
      bones = bones + bone({f.depth * 0.6, f.y_s - 1 * u, 0}, f["s" .. side], 0.9 * u)
    end
    -- Pelvis: a bowl of two wings.
    local pelvis = subtract(ellipsoid(f.depth * 0.8, 6 * u, f.hw * 1.05), ellipsoid(f.depth * 0.55, 6 * u, f.hw * 0.7):move(1 * u, 3 * u, 0))
    bones = bones + pelvis:move(0, f.y_hip + 1 * u, 0)
    -- Limbs.
    for _, side in ipairs({"L", "R"}) do
      bones = bones + bone(f["s" .. side], f["e" .. side], 1.2 * u)
      bones = bones + bone(f["e" .. side], f["w" .. side], 0.9 * u)
      bones = bones + bone(f["hip" .. side], f["k" .. side], 1.5 * u)
      bones = bones + bone(f["k" .. side], f["a" .. side], 1.2 * u)
      local w = f["w" .. side]
      local d = H.norm(H.sub(w, f["e" .. side]))
      for i = -1, 2 do
        local off = {i * 0.8 * u, 0, i * 0.8 * u}
        bones = bones + limb(H.add(w, H.mul(off, 0.3)), H.add(H.add(w, H.mul(d, 6 * u)), off), 0.6 * u, 0.5 * u)
      end
      local a = f["a" .. side]
      local foot = k.pose == "sitting" and limb(a, H.add(a, {1 * u, 7 * u, 0}), 1.4 * u, 1 * u) or limb({a[1] - 1 * u, 1.2 * u, a[3]}, {a[1] + 9 * u, 0.8 * u, a[3]}, 1.5 * u, 1.0 * u)
      bones = bones + foot + sphere(1.6 * u):move(a)
    end
    shape = shape + bones:part("bone")
    return H.finish(k, f, {}, shape)
  end,
}
