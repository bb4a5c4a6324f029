-- A gargoyle: a stone beast crouched on the edge of a cornice ledge,
-- haunches down and leaning out over the drop, front claws gripping the
-- ledge's lip, bat wings raised behind its shoulders (finger ridges and a
-- scalloped trailing edge), curved horns, pointed ears, a wide snarling
-- fanged mouth and a long tail curling off the side of the ledge.
local S = use("shapes")
local add, lerp = S.add, S.lerp

-- A bat wing in the XY plane: the root at the origin, the arm rising to a
-- wrist, finger bones fanning back (-X) and down to points joined by
-- scalloped membrane. W is the wing's height; th the membrane's thickness.
local function bat_wing(W, th)
  local wrist = {-0.12 * W, 0.92 * W}
  local tips = {{-0.62 * W, 1.0 * W}, {-0.9 * W, 0.66 * W}, {-0.88 * W, 0.3 * W}, {-0.6 * W, 0.02 * W}}
  local back = {-0.16 * W, -0.06 * W}
  -- Leading edge: root up the arm to the wrist, then the top finger.
  local outline = {{0.02 * W, -0.04 * W}, {0.04 * W, 0.35 * W}, {0.0, 0.7 * W}, wrist, tips[1]}
  -- Scallops: between two points the edge bows in towards the wrist.
  local function scallop(a, b, depth)
    local mid = {(a[1] + b[1]) / 2, (a[2] + b[2]) / 2}
    local to = {wrist[1] - mid[1], wrist[2] - mid[2]}
    local l = math.sqrt(to[1] ^ 2 + to[2] ^ 2)
    for i = 1, 4 do
      local t = i / 5
      local bow = math.sin(math.pi * t) * depth
      outline[#outline + 1] = {a[1] + (b[1] - a[1]) * t + to[1] / l * bow, a[2] + (b[2] - a[2]) * t + to[2] / l * bow}
    end
    outline[#outline + 1] = b
  end
  scallop(tips[1], tips[2], 0.12 * W)
  scallop(tips[2], tips[3], 0.11 * W)
  scallop(tips[3], tips[4], 0.11 * W)
  scallop(tips[4], back, 0.1 * W)
  local wing = extrude(outline, th, th * 0.3)
  local w3 = {wrist[1], wrist[2], 0}
  local bones = {
    polyline({{0, 0, 0}, {0.03 * W, 0.4 * W, 0}, w3}, 0.05 * W, 0.035 * W),
    cone(0.035 * W, 0.004 * W, 0.13 * W):rotz(-35):move(w3[1], w3[2], 0),  -- the thumb claw
  }
  for _, t in ipairs(tips) do
    bones[#bones + 1] = polyline({w3, {t[1], t[2], 0}}, 0.05 * W, 0.016 * W)
  end
  return smooth(0.02 * W, wing, union(table.unpack(bones)))
end

return {
  id = "gargoyle",
  names = {"gargoyle", "stone gargoyle", "grotesque", "chimera statue", "gothic gargoyle"},
  lvis = {"gargoyle"},
  family = "creatures",
  size_mm = 600,
  description = "A crouching stone gargoyle with bat wings and horns on a ledge",
  params = {wing = {8, 20}, horns = {0.85, 1.15}},
  parts = {
    {"stone", "stone", color = "#9c9a94", role = "primary", names = {"stone", "body", "gargoyle"}},
    {"plinth", "stone", color = "#7c7a74", role = "secondary", names = {"plinth", "base", "pedestal", "ledge", "cornice"}},
    {"eyes", "stone", color = "#3a3a38", role = "fixed"},
  },
  points = {"head", "top"},
  build = function(k)
    local soft = k.soft or 1
    local L = 130                    -- the ledge's top
    local FX = 105                   -- the ledge's front edge
    local ZW = 150                   -- the ledge's half width
    -- The ledge: a block under an overhanging cornice slab, a moulded foot.
    local ledge = union(
      box(290, L - 40, ZW * 2 - 30, 3):move(FX - 165, (L - 40) / 2 + 10, 0),                   -- the die
      box(322, 26, ZW * 2, 5):move(FX - 156, L - 13, 0),                                     -- the cornice slab
      box(306, 14, ZW * 2 - 16, 3):move(FX - 162, L - 32, 0),                                -- a step under it
      box(310, 18, ZW * 2 - 10, 4):move(FX - 163, 9, 0),                                     -- the foot
      capsule({FX - 14, L - 40, -(ZW - 16)}, {FX - 14, L - 40, ZW - 16}, 8),                  -- a bead under the lip
      capsule({FX - 314, L - 40, ZW - 16}, {FX - 14, L - 40, ZW - 16}, 8),
      capsule({FX - 314, L - 40, -(ZW - 16)}, {FX - 14, L - 40, -(ZW - 16)}, 8)
    ):noise(1.2, 18)
    -- Torso: rump low at the back, chest leaning out over the edge.
    local rump = {-55, L + 62, 0}
    local chest = {62, L + 160, 0}
    local body = smooth(22 * soft,
      ellipsoid(62, 56, 56):move(rump[1], rump[2], 0),
      ellipsoid(58, 50, 62):rotz(-40):move(chest[1] - 6, chest[2] - 4, 0),
      limb(rump, chest, 52, 50),
      ellipsoid(40, 30, 44):move(30, L + 120, 0)                          -- belly
    )
    local limbs = {}
    local claws = {}
    for _, z in ipairs({-1, 1}) do
      -- Hind legs: a big haunch, the knee forward, the hock back, the foot flat.
      local hip = {-48, L + 62, z * 52}
      local knee = {20, L + 92, z * 74}
      local hock = {-42, L + 22, z * 76}
      local toes = {26, L + 8, z * 74}
      limbs[#limbs + 1] = ellipsoid(58, 42, 32):rotz(22):move(-14, L + 76, z * 66)
      limbs[#limbs + 1] = limb(knee, hock, 24, 14)
      limbs[#limbs + 1] = limb(hock, toes, 14, 16)
      for i = -1, 1 do
        local t0 = add(toes, {2, 0, i * 12})
        claws[#claws + 1] = tube({t0, add(t0, {16, -2, i * 6}), add(t0, {26, -8, i * 8})}, 6, 1.2)
      end
      -- Arms: shoulders wide, elbows out, hands over the ledge's lip.
      local sh = {70, L + 174, z * 56}
      local elbow = {58, L + 110, z * 84}
      local wrist = {FX - 8, L + 16, z * 62}
      limbs[#limbs + 1] = sphere(30):move(sh[1], sh[2], sh[3])
      limbs[#limbs + 1] = limb(sh, elbow, 26, 18)
      limbs[#limbs + 1] = limb(elbow, wrist, 18, 12)
      limbs[#limbs + 1] = ellipsoid(18, 9, 20):move(wrist[1] - 2, L + 8, wrist[3])
      for i = -1.5, 1.5 do
        local f0 = {FX - 6, L + 8, wrist[3] + i * 10}
        claws[#claws + 1] = tube({f0, {FX + 8, L + 6, f0[3] + i * 2}, {FX + 14, L - 10, f0[3] + i * 3}, {FX + 10, L - 26, f0[3] + i * 3}}, 5.5, 1.2)
      end
    end
    body = smooth(12 * soft, body, union(table.unpack(limbs)))

    -- Neck and head, thrust forward and low.
    local hpos, hs = {140, L + 214, 0}, 1.22
    local neck = limb(chest, add(hpos, {-24, -10, 0}), 36, 32)
    local hc = {0, 0, 0}   -- the head is built about its centre, then scaled up
    local head = smooth(10 * soft,
      ellipsoid(44, 40, 42):move(hc[1], hc[2], 0),                        -- skull
      ellipsoid(34, 22, 36):move(hc[1] + 36, hc[2] - 14, 0),              -- upper jaw
      ellipsoid(30, 12, 30):rotz(-14):move(hc[1] + 30, hc[2] - 46, 0),    -- dropped lower jaw
      ellipsoid(22, 20, 30):move(hc[1] + 4, hc[2] - 34, 0)                -- cheeks, the jaw hinge
    )
    -- Heavy scowling brows and flared nostrils.
    head = smooth(6 * soft, head,
      limb({hc[1] + 38, hc[2] + 14, -4}, {hc[1] + 32, hc[2] + 24, -34}, 9, 7),
      limb({hc[1] + 38, hc[2] + 14, 4}, {hc[1] + 32, hc[2] + 24, 34}, 9, 7),
      sphere(9):move(hc[1] + 66, hc[2] - 6, -10), sphere(9):move(hc[1] + 66, hc[2] - 6, 10))
    -- The mouth: a wide snarl cut between the jaws.
    local mouth = ellipsoid(30, 10, 34):rotz(-8):move(hc[1] + 44, hc[2] - 32, 0)
    head = smooth_sub(head, mouth, 3)
    local dark = ellipsoid(22, 7, 26):rotz(-8):move(hc[1] + 36, hc[2] - 32, 0)   -- the throat in shadow
    local eyes = empty()
    local teeth = {}
    for _, z in ipairs({-1, 1}) do
      head = smooth_sub(head, sphere(10):move(hc[1] + 38, hc[2] + 8, z * 20), 3)  -- deep sockets
      eyes = eyes + sphere(8):move(hc[1] + 34, hc[2] + 8, z * 20)
      -- Fangs: long ones at the corners, a row between.
      teeth[#teeth + 1] = cone(5, 0.8, 24):rotx(180):move(hc[1] + 58, hc[2] - 18, z * 16)
      teeth[#teeth + 1] = cone(4.5, 0.8, 20):move(hc[1] + 54, hc[2] - 48, z * 22)
      for i = 1, 2 do
        teeth[#teeth + 1] = cone(3, 0.5, 11):rotx(180):move(hc[1] + 64 - i * 2, hc[2] - 20, z * (2 + i * 5 - 5) + z * 3)
        teeth[#teeth + 1] = cone(3, 0.5, 10):move(hc[1] + 60 - i * 6, hc[2] - 43, z * (6 + i * 6))
      end
      -- Pointed ears swept out and back.
      teeth[#teeth + 1] = leaf(62, 30, 7, 1):aim({-0.6, 0.45, z * 0.66}, {hc[1] - 12, hc[2] + 12, z * 34})
      -- Curved horns: up, out and back, hooking at the tips.
      local h0, hl = {hc[1] + 10, hc[2] + 30, z * 22}, k.p.horns
      teeth[#teeth + 1] = tube({h0, add(h0, {-4 * hl, 34 * hl, z * 16}), add(h0, {-30 * hl, 62 * hl, z * 30}),
                                add(h0, {-66 * hl, 70 * hl, z * 38}), add(h0, {-90 * hl, 54 * hl, z * 40})}, 13, 2)
    end
    local function place(sh) return sh:scale(hs):move(hpos[1], hpos[2], 0) end
    head, eyes, dark = place(head), place(eyes), place(dark)
    local stone = smooth(6 * soft, body, neck, head) + place(union(table.unpack(teeth))) + union(table.unpack(claws))

    -- Spines down the back between the wings.
    local spines = {}
    for i = 0, 5 do
      local p = lerp({40, L + 200, 0}, {-80, L + 112, 0}, i / 5)
      spines[#spines + 1] = cone(9 - i * 0.8, 1, 22 - i * 1.5):rotz(40):move(p[1], p[2] - 4, 0)
    end
    stone = stone + union(table.unpack(spines))

    -- Bat wings raised behind the shoulders, spread in a V.
    local W = 280
    local wing = bat_wing(W, 8):rotx(16):roty(k.p.wing):move(14, L + 168, 36)
    stone = stone + wing:mirror("z")

    -- A long tail: off the rump, along the ledge, over the side and curled.
    local tz = ZW + 7
    local tail = tube({{-98, L + 52, 0}, {-132, L + 14, 30}, {-126, L + 8, 100}, {-84, L + 8, ZW - 14}, {-54, L - 6, tz},
                       {-44, L - 60, tz - 12}, {-62, L - 96, tz - 14}, {-92, L - 104, tz - 14}}, 13, 6)
    -- A spade tip, pointing back along the ledge.
    local tip = extrude({{0, 0}, {-14, 16}, {-40, 0}, {-14, -16}}, 8, 3):rotz(-10):move(-90, L - 104, tz - 14)
    stone = stone + tail + tip

    local shape = stone:part("stone") + ledge:part("plinth") + (eyes + dark):part("eyes")
    k.attach("head", {hpos[1], hpos[2] + 40 * hs, 0}, 80 * hs)
    k.attach("top", {hpos[1], hpos[2] + 44 * hs, 0}, 80 * hs)
    return shape
  end,
}
