-- An army canteen standing on its edge: a flattened round flask sewn into a
-- khaki fabric cover with a welted seam round its rim and snap fasteners,
-- a short steel neck with a ridged screw cap tied to it by a ball chain,
-- and a webbing shoulder strap looping up over it from two rings on the rim.
return {
  id = "canteen",
  names = {"canteen", "army canteen", "water canteen", "military canteen", "soldier canteen", "canteen flask",
           "field canteen", "hiking canteen", "camping canteen", "water flask", "cantene", "canten", "round canteen",
           "scout canteen"},
  family = "accessories",
  size_mm = 300,
  hangs = true,
  description = "A round army canteen in a khaki cover with a screw cap on a chain and a shoulder strap",
  params = {strap_h = {95, 120}, chain_sag = {8, 16}},
  parts = {
    {"cover", "fabric", color = "#8a8456", role = "primary", names = {"cover", "body", "canteen", "fabric", "flask", "case"}},
    {"strap", "fabric", color = "#5e5a3a", role = "secondary", names = {"strap", "shoulder strap", "sling", "webbing", "belt"}},
    {"cap", "steel", color = "#9ea4aa", role = "detail", names = {"cap", "lid", "screw cap", "top", "stopper", "neck"}},
    {"chain", "steel", color = "#b4b8bc", role = "detail", names = {"chain", "ball chain"}},
    {"trim", "fabric", color = "#6e6a44", role = "detail", names = {"seam", "trim", "piping", "welt", "edging"}},
    {"snaps", "brass", color = "#a8884a", role = "detail", names = {"snaps", "snap", "buttons", "rivets", "rings", "buckles"}},
  },
  build = function(k)
    local R, T = 90, 64
    local cy = R + 4
    -- the flask: a round cushion, its faces towards ±X
    local body = smooth(14, cylinder(R, T, T * 0.32):move(0, -T / 2, 0):rotz(90),
                        ellipsoid(T * 0.62, R * 0.86, R * 0.86)):move(0, cy, 0)
    -- the welted seam round the rim and a sewn panel line on each face
    local trim = torus(R - 4, 5):rotz(90):move(0, cy, 0)
    for _, s in ipairs({-1, 1}) do
      trim = trim + torus(R * 0.72, 2.2):rotz(90):stretch(1, 1, 1):move(s * T * 0.49, cy, 0)
    end
    -- two snaps on the front face, under a flap line
    local snaps = empty()
    for _, z in ipairs({-R * 0.32, R * 0.32}) do
      snaps = snaps + cylinder(6, 6, 2):rotz(-90):move(T * 0.55, cy + R * 0.38, z)
    end
    local flap = box(8, 8, R * 1.1, 3):move(T * 0.52, cy + R * 0.5, 0)
    trim = trim + flap
    -- the neck and the ridged screw cap on top
    local top = cy + R - 2
    local neck = cylinder(17, 18):move(0, top - 4, 0) + torus(18, 3):move(0, top + 6, 0)
    local cap = cylinder(22, 22, 3):move(0, top + 12, 0)
    cap = cap + radial(box(4, 18, 4, 1):move(22, top + 23, 0), 16)
    cap = cap + cylinder(7, 6, 2):move(0, top + 32, 0) + torus(7, 2.2):rotx(90):move(0, top + 40, 0)
    -- a ball chain from the loop on the cap down to the ring round the neck
    local c0 = {0, top + 40, 0}
    local c1 = {19, top + 4, 6}
    local balls = {}
    local n = 13
    for i = 0, n do
      local t = i / n
      local x = c0[1] + (c1[1] - c0[1]) * t + k.p.chain_sag * 2.6 * math.sin(math.pi * t)
      local y = c0[2] + (c1[2] - c0[2]) * t
      local z = c0[3] + (c1[3] - c0[3]) * t + k.p.chain_sag * 0.5 * math.sin(math.pi * t)
      balls[#balls + 1] = sphere(3.6):move(x, y, z)
    end
    local chain = union(balls) + empty()
    -- the strap: webbing from a ring at each side of the rim, looping up
    -- over the top (in the YZ plane, its width along X)
    local ang = math.rad(58)
    local lug = {}
    local snaps_r = empty()
    for _, s in ipairs({-1, 1}) do
      local z, y = s * (R + 2) * math.sin(ang), cy + (R + 2) * math.cos(ang)
      lug[#lug + 1] = {z, y}
      snaps_r = snaps_r + torus(10, 3):rotx(90):rotate({0, 0, 1}, 0):move(0, y + 4, z + s * 6)
    end
    local H = k.p.strap_h
    local mid = {}
    local n2 = 18
    for i = 0, n2 do
      local t = i / n2
      local a = math.pi * t
      -- from the left ring, up and over, to the right ring
      local z = -math.cos(a) * (lug[2][1] + 12)
      local y = lug[1][2] + 10 + math.sin(a) * (top + H - lug[1][2])
      mid[#mid + 1] = {z, y}
    end
    local outl, back = {}, {}
    for i, q in ipairs(mid) do
      local a, b = mid[math.max(1, i - 1)], mid[math.min(#mid, i + 1)]
      local dz, dy = b[1] - a[1], b[2] - a[2]
      local l = math.sqrt(dz * dz + dy * dy)
      local nz, ny = -dy / l * 2.6, dz / l * 2.6
      outl[#outl + 1] = {q[1] + nz, q[2] + ny}
      table.insert(back, 1, {q[1] - nz, q[2] - ny})
    end
    for _, q in ipairs(back) do outl[#outl + 1] = q end
    local strap = extrude(outl, 26, 1):roty(90)
    local out = body:part("cover") + trim:part("trim") + snaps:part("snaps") + snaps_r:part("snaps")
      + neck:part("cap") + cap:part("cap") + chain:part("chain") + strap:part("strap")
    return out:roty(-35)
  end,
}
