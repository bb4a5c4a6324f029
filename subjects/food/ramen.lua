-- A bowl of ramen: a deep dark red bowl with a pale glazed inside and a
-- patterned band under the rim, full of golden broth. A tangle of yellow
-- wavy noodles heaps up out of the broth on the right; two halves of a
-- soft-boiled egg show their orange yolks at the front, two round slices of
-- pork lean up on the left, a dark green sheet of nori stands up at the
-- back edge, green scallion rings float on the broth, and a pair of
-- chopsticks rests across the rim. Tonkotsu, miso and shoyu change the
-- broth's colour. Pho: a white bowl with a blue band, amber broth, thin
-- white rice noodles, slices of beef, herb leaves and a lime wedge.

local function wave_strand(p0, p1, lift, amp, waves, phase, n)
  -- a wavy noodle from p0 to p1, arching up by `lift` in the middle
  local pts = {}
  local dx, dz = p1[1] - p0[1], p1[3] - p0[3]
  local l = math.sqrt(dx * dx + dz * dz)
  local sx, sz = -dz / l, dx / l
  for i = 0, n do
    local t = i / n
    local w = math.sin(t * math.pi * 2 * waves + phase) * amp
    local y = p0[2] + (p1[2] - p0[2]) * t + math.sin(t * math.pi) * lift
    pts[#pts + 1] = {p0[1] + dx * t + sx * w, y + math.cos(t * math.pi * 2 * waves + phase) * amp * 0.35,
                     p0[3] + dz * t + sz * w}
  end
  return pts
end

return {
  id = "ramen",
  names = {"ramen", "ramen bowl", "noodle bowl", "bowl of ramen", "ramen noodles", "noodle soup", "bowl of noodles", "bowl of noodle soup",
           "ramen soup", "japanese noodle soup", "noodles in broth", "ramen noodle soup", "ramen dish",
           "chashu ramen", "ramen noodle bowl"},
  lvis = {"soup"},
  family = "food",
  size_mm = 120,
  description = "A deep bowl of ramen: golden broth, wavy noodles, a halved egg, pork, nori, scallions and chopsticks",
  params = {turn = {-12, 12}, lean = {8, 16}},
  parts = {
    {"bowl", "glazed", color = "#7a1a16", role = "primary", names = {"bowl", "outside"}},
    {"band", "glazed", color = "#ece2c8", role = "secondary", names = {"band", "rim", "pattern", "rim band"}},
    {"inside", "glazed", color = "#f2ede2", role = "detail", names = {"inside", "lining"}},
    {"broth", "food", color = "#dba94c", role = "detail", names = {"broth", "soup", "stock"}},
    {"noodles", "food", color = "#f0cc62", role = "detail", names = {"noodles", "noodle", "ramen noodles"}},
    {"egg_white", "food", color = "#f8f4ea", role = "detail", names = {"egg", "egg white", "boiled egg", "soft boiled egg"}},
    {"yolk", "food", color = "#f29a1a", role = "detail", names = {"yolk", "egg yolk"}},
    {"pork", "food", color = "#c98e68", role = "detail", names = {"pork", "meat", "chashu", "beef", "slices"}},
    {"pork_rind", "food", color = "#7a4424", role = "detail", names = {"rind", "crust"}},
    {"nori", "food", color = "#1e3222", role = "detail", names = {"nori", "seaweed"}},
    {"scallions", "plant", color = "#5aa83a", role = "detail", names = {"scallions", "scallion", "onions", "green onions", "spring onions", "herbs"}},
    {"chopsticks", "wood", color = "#c89a62", role = "detail", names = {"chopsticks", "chopstick", "sticks"}},
    {"lime", "food", color = "#8cc63a", role = "detail", names = {"lime", "lime wedge"}},
  },
  variants = {
    tonkotsu = {names = {"tonkotsu ramen", "tonkotsu", "pork bone ramen"}, colors = {broth = "#ead3a2"}},
    miso = {names = {"miso ramen", "miso noodle soup"}, colors = {broth = "#c88a3c"}},
    shoyu = {names = {"shoyu ramen", "soy sauce ramen", "shoyu"}, colors = {broth = "#a8642a"}},
    pho = {names = {"pho", "pho bo", "vietnamese noodle soup", "beef noodle soup", "bowl of pho", "pho soup"},
           colors = {bowl = "#f2eee4", band = "#2e5a9a", inside = "#f6f3ec", broth = "#c9924a",
                     noodles = "#f6f1e2", pork = "#9a5a44", scallions = "#3f8f2e"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local pho = k.variant == "pho"
    local R, H, foot, fh, wall = 100, 88, 40, 8, 6
    local hb = H - 13 -- the broth's surface
    local prof = {}
    for i = 0, 20 do
      local t = i / 20
      prof[#prof + 1] = {foot + (R - foot) * math.sin(t * math.pi * 0.5) ^ 0.75, fh + (H - fh) * t}
    end
    local function r_at(y)
      for i = 2, #prof do
        if y <= prof[i][2] then
          local a, b = prof[i - 1], prof[i]
          return a[1] + (b[1] - a[1]) * (y - a[2]) / (b[2] - a[2])
        end
      end
      return R
    end
    -- the cavity above a depth, inset by `w` from the outside
    local function cavity(w, y0)
      local poly = {{0, y0}, {r_at(y0) - w, y0}}
      for _, p in ipairs(prof) do
        if p[2] > y0 then poly[#poly + 1] = {p[1] - w, p[2]} end
      end
      poly[#poly + 1] = {R - w, H + 20}
      poly[#poly + 1] = {0, H + 20}
      return revolve(poly)
    end
    local outer = lathe(prof):round(0.5)
    local footring = subtract(cylinder(foot * 0.92, fh + 2), cylinder(foot * 0.92 - 6, 4):move(0, -1, 0))
    local hole = cavity(wall, hb - 4)
    local liner = cavity(wall - 1.6, hb - 4)
    local bowl = smooth(2, subtract(outer, liner), footring):part("bowl")
    local inside = intersect(subtract(liner, hole), outer):part("inside")
    local lip = torus(R - wall / 2, wall / 2 + 0.4):move(0, H, 0):part("inside")
    -- a pale band just under the rim with a ring of dark diamonds and dots
    local by0, by1 = H - 18, H - 5
    local band = intersect(lathe({{0, by0}, {r_at(by0) + 1.8, by0}, {r_at(by1) + 1.8, by1}, {0, by1}}),
      box(400, by1 - by0, 400):move(0, (by0 + by1) / 2, 0))
    band = subtract(band, cavity(wall, by0 - 5)):part("band")
    local key = {}
    local nm = 20
    local ym = (by0 + by1) / 2
    for i = 0, nm - 1 do
      local a = 360 * (i + 0.5) / nm
      local r = r_at(ym) + 1.9
      key[#key + 1] = subtract(box(1.6, 6.5, 6.5), box(4, 2.8, 2.8):move(0, 0, 0)):rotx(45):move(r, ym, 0):roty(a)
      key[#key + 1] = sphere(1.3):move(r, ym, 0):roty(a + 180 / nm)
    end
    local shape = bowl + inside + lip + band + union(key):part("bowl")
    -- the broth: a layer filling the cavity up to its surface
    local broth = intersect(hole, box(400, 6, 400):move(0, hb - 3, 0)):part("broth")
    shape = shape + broth
    local rin = r_at(hb) - wall -- inner radius at the broth
    -- Toppings are laid out as seen from the usual three-quarter view: `at`
    -- takes (across, towards the viewer) in fractions of the broth's radius.
    local turn = math.rad(k.p.turn)
    local function at(u, f, y)
      local x, z = (u + f) * 0.7071 * rin, (f - u) * 0.7071 * rin
      return {x * math.cos(turn) + z * math.sin(turn), y, z * math.cos(turn) - x * math.sin(turn)}
    end
    local view = at(0, 1, 0)
    local function facing(up)
      local l = math.sqrt(view[1] ^ 2 + view[3] ^ 2)
      return {view[1] / l, up, view[3] / l}
    end
    -- Noodles: wavy strands heaped up on the right, lifting out of the
    -- broth in a tangle.
    local strands = {}
    local ns = pho and 16 or 14
    local nr = pho and 2.3 or 2.5
    for i = 0, ns - 1 do
      -- strands criss-cross the right half, some arching high, some low
      local j = i % 7
      local u0, f0 = 0.15 + (j % 3) * 0.1, -0.7 + j * 0.16
      local u1, f1 = 0.85 - (j % 2) * 0.12, 0.4 - (j % 4) * 0.28
      if i >= 7 then u0, f0, u1, f1 = 0.9 - (j % 3) * 0.1, -0.45 + j * 0.12, 0.1 + (j % 2) * 0.1, 0.15 - j * 0.1 end
      local lift = i >= 7 and 5 + (j % 3) * 3 or 12 + (j % 4) * 6
      strands[#strands + 1] = tube(wave_strand(at(u0, f0, hb - 2), at(u1, f1, hb - 2), lift, pho and 1.6 or 3.0,
        3 + i % 3, i * 1.3, 16), nr)
    end
    local heap = at(0.5, -0.1, hb)
    local mound = intersect(ellipsoid(rin * 0.36, 6, rin * 0.36):move(heap[1], hb, heap[3]),
      cylinder(rin - 2, 40):move(0, hb - 20, 0))
    shape = shape + union(union(strands), mound):part("noodles")
    if not pho then
      -- a halved soft-boiled egg, cut face up and tipped towards the viewer
      local function egg_half(u, f, spin)
        local white = intersect(ellipsoid(21, 15, 15), box(60, 40, 60):move(0, -20, 0))
        local hollow = ellipsoid(10, 8.5, 8.5):move(-1.5, 0, 0)
        local yolk = intersect(hollow, box(60, 40, 60):move(0, -19.4, 0))
        local e = union(subtract(white, hollow):part("egg_white"), yolk:part("yolk"))
        local p = at(u, f, hb + 4)
        return e:roty(spin):aim(facing(1.5), p)
      end
      shape = shape + egg_half(-0.05, 0.55, 20) + egg_half(0.38, 0.5, -30)
      -- pork chashu: round slices with a browned rim, leaning up on the left
      local function slice(u, f, up)
        local meat = cylinder(24, 6, 2):move(0, -3, 0)
        local rind = subtract(torus(24, 3.6), cylinder(23, 20):move(0, -10, 0))
        local swirl = torus(11, 1.3):stretch(1, 0.6, 1):move(3, 3, 2)
        return union(meat:part("pork"), rind:part("pork_rind"), swirl:part("pork_rind")):aim(facing(up), at(u, f, hb + 7))
      end
      shape = shape + slice(-0.55, 0.15, 1.1) + slice(-0.35, -0.25, 1.6)
      -- nori standing up at the back edge, leaning out over the rim
      local np = at(-0.35, -0.82, hb + 22)
      local nori = box(3, 78, 58, 0.6):rotz(-k.p.lean):roty(-45 + k.p.turn):move(np[1], np[2], np[3])
      shape = shape + nori:part("nori")
    else
      -- thin slices of beef fanned on the broth
      local beef = {}
      for i = 0, 2 do
        beef[#beef + 1] = ellipsoid(26, 2.2, 17):roty(30 + i * 25):aim(facing(4), at(-0.2 + i * 0.2, 0.45 - i * 0.1, hb + 2 + i))
      end
      shape = shape + union(beef):part("pork")
      -- herb leaves (basil, coriander) heaped on the left, and a lime wedge
      local leaves = {}
      for i = 0, 8 do
        local u, f = -0.55 + (i % 3) * 0.16, -0.5 + math.floor(i / 3) * 0.32 + (i % 2) * 0.06
        local p = at(u, f, hb + 0.6 + (i % 3) * 0.8)
        leaves[#leaves + 1] = ellipsoid(15, 2, 7.5):rotz(8 + (i % 4) * 6):roty(i * 67):move(p[1], p[2], p[3])
      end
      shape = shape + union(leaves):part("scallions")
      local wedge = intersect(ellipsoid(26, 17, 17), box(60, 40, 60):move(0, -20, 0))
      wedge = wedge:rotx(-45)
      local lime = wedge:aim(facing(2.2), at(0.5, 0.35, hb + 9))
      shape = shape + lime:part("lime")
    end
    -- scallion rings floating on the broth
    local rings = {}
    local spots = {{0.0, 0.15}, {-0.15, -0.05}, {0.1, 0.0}, {-0.25, 0.35}, {0.15, 0.25}, {-0.05, -0.35},
                   {0.3, 0.05}, {-0.1, 0.85}, {0.55, 0.6}, {0.05, -0.5}}
    for i, s in ipairs(spots) do
      local p = at(s[1], s[2], hb - 1.2)
      rings[#rings + 1] = subtract(cylinder(4.8, 3.4), cylinder(2.4, 8):move(0, -2, 0))
        :rotx((i % 3 - 1) * 12):move(p[1], p[2], p[3])
    end
    shape = shape + union(rings):part("scallions")
    -- chopsticks resting across the rim, over the back of the bowl
    local function stick(f, du)
      local a = at(-1.45, f, H + 3.4)
      local b = at(1.5, f + 0.1 + du, H + 3.4)
      return limb(a, b, 3.3, 2.0)
    end
    shape = shape + union(stick(-0.5, 0), stick(-0.38, 0.04)):part("chopsticks")
    k.attach("inside", {0, hb, 0}, rin * 2)
    k.attach("fill", {0, hb, 0}, rin * 2)
    k.attach("top", {0, H + 8, 0}, R)
    return shape
  end,
}
