-- A moai: a tall monolithic stone figure from Easter Island, all head and
-- torso: a long blocky head with a heavy overhanging brow over deep eye
-- hollows, a long nose with flared nostrils, pursed pouting lips over a
-- jutting chin, long ears down the sides, and thin arms carved round the
-- belly, standing on a low platform (ahu) of fitted stone blocks.
return {
  id = "moai",
  names = {"moai", "easter island head", "easter island statue", "moai statue", "moai head", "rapa nui statue",
           "easter island moai", "stone head statue"},
  lvis = {"statue_(sculpture)"},
  family = "buildings",
  size_mm = 4800,
  description = "An Easter Island moai statue on a stone platform",
  params = {head = {0.96, 1.04}, nose = {0.95, 1.08}, ahu_w = {2.7, 3.1}},
  parts = {
    {"statue", "stone", color = "#a39584", role = "primary", names = {"statue", "head", "figure", "face"}},
    {"platform", "stone", color = "#6e6a62", role = "secondary", names = {"platform", "ahu", "base", "pedestal"}},
  },
  points = {"top"},
  build = function(k)
    local u = 1000
    local hs = k.p.head
    local function P(x, y, z) return {x * u, y * u, z * u} end
    local base = 0.6 -- ahu height (m)
    -- The torso: a slab with rounded shoulders, a slightly swelling belly.
    local torso = smooth(0.15 * u,
      box(0.74 * u, 2.3 * u, 1.5 * u, 0.3 * u):move(-0.04 * u, 1.05 * u, 0),
      ellipsoid(0.4 * u, 0.7 * u, 0.64 * u):move(0.06 * u, 0.8 * u, 0))
    -- The head, long and blocky, a little narrower towards the crown.
    local H0, H1 = 2.0, 2.0 + 2.25 * hs -- chin line to crown
    local hm = (H0 + H1) / 2
    local head = loft({
      {y = H0 * u, rx = 0.5 * u, rz = 0.76 * u, x = 0.02 * u},
      {y = (H0 + 0.6) * u, rx = 0.52 * u, rz = 0.8 * u, x = 0.02 * u},
      {y = (H1 - 0.5) * u, rx = 0.5 * u, rz = 0.76 * u, x = -0.02 * u},
      {y = (H1 - 0.08) * u, rx = 0.46 * u, rz = 0.7 * u, x = -0.05 * u},
      {y = H1 * u, rx = 0.36 * u, rz = 0.58 * u, x = -0.06 * u},
    })
    head = intersect(head, box(1.5 * u, 3 * u, 1.42 * u, 0.14 * u):move(0, hm * u, 0))
    local fx = 0.42 -- the face plane
    local yb = H1 - 0.62 -- brow line
    -- the heavy brow, a ridge right across
    local brow = box(0.32 * u, 0.26 * u, 1.08 * u, 0.12 * u):move((fx + 0.02) * u, yb * u, 0)
    -- the lower face: upper lip block, lips and jutting chin
    local muzzle = box(0.34 * u, 0.75 * u, 0.7 * u, 0.14 * u):move((fx + 0.04) * u, (H0 + 0.5) * u, 0)
    local chin = box(0.4 * u, 0.3 * u, 0.62 * u, 0.12 * u):move((fx + 0.1) * u, (H0 + 0.12) * u, 0)
    local ns = k.p.nose
    local nose_top, nose_bot = yb - 0.05, H0 + 0.9
    local nose = limb(P(fx + 0.04, nose_top, 0), P(fx + 0.26 * ns, nose_bot, 0), 0.09 * u, 0.15 * u)
      + ellipsoid(0.16 * u, 0.12 * u, 0.25 * u):move((fx + 0.16 * ns) * u, (nose_bot - 0.02) * u, 0)
    local lips = ellipsoid(0.13 * u, 0.085 * u, 0.27 * u):move((fx + 0.17) * u, (H0 + 0.54) * u, 0)
      + ellipsoid(0.12 * u, 0.08 * u, 0.23 * u):move((fx + 0.16) * u, (H0 + 0.39) * u, 0)
    -- long ears down the sides, each a raised frame with a hollow
    local ears = empty()
    for _, s in ipairs({-1, 1}) do
      local ez = s * 0.72
      local ear = box(0.34 * u, 1.1 * u, 0.16 * u, 0.07 * u):move(-0.04 * u, (H0 + 1.05) * u, ez * u)
        + ellipsoid(0.16 * u, 0.14 * u, 0.08 * u):move(-0.02 * u, (H0 + 0.52) * u, ez * u)
      ear = subtract(ear, box(0.18 * u, 0.82 * u, 0.1 * u, 0.04 * u):move(-0.04 * u, (H0 + 1.1) * u, (ez + s * 0.08) * u))
      ears = ears + ear
    end
    local face = smooth(0.07 * u, smooth(0.14 * u, head, brow), muzzle, chin) + ears
    face = smooth(0.04 * u, face, nose, lips)
    -- eye hollows under the brow, and the line of the mouth
    local cuts = empty()
    for _, s in ipairs({-1, 1}) do
      cuts = cuts + ellipsoid(0.26 * u, 0.15 * u, 0.22 * u):move((fx + 0.04) * u, (yb - 0.2) * u, s * 0.32 * u)
    end
    cuts = cuts + box(0.16 * u, 0.03 * u, 0.4 * u, 0.01 * u):move((fx + 0.28) * u, (H0 + 0.465) * u, 0)
    face = smooth_sub(face, cuts, 0.03 * u)

    -- arms: down the sides from the shoulders, forearms round the belly,
    -- long fingers meeting over the navel
    local arms = empty()
    for _, s in ipairs({-1, 1}) do
      arms = arms + tube({P(-0.05, 1.95, s * 0.75), P(0.0, 1.3, s * 0.76), P(0.12, 0.78, s * 0.7),
                          P(0.36, 0.62, s * 0.55), P(0.46, 0.6, s * 0.3)}, 0.075 * u, 0.065 * u)
      for i = 0, 3 do
        local y = 0.52 + i * 0.055
        arms = arms + limb(P(0.45, y, s * 0.3), P(0.48, y + 0.01, s * 0.12), 0.026 * u, 0.02 * u)
      end
    end
    local statue = smooth(0.12 * u, torso, face) + smooth(0.02 * u, empty(), arms)
    statue = statue:noise(0.016 * u, 0.2 * u):move(0, base * u, 0)

    -- the ahu: a low platform of fitted blocks, a little worn
    local aw = k.p.ahu_w
    local ahu = box(2.0 * u, base * u, aw * u, 0.04 * u):move(0, base / 2 * u, 0)
    local joints = {box(2.2 * u, 0.025 * u, (aw + 0.2) * u):move(0, base * 0.5 * u, 0)}
    local n = 6
    for i = 1, n - 1 do
      local z = (-aw / 2 + aw * i / n) * u
      local lo = i % 2 == 0 and 0 or 0.5
      joints[#joints + 1] = box(2.2 * u, base * 0.5 * u, 0.025 * u):move(0, (lo + 0.25) * base * u, z + (lo > 0 and 0.12 * u or 0))
    end
    for i = 1, 2 do
      local x = (-1.0 + 2.0 * i / 3) * u
      joints[#joints + 1] = box(0.025 * u, base * u, (aw + 0.2) * u):move(x, base * 0.5 * u + 0.1 * u, 0)
    end
    -- only as shallow grooves in the faces
    local core = box((2.0 - 0.08) * u, (base - 0.08) * u, (aw - 0.08) * u):move(0, base / 2 * u, 0)
    ahu = subtract(ahu, subtract(union(table.unpack(joints)), core)):noise(0.01 * u, 0.3 * u)

    k.attach("top", {0, (base + H1) * u, 0}, 1.2 * u)
    return (statue:part("statue") + ahu:part("platform")):roty(-15)
  end,
}
