-- A robot: a boxy head with glowing eyes, a grille mouth and an antenna, a
-- box torso with a control panel, ringed cylinder arms with pincer hands and
-- blocky legs and feet. Retro toy robots and sleek androids are variants.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "robot",
  names = {"robot", "droid", "mech", "automaton", "bot", "robo", "mecha"},
  lvis = {},
  family = "characters",
  size_mm = 1600,
  description = "A boxy robot with an antenna and pincer hands",
  params = {head_w = {0.9, 1.15}},
  parts = {
    {"body", "steel", color = "#a8b0ba", role = "primary", names = {"body", "metal", "shell", "head", "chassis"}},
    {"joints", "iron", color = "#4a4e56", role = "secondary", names = {"joints", "arms", "legs", "limbs"}},
    {"eyes", "gloss", color = "#50d8ff", role = "detail", names = {"eyes", "lights", "visor"}},
    {"panel", "plastic", color = "#d8402a", role = "detail", names = {"panel", "buttons", "antenna", "controls", "key", "wind-up key", "winding key"}},
    {"grille", "plastic", color = "#202226", role = "detail", names = {"mouth", "grille", "screen"}},
  },
  variants = {
    tin = {names = {"tin robot", "toy robot", "retro robot", "wind-up robot"}, size_mm = 250, model = true, colors = {body = "#c8ccd0", panel = "#e0b030"}},
    android = {names = {"android", "cyborg", "humanoid robot"}, size_mm = 1800, colors = {body = "#f0f0f2", joints = "#2a2c30"}},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local android = k.variant == "android"
    local f = H.skeleton(k, {build = android and "slim" or "stocky", proportions = android and {} or {legs = 0.45, head = 0.09}, arms = "hold"})
    local u = f.u
    local shape = empty()
    -- Torso.
    local tw, td = f.sw * 1.0, f.depth * 1.3
    local th = f.y_s - f.y_hip + 2 * u
    local torso
    if android then
      torso = H.torso(f, 1.0):part("body")
    else
      torso = box(td * 2, th, tw * 2, 3 * u):move(0, f.y_hip + th * 0.5, 0):part("body")
      shape = shape + box(1.5 * u, th * 0.45, tw * 1.0, 1 * u):move(td + 0.4 * u, f.y_hip + th * 0.58, 0):part("grille")
      for i = -1, 1 do
        shape = shape + cylinder(1.6 * u, 1.4 * u):rotz(-90):move(td + 0.9 * u, f.y_hip + th * 0.58, i * 4.5 * u):part(i == 0 and "eyes" or "panel")
      end
      shape = shape + box(td * 1.6, 4 * u, tw * 1.7, 1.5 * u):move(0, f.y_hip + 1 * u, 0):part("joints")
    end
    shape = shape + torso
    -- Head.
    local hr = f.head_r * k.p.head_w
    local hc = {0, f.y_s + 6 * u + hr, 0}
    if android then hc = f.head_c end
    local head
    if android then
      head = smooth(hr * 0.2, ellipsoid(hr * 0.95, hr * 1.1, hr * 0.85):move(hc[1], hc[2], hc[3]),
                    ellipsoid(hr * 0.7, hr * 0.55, hr * 0.62):move(hc[1] + hr * 0.2, hc[2] - hr * 0.5, hc[3]))
      shape = shape + head:part("body")
      shape = shape + intersect(ellipsoid(hr * 0.98, hr * 1.12, hr * 0.88):move(hc[1], hc[2], hc[3]), box(hr, hr * 0.25, hr * 1.4):move(hc[1] + hr * 0.6, hc[2] + hr * 0.1, 0)):part("eyes")
      shape = shape + limb(H.add(f.neck, {0, -3 * u, 0}), H.add(hc, {0, -hr * 0.8, 0}), hr * 0.35, hr * 0.3):part("joints")
    else
      head = box(hr * 1.8, hr * 1.6, hr * 2.0, hr * 0.2):move(hc[1], hc[2], hc[3])
      shape = shape + head:part("body")
      for _, z in ipairs({-1, 1}) do
        shape = shape + cylinder(hr * 0.26, hr * 0.16):rotz(-90):move(hc[1] + hr * 0.86, hc[2] + hr * 0.18, z * hr * 0.45):part("grille")
        shape = shape + sphere(hr * 0.2):move(hc[1] + hr * 0.95, hc[2] + hr * 0.18, z * hr * 0.45):part("eyes")
        -- Ear bolts.
        shape = shape + cylinder(hr * 0.28, hr * 0.2):rotx(90):move(hc[1], hc[2], z * (hr * 1.0 + hr * 0.1) - hr * 0.1):part("joints")
      end
      for i = -2, 2 do
        shape = shape + box(hr * 0.1, hr * 0.3, hr * 0.12):move(hc[1] + hr * 0.9, hc[2] - hr * 0.42, i * hr * 0.22):part("grille")
      end
      shape = shape + cylinder(hr * 0.1, hr * 0.6):move(hc[1], hc[2] + hr * 0.75, 0):part("joints")
      shape = shape + sphere(hr * 0.18):move(hc[1], hc[2] + hr * 1.45, 0):part("panel")
      shape = shape + cylinder(hr * 0.45, 6 * u + 1 * u + hr * 0.35):move(0, f.y_s - 1 * u, 0):part("joints")
    end
    -- Arms: segmented cylinders with pincers.
    for _, side in ipairs({"L", "R"}) do
      local sh = f["s" .. side]
      local sh2 = android and sh or {sh[1], sh[2] - 2 * u, sh[3] + (sh[3] > 0 and 3 or -3) * u}
      local e, w = f["e" .. side], f["w" .. side]
      if not android then
        e = {e[1], e[2], e[3] + (sh[3] > 0 and 3 or -3) * u}
        w = {w[1], w[2], w[3] + (sh[3] > 0 and 3 or -3) * u}
      end
      local r = android and f.r_upper or 3 * u
      shape = shape + sphere(r * 1.5):move(sh2):part("body")
      shape = shape + limb(sh2, e, r, r):part("joints") + sphere(r * 1.25):move(e):part("body")
      shape = shape + limb(e, w, r * 0.9, r * 0.9):part(android and "body" or "joints")
      if not android then
        for i = 1, 3 do shape = shape + torus(r * 1.02, 0.5 * u):aim(H.norm(H.sub(e, sh2)), H.lerp(sh2, e, i / 4)):part("body") end
      end
      local d = H.norm(H.sub(w, e))
      local side_v = H.norm({-d[2], d[1], 0})
      if math.abs(d[2]) > 0.9 then side_v = {1, 0, 0} end
      shape = shape + cylinder(r * 1.3, 2.5 * u):aim(d, w):part("body")
      for _, s in ipairs({-1, 1}) do
        local base = H.add(H.add(w, H.mul(d, 2.5 * u)), H.mul(side_v, s * 1.5 * u))
        local tip = H.add(H.add(base, H.mul(d, 5 * u)), H.mul(side_v, s * 0.2 * u))
        shape = shape + limb(base, tip, 1 * u, 0.7 * u):part("joints")
      end
    end
    -- Legs.
    for _, side in ipairs({"L", "R"}) do
      local hip, kn, an = f["hip" .. side], f["k" .. side], f["a" .. side]
      local r = android and f.r_thigh * 0.8 or 4 * u
      shape = shape + limb(hip, kn, r, r * 0.9):part(android and "body" or "joints")
      shape = shape + sphere(r * 1.15):move(kn):part("body")
      shape = shape + limb(kn, an, r * 0.95, r * 0.9):part(android and "body" or "joints")
      if k.pose == "sitting" then
        shape = shape + box(5 * u, 10 * u, 7 * u, 1.5 * u):move(an[1] + 2 * u, an[2] + 3 * u, an[3]):part("body")
      else
        shape = shape + box(14 * u, 5 * u, 8 * u, 1.5 * u):move(an[1] + 3 * u, 2.5 * u, an[3]):part("body")
      end
    end
    if not android then
      f.head_c, f.head_r = hc, hr
    end
    if k.variant == "tin" or k.asked.key then
      -- a wind-up key in its side (where the view sees it): a shaft and a
      -- flat bow of two rounded lobes
      local ky = f.y_hip + th * 0.6
      local key = cylinder(1.2 * u, 5 * u):move(0, 0, 0):rotx(90):move(0, ky, tw - 0.5 * u)
      local bow = (cylinder(3.2 * u, 1.2 * u):rotx(90):move(2.6 * u, 0, 0) + cylinder(3.2 * u, 1.2 * u):rotx(90):move(-2.6 * u, 0, 0)
        + box(5 * u, 2.4 * u, 1.2 * u)):move(0, ky, tw + 5 * u)
      shape = shape + (key + bow):part("panel")
    end
    return H.finish(k, f, {hat_lift = android and 0.6 or 0.8}, shape)
  end,
}
