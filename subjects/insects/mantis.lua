-- A praying mantis: a long thin prothorax rising up at the front, a
-- triangular head with big eyes at its top corners and long antennae, the
-- two spiny raptorial forelegs folded up in front as if praying, four thin
-- walking legs, and a long abdomen with the wings folded flat along it.
local S = use("shapes")

local function tri_head(w, h, t)
  -- A flat triangle in the YZ plane, point down, `t` thick along X.
  return extrude({{-w * 0.5, h * 0.25}, {w * 0.5, h * 0.25}, {w * 0.2, -h * 0.45}, {0, -h * 0.75}, {-w * 0.2, -h * 0.45}}, t, t * 0.4):roty(90)
end

return {
  id = "mantis",
  names = {"mantis", "praying mantis", "mantid", "green mantis", "preying mantis", "praying mantid", "mantis insect"},
  lvis = {},
  family = "insects",
  size_mm = 40,
  description = "A praying mantis with its forelegs folded",
  params = {lean = {-4, 6}, spread = {0.92, 1.08}},
  parts = {
    {"body", "plastic", color = "#6aaa38", role = "primary", names = {"body", "thorax", "abdomen", "head", "legs", "forelegs"}},
    {"wings", "plastic", color = "#8cc450", role = "secondary", names = {"wings", "wing"}},
    {"eyes", "gloss", color = "#b8c860", role = "fixed"},
    {"pupils", "plastic", color = "#2a3418", role = "fixed"},
  },
  variants = {
    orchid = {names = {"orchid mantis", "pink mantis", "flower mantis", "white mantis"},
              colors = {body = "#f6d6e4", wings = "#fbe9f0", eyes = "#f0c0d8", pupils = "#8a4a6a"}},
    brown = {names = {"brown mantis", "dead leaf mantis", "bark mantis"}, colors = {body = "#8a6a3e", wings = "#a8845a", eyes = "#b8a070"}},
  },
  attach_to = {"head", "back"},
  points = {"head", "back", "face"},
  build = function(k)
    local orchid = k.variant == "orchid"
    local soft = k.soft or 1
    local cartoon = k.style == "cartoon"
    local lean = k.p.lean
    local spread = k.p.spread

    -- Abdomen: long, a little flattened, widest behind the middle, its tip
    -- lifting slightly.
    local abd_pts = {{4, 13, 0}, {-10, 12.5, 0}, {-26, 12.5, 0}, {-40, 13.5, 0}, {-50, 15.5, 0}}
    local abd_r = function(t) return 3.4 + 2.8 * math.sin(math.pi * math.min(1, t * 1.15)) - 1.6 * t end
    local pts = spline(abd_pts, 5)
    local beads = {}
    for i, p in ipairs(pts) do
      local t = (i - 1) / (#pts - 1)
      beads[#beads + 1] = ellipsoid(abd_r(t), abd_r(t) * 0.8, abd_r(t) * 1.05):move(p[1], p[2], p[3])
    end
    local abdomen = smooth(1.2, table.unpack(beads))
    -- Meso/metathorax where the walking legs and wings start.
    local thorax = ellipsoid(8, 3.6, 3.4):move(5, 14, 0)
    -- Prothorax: the long thin "neck" rising forward.
    local neck_a = {9, 15, 0}
    local neck_b = {24 + lean * 0.3, 30 + lean, 0}
    local prothorax = smooth(1.5, limb(neck_a, neck_b, 2.6, 2.0), ellipsoid(3.4, 2.4, 3.0):move(neck_b[1] - 2, neck_b[2] - 2.5, 0))
    local body = smooth(1.6 * soft, abdomen, thorax, prothorax)

    -- Head: a wide triangle, eyes bulging at its top corners.
    local hc = {neck_b[1] + 3.2, neck_b[2] + 2.8, 0}
    local hw = cartoon and 16 or 13.5
    local head = tri_head(hw, 11, 5):rotz(-12):move(hc[1], hc[2], hc[3])
    head = smooth(1.2, head, ellipsoid(2.2, 2.4, 2.6):move(hc[1] - 1.2, hc[2] - 0.5, 0))
    body = smooth(1.0, body, head)
    local eyes, pupils = empty(), empty()
    local er = cartoon and 3.3 or 2.7
    for _, sz in ipairs({-1, 1}) do
      local e = {hc[1] + 0.4, hc[2] + 2.0, sz * (hw * 0.5 - 0.8)}
      eyes = eyes + ellipsoid(er * 0.95, er * 1.1, er):move(e[1], e[2], e[3])
      pupils = pupils + sphere(er * 0.42):move(e[1] + er * 0.65, e[2] + 0.2, e[3] + sz * er * 0.35)
      -- Antennae: long, thin, sweeping up and back.
      local b = {hc[1] + 0.8, hc[2] + 2.8, sz * 1.6}
      body = body + tube({b, S.add(b, {3, 6, sz * 2.5}), S.add(b, {2, 13, sz * 5.5}), S.add(b, {-3, 19, sz * 8})}, 1.0, 0.9)
    end

    -- Raptorial forelegs, folded like praying hands: coxa down and forward
    -- from the front of the prothorax, the thick spiny femur up, the tibia
    -- folded back down against it.
    local fore = empty()
    for _, sz in ipairs({-1, 1}) do
      local z = sz * 2.6 * spread
      local sh = {neck_b[1] - 2.5, neck_b[2] - 4, sz * 1.6}
      local knee1 = {sh[1] + 5, sh[2] - 9, z + sz * 0.6}
      local knee2 = {knee1[1] + 7.5, knee1[2] + 12.5, z + sz * 0.4}
      local claw = {knee2[1] - 0.6, knee2[2] - 11, z + sz * 0.3}
      local coxa = limb(sh, knee1, 1.7, 1.5)
      local femur = smooth(0.8, limb(knee1, knee2, 1.6, 1.2),
                           ellipsoid(2.1, 5.0, 1.4):rotz(-math.deg(math.atan(knee2[1] - knee1[1], knee2[2] - knee1[2])))
                             :move((knee1[1] + knee2[1]) * 0.5 + 0.4, (knee1[2] + knee2[2]) * 0.5, (knee1[3] + knee2[3]) * 0.5))
      local tibia = limb(knee2, claw, 1.2, 0.85)
      local hook = limb(claw, S.add(claw, {-1.8, 1.5, 0}), 0.85, 0.6)
      local spines = empty()
      for i = 1, 3 do
        local p = S.lerp(knee1, knee2, 0.25 + i * 0.18)
        spines = spines + cone(0.7, 0.15, 2.0):rotz(110):move(p[1] - 0.8, p[2], p[3])
      end
      fore = fore + smooth(0.6, coxa, femur, tibia, hook) + spines
    end
    body = smooth(0.8, body, fore)

    -- Walking legs: middle and hind pairs, femur up and out, tibia down.
    local legs = {}
    local lobes = {}
    local leg_r = 0.95
    for _, spec in ipairs({
      {hip = {7, 13}, knee = {11, 21, 12}, foot = {20, 0, 19}},
      {hip = {1, 12.5}, knee = {-7, 21, 14}, foot = {-22, 0, 21}},
    }) do
      for _, sz in ipairs({-1, 1}) do
        local hip = {spec.hip[1], spec.hip[2], sz * 2.4}
        local knee = {spec.knee[1], spec.knee[2], sz * spec.knee[3] * spread}
        local foot = {spec.foot[1], spec.foot[2] + 0.7, sz * spec.foot[3] * spread}
        local tarsus = S.add(foot, {spec.foot[1] > 0 and 3 or -3, -0.2, sz * 1.5})
        legs[#legs + 1] = polyline({hip, knee, foot, tarsus}, leg_r * 1.15, leg_r * 0.8)
        if orchid then
          -- Petal-like lobes on the femurs.
          local mid = S.lerp(hip, knee, 0.6)
          lobes[#lobes + 1] = ellipsoid(3.4, 1.4, 2.6):move(mid[1], mid[2], mid[3])
        end
      end
    end
    body = smooth(0.8, body, union(table.unpack(legs)))
    if #lobes > 0 then body = smooth(0.6, body, union(table.unpack(lobes))) end
    if orchid then
      -- The orchid mantis's petal-shaped abdomen flanges.
      body = smooth(1.0, body, ellipsoid(14, 1.4, 7.5):move(-24, 14.5, 0))
    end

    -- Wings folded flat along the back, tips past the end of the abdomen.
    local wl = orchid and 34 or 46
    local wing = leaf(wl, 9.5, 1.6, 0.9):rotz(90):rotx(90)
    local wings = wing:move(2, 17.6, 0)
    local vein = limb({0, 18.3, 0}, {-wl + 4, 17.9, 0}, 0.5, 0.4)
    local shape = body:part("body") + smooth(0.4, wings, vein):part("wings")
    shape = shape + eyes:part("eyes") + pupils:part("pupils")

    k.attach("head", {hc[1], hc[2] + 4, 0}, hw)
    k.attach("back", {-10, 19, 0}, 12)
    k.attach("face", {hc[1] + 2.5, hc[2] + 1, 0}, hw, {1, 0, 0})
    return shape
  end,
}
