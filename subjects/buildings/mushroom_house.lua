-- A mushroom house: a fairy-tale cottage built inside a giant toadstool. A
-- fat round cream stalk makes the walls, with a little arched plank door
-- and round windows, under a big domed red cap with white spots that
-- overhangs the walls all round.
return {
  id = "mushroom_house",
  names = {"mushroom house", "toadstool house", "mushroom cottage", "fairy house", "mushroom home", "gnome house",
           "fairy mushroom house", "toadstool cottage", "mushroom hut", "fairy cottage", "gnome home"},
  lvis = {},
  family = "buildings",
  size_mm = 3000,
  description = "A fairy-tale house inside a giant red spotted mushroom",
  params = {stalk_r = {62, 70}, stalk_h = {160, 175}, cap_r = {122, 134}, cap_k = {0.58, 0.7}, spots = {9, 12}},
  parts = {
    {"cap", "paint", color = "#c8261e", role = "primary", names = {"cap", "roof", "mushroom cap", "dome"}},
    {"walls", "paint", color = "#f1e6cc", role = "secondary", names = {"walls", "stalk", "stem", "house"}},
    {"door", "wood", color = "#8a5630", role = "detail", names = {"door", "doorway"}},
    {"windows", "wood", color = "#6e4426", role = "detail", names = {"windows", "window", "frames", "shutters"}},
    {"spots", "paint", color = "#fbf8f0", role = "detail", names = {"spots", "dots"}},
    {"chimney", "clay", color = "#9a8672", role = "detail", names = {"chimney", "chimney pot"}},
    {"panes", "gloss", color = "#7aa6c4", role = "fixed"},
  },
  points = {"top"},
  build = function(k)
    local R, H = k.p.stalk_r, k.p.stalk_h
    local cap_r = k.p.cap_r * (k.style == "cartoon" and 1.08 or 1)
    local cap_h = cap_r * k.p.cap_k

    -- The stalk: a fat barrel, flared at the foot, narrowing a little up top.
    local function rad(t) return R * (1 + 0.14 * (1 - t) ^ 3 - 0.14 * t * t + 0.1 * math.sin(t * math.pi)) end
    local prof, grown = {}, {}
    for i = 0, 12 do
      local t = i / 12
      prof[#prof + 1] = {rad(t), t * (H + 20)}
      grown[#grown + 1] = {rad(t) + 4, t * (H + 20)}
    end
    local stalk = lathe(prof)
    local skin = lathe(grown)

    -- The cap: a wide dome sitting low over the walls, its rim rolled under
    -- and its underside hollowed a little so it overhangs.
    local cy = H - 4
    local dome = ellipsoid(cap_r, cap_h * 1.15, cap_r)
    local cap = intersect(dome, cylinder(cap_r + 2, cap_h * 1.2):move(0, -cap_h * 0.12, 0))
    cap = smooth(10, cap, torus(cap_r - 14, 15):stretch(1, 0.9, 1):move(0, -cap_h * 0.02, 0))
    -- (the hollow is a lathed oval rather than an ellipsoid: a flat ellipsoid's
    -- distance is only a loose bound, and smooth_sub then blends it in unevenly,
    -- which tore the mesh open at fine resolution)
    local hollow = {}
    for i = 0, 32 do
      local t = -math.pi / 2 + math.pi * i / 32
      hollow[#hollow + 1] = {cap_r * 0.78 * math.cos(t), cap_h * 0.22 * math.sin(t)}
    end
    cap = smooth_sub(cap, lathe(hollow):move(0, -cap_h * 0.16, 0), 8)
    cap = cap:move(0, cy, 0)

    -- Spots: white patches on the cap, several on the side facing the viewer.
    local spots = {}
    local n = math.floor(k.p.spots + 0.5)
    for i = 1, n do
      local a = math.rad(360 * (i - 1) / n + k.rand(-12, 12) + 20)
      local e = (i % 2 == 0) and k.rand(0.28, 0.5) or k.rand(0.7, 0.95)
      local nx, ny, nz = math.cos(a) * math.cos(e), math.sin(e), math.sin(a) * math.cos(e)
      local s = k.rand(13, 20) * cap_r / 135
      spots[#spots + 1] = ellipsoid(s, s * 0.8, s):move(nx * cap_r, ny * cap_h * 1.15 + cy, nz * cap_r)
    end
    spots[#spots + 1] = ellipsoid(16, 12, 16):move(0, cap_h * 1.15 + cy, 0)
    local spot_shape = intersect(union(spots), cap:round(2.5))

    -- Everything on the walls is built facing +Z, then turned towards the viewer.
    local face = 38
    local function at(s, deg) return s:roty(deg) end

    -- The door: an arched plank leaf on the curved wall, in an arched frame.
    local dw, dh = R * 0.6, H * 0.5
    local function arch(w, h, steps)
      local o = {{-w / 2, 0}, {w / 2, 0}}
      for i = 0, steps do
        local a = math.pi * i / steps
        o[#o + 1] = {math.cos(a) * w / 2, h - w / 2 + math.sin(a) * w / 2}
      end
      return o
    end
    local frame = intersect(extrude(arch(dw + 14, dh + 7, 12), 80):move(0, 0, R), skin:round(2))
    frame = frame - extrude(arch(dw, dh, 12), 90):move(0, 0, R)
    local leaf = intersect(extrude(arch(dw, dh, 12), 80):move(0, 0, R), skin)
    local grooves = {}
    for i = -1, 1 do
      -- round-bottomed grooves that follow the curved wall (flat-sided
      -- slots pinched off slivers when the mesh was simplified)
      local gx, pts = i * dw * 0.26, {}
      for j = 0, 6 do
        local y = -4 + (dh + 8) * j / 6
        local r = rad(math.max(0, y) / (H + 20)) + 4
        pts[#pts + 1] = {gx, y, math.sqrt(r * r - gx * gx) - 0.2}
      end
      grooves[#grooves + 1] = tube(pts, 1.4)
    end
    leaf = leaf - intersect(union(grooves), skin - stalk:round(2.5))
    local knob = sphere(3.6):move(dw * 0.3, dh * 0.45, rad(0.3) + 6)
    local step = cylinder(dw * 0.75, 7, 2):stretch(1, 1, 0.55):move(0, 0, rad(0) + 6)
    local door = at(leaf + frame + knob + step, face)

    -- Round windows: a wooden ring with a cross and dark glass.
    local wins, glass = {}, {}
    local thin = lathe((function()
      local g = {}
      for i, q in ipairs(prof) do g[i] = {q[1] + 2, q[2]} end
      return g
    end)())
    local function window(deg, y, r)
      local z = rad(y / (H + 20))
      local ring = torus(r, 3):rotx(90):move(0, y, z + 1.5)
      local bars = box(2 * r, 2.6, 4):move(0, y, z + 1.5) + box(2.6, 2 * r, 4):move(0, y, z + 1.5)
      local pane = intersect(cylinder(r + 1, 60):rotx(90):move(0, y, R * 0.5), thin)
      wins[#wins + 1] = at(ring + bars, deg)
      glass[#glass + 1] = at(pane, deg)
    end
    window(face + 48, H * 0.5, R * 0.24)
    window(face - 52, H * 0.58, R * 0.19)
    if k.chance(0.5) then window(face + 150, H * 0.5, R * 0.17) end

    local walls = stalk
    -- the stalk blends into the cap's hollow underside: a hard seam there left
    -- hairline pockets of air at fine resolution
    local shape = smooth(6, walls:part("walls"), cap:part("cap")) + spot_shape:part("spots") + door:part("door")
    shape = shape + union(wins):part("windows") + union(glass):part("panes")

    -- A little chimney poking through the cap, now and then.
    if k.asked.chimney or k.chance(0.35) then
      local cx, cz = -cap_r * 0.36, -cap_r * 0.3
      local rr = math.sqrt(cx * cx + cz * cz) / cap_r
      local top = cy + cap_h * 1.15 * math.sqrt(1 - rr * rr) + 34
      local y0 = cy + cap_h * 0.5
      local chim = box(22, top - y0, 22, 2):move(cx, (top + y0) / 2, cz) + box(28, 9, 28, 2):move(cx, top - 4, cz)
      shape = shape + chim:part("chimney")
    end

    k.attach("top", {0, cy + cap_h * 1.15, 0}, cap_r * 0.5)
    return shape
  end,
}
