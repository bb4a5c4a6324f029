-- A minotaur: a hulking, muscular man with a bull's head (broad muzzle, a
-- ring through the nose, long pale horns sweeping out and up), brown hide,
-- dark hooves, a leather loincloth and a big double-bladed axe (labrys).
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "minotaur",
  names = {"minotaur", "bull man", "bull-headed man", "bull headed man", "bull warrior", "bullman"},
  lvis = {},
  family = "creatures",
  size_mm = 2300,
  description = "A bull-headed minotaur with a double axe",
  parts = {
    {"hide", "fur", color = "#6e4a32", role = "primary", names = {"hide", "body", "coat"}},
    {"cloth", "leather", color = "#4a3424", role = "secondary", names = {"loincloth", "belt", "clothes", "kilt"}},
    {"horns", "bone", color = "#e6dcc4", role = "detail", names = {"horns", "horn"}},
    {"hooves", "bone", color = "#2a2220", role = "detail", names = {"hooves", "hoof", "feet"}},
    {"muzzle", "skin", color = "#a88070", role = "detail", names = {"muzzle", "snout", "nose"}},
    {"ring", "brass", color = "#d8b048", role = "detail", names = {"nose ring", "ring"}},
    {"axe", "steel", color = "#a8acb0", role = "detail", names = {"axe", "labrys", "double axe", "blade", "weapon"}},
    {"haft", "wood", color = "#5a3c24", role = "detail", names = {"haft", "handle", "shaft"}},
    {"eyes", "plastic", color = "#c82a18", role = "fixed"},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "face", "hand", "hand_wide", "shield", "back", "seat", "top"},
  build = function(k)
    local spec = {
      build = "heavy", girth = 1.3,
      proportions = {legs = 0.5, head = 0.085, shoulders = 0.165, waist = 0.115, belly = 0.0, depth = 0.09},
      arms = "hold", no_head = true, hat_lift = 0.9,
      map = {torso = "hide", upper_arm = "hide", forearm = "hide", hand = "hide", thigh = "hide", shin = "hide",
             foot = "hooves", neck = "hide", head = "hide", ears = "hide", hair = "hide"},
      skirt = {to = 0.78, flare = 1.2, part = "cloth"}, belt = "cloth",
    }
    spec.extras = function(kk, f)
      local u, soft = f.u, kk.soft
      local c, hr = f.head_c, f.head_r
      local cx, cy = c[1] + hr * 0.1, c[2] - hr * 0.15
      -- Thick neck hump joining the head low onto the shoulders.
      local neck = limb({-hr * 0.3, f.y_s - 3 * u, 0}, {cx - hr * 0.2, cy - hr * 0.1, 0}, hr * 0.95, hr * 0.72)
      -- Bull skull: a broad cranium and a long muzzle reaching forward and down.
      local skull = ellipsoid(hr * 0.95, hr * 0.9, hr * 0.95):move(cx, cy + hr * 0.15, 0)
      local face = limb({cx + hr * 0.3, cy + hr * 0.1, 0}, {cx + hr * 1.6, cy - hr * 0.45, 0}, hr * 0.7, hr * 0.56)
      local head = smooth(hr * 0.35 * soft, neck, skull, face):part("hide")
      local muz = ellipsoid(hr * 0.5, hr * 0.48, hr * 0.64):move(cx + hr * 1.8, cy - hr * 0.55, 0):part("muzzle")
      head = smooth(hr * 0.12, head, muz)
      -- Nostrils.
      for _, z in ipairs({-1, 1}) do
        head = subtract(head, sphere(hr * 0.13):move(cx + hr * 2.28, cy - hr * 0.5, z * hr * 0.26))
      end
      local s = head
      -- Muscles: pectorals, deltoids and a broad chest.
      local mus = ellipsoid(f.depth * 0.42, f.depth * 0.38, f.sw * 0.42):move(f.depth * 0.62, f.y_chest - 1 * u, f.sw * 0.36)
      mus = mus:mirror("z")
      for _, sd in ipairs({f.sL, f.sR}) do mus = mus + sphere(f.r_upper * 1.35):move(sd[1], sd[2] + 0.5 * u, sd[3] * 1.02) end
      s = s + smooth(2 * u, H.torso(f, 1.03), mus):part("hide")
      -- Nose ring through the septum.
      s = s + torus(hr * 0.24, hr * 0.055):rotz(90):move(cx + hr * 2.25, cy - hr * 0.85, 0):part("ring")
      -- Eyes on the sides of the head under a heavy brow.
      for _, z in ipairs({-1, 1}) do
        s = s + sphere(hr * 0.15):move(cx + hr * 0.75, cy + hr * 0.25, z * hr * 0.6):part("eyes")
        s = s + limb({cx + hr * 0.45, cy + hr * 0.48, z * hr * 0.35}, {cx + hr * 0.5, cy + hr * 0.45, z * hr * 0.8}, hr * 0.15):part("hide")
        -- Ears sticking out sideways below the horns.
        local eb = {cx - hr * 0.1, cy + hr * 0.2, z * hr * 0.8}
        s = s + limb(eb, {eb[1] + hr * 0.05, eb[2] - hr * 0.12, z * hr * 1.5}, hr * 0.2, hr * 0.1):stretch(1, 0.8, 1):part("hide")
        -- Horns: out sideways, then up and forward, tapering to a point.
        local hb = {cx - hr * 0.05, cy + hr * 0.7, z * hr * 0.6}
        local horn = tube({hb, {hb[1] + hr * 0.05, hb[2] + hr * 0.2, z * hr * 1.3}, {hb[1] + hr * 0.25, hb[2] + hr * 0.7, z * hr * 1.85},
                           {hb[1] + hr * 0.55, hb[2] + hr * 1.35, z * hr * 1.85}}, hr * 0.3, hr * 0.04)
        s = s + horn:part("horns")
      end
      -- Tail with a dark tuft.
      local tb = {-f.depth * 0.9, f.y_hip + 2 * u, 0}
      local tail = tube({tb, {tb[1] - 6 * u, tb[2] - 8 * u, 1 * u}, {tb[1] - 8 * u, tb[2] - 22 * u, 3 * u}}, 1.3 * u, 0.8 * u)
      s = s + tail:part("hide") + ellipsoid(2 * u, 4 * u, 2 * u):move(tb[1] - 8 * u, tb[2] - 24 * u, 3 * u):part("hooves")
      -- A labrys: a long haft in the right fist, two crescent blades at the top.
      if not kk.holds then
        local fr = f.fistR
        local len = 48 * u
        local haft = limb({0, -22 * u, 0}, {0, len + 4 * u, 0}, 1.5 * u, 1.3 * u):part("haft")
        local L, a, Hb = 20 * u, 3.5 * u, 13 * u
        local out = {{0, -a}, {L * 0.35, -a * 1.2}, {L * 0.85, -Hb}, {L * 1.02, -Hb * 0.5}, {L * 1.08, 0},
                     {L * 1.02, Hb * 0.5}, {L * 0.85, Hb}, {L * 0.35, a * 1.2}, {0, a}}
        local mirrored = {}
        for i = #out, 1, -1 do mirrored[#mirrored + 1] = {-out[i][1], out[i][2]} end
        local one = extrude(out, 1.4 * u, 0.4 * u)
        local other = extrude(mirrored, 1.4 * u, 0.4 * u)
        local blades = union(one, other, cylinder(2.4 * u, 9 * u):move(0, -4.5 * u, 0)):move(0, len - 6 * u, 0):part("axe")
        local axe = (haft + blades):rotx(22):move(fr[1], fr[2], fr[3])
        s = s + axe
      end
      return s
    end
    -- The head is made by extras; declare "top" above the horns.
    local shape = H.build(k, spec)
    local f = H.last
    k.attach("top", {0, f.head_c[2] + f.head_r * 2.3, 0}, f.head_r * 3)
    return shape
  end,
}
