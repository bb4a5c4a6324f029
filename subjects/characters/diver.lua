-- A deep-sea diver in the old standard dress: a round brass helmet with three
-- round glass portholes (front and both sides) and a grille, bolted to a
-- brass corselet over the shoulders; a heavy tan canvas suit, lead weights on
-- the chest, a weight belt, big weighted boots, and an air hose curving from
-- the back of the helmet down to the ground. The scuba variant is a modern
-- diver: a black wetsuit, a mask, an air tank on the back and long flippers.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "diver",
  names = {"diver", "deep sea diver", "deep-sea diver", "diving suit", "old diver", "brass helmet diver",
           "deepsea diver", "sea diver", "old fashioned diver", "old-fashioned diver", "vintage diver", "hard hat diver",
           "standard diving dress", "diving helmet diver", "diver in a diving suit", "underwater diver"},
  lvis = {},
  family = "characters",
  size_mm = 1850,
  description = "A deep-sea diver in a brass helmet with portholes and a canvas suit",
  parts = {
    {"suit", "fabric", color = "#b39a6e", role = "primary", worn = true, names = {"suit", "diving suit", "canvas", "wetsuit"}},
    {"helmet", "brass", color = "#b89048", role = "secondary", worn = true, names = {"helmet", "brass helmet", "diving helmet", "corselet", "collar", "bolts"}},
    {"portholes", "gloss", color = "#2c3e48", role = "detail", names = {"portholes", "porthole", "windows", "glass", "faceplate", "mask"}},
    {"boots", "rubber", color = "#3a3430", role = "detail", names = {"boots", "weighted boots", "flippers", "fins"}},
    {"gloves", "rubber", color = "#4a4038", role = "detail", names = {"gloves", "hands"}},
    {"hose", "rubber", color = "#2a2a2c", role = "detail", names = {"hose", "air hose", "air line", "tube"}},
    {"weights", "iron", color = "#5a5c60", role = "detail", names = {"weights", "lead weights", "belt", "weight belt"}},
    {"tank", "steel", color = "#e0b820", role = "detail", names = {"tank", "air tank", "oxygen tank", "scuba tank", "cylinder"}},
  },
  variants = {
    scuba = {names = {"scuba diver", "scuba", "snorkeler", "scuba diving", "frogman", "skin diver"},
             colors = {suit = "#263240", boots = "#2a6ad0", portholes = "#6a9ab8", hose = "#16181a"}},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local scuba = k.variant == "scuba"
    local spec = {
      build = scuba and "male" or "stocky", girth = scuba and 1.0 or 1.2, head_scale = 1.0,
      proportions = scuba and nil or {legs = 0.5, head = 0.078}, hair = "none", arms = "down",
      map = {head = "suit", neck = "suit", torso = "suit", upper_arm = "suit", forearm = "suit", hand = "gloves",
             thigh = "suit", shin = "suit", foot = "boots", ears = "suit", hair = "suit", eyes = "portholes"},
      face = {eyes = false, nose = false, ears = false}, boots = not scuba, no_head = not scuba,
      cuffs = scuba and nil or "weights", hat_lift = scuba and 0.5 or 1.4,
    }
    if scuba then spec.head_cover = function() return empty() end end
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      if scuba then
        -- mask over the eyes with a strap, a snorkel, a tank on the back, flippers
        local mask = box(hr * 0.5, hr * 0.55, hr * 1.2, hr * 0.15):move(c[1] + hr * 0.9, c[2] + hr * 0.1, c[3])
        local glass = box(hr * 0.2, hr * 0.42, hr * 1.05, hr * 0.1):move(c[1] + hr * 1.12, c[2] + hr * 0.1, c[3])
        local strap = torus(hr * 0.95, hr * 0.08):rotz(8):move(c[1] + hr * 0.05, c[2] + hr * 0.15, c[3])
        local snorkel = tube({{c[1] + hr * 0.85, c[2] - hr * 0.45, c[3] + hr * 0.2}, {c[1] + hr * 0.6, c[2] - hr * 0.5, c[3] + hr * 0.85},
                              {c[1] + hr * 0.1, c[2] + hr * 0.4, c[3] + hr * 0.95}, {c[1] - hr * 0.1, c[2] + hr * 1.2, c[3] + hr * 0.9}}, hr * 0.09)
        local s = mask:part("hose") + glass:part("portholes") + strap:part("hose") + snorkel:part("boots")
        local tx = -f.depth - 5 * u
        local tank = capsule({tx, f.y_waist - 6 * u, 0}, {tx, f.y_s + 2 * u, 0}, 6.5 * u)
        local valve = cylinder(1.6 * u, 4 * u):move(tx, f.y_s + 7 * u, 0)
        s = s + tank:part("tank") + valve:part("weights")
        s = s + box(6 * u, 3 * u, f.sw * 1.4, 1 * u):move(-f.depth * 0.3, f.y_chest, 0):part("hose")
        s = s + (H.torso(f, 1, 0.8 * u) * box(f.Hh, 3.5 * u, f.Hh):move(0, f.y_waist - 1 * u, 0)):part("hose")
        for _, side in ipairs({"L", "R"}) do
          local a = f["a" .. side]
          local fin = box(26 * u * 0.55, 1.4 * u, 8.5 * u, 0.6 * u):move(a[1] + 9 * u, 0.7 * u, a[3])
          s = s + fin:part("boots")
        end
        return s
      end
      -- the brass helmet: a big round dome over a bolted corselet
      local R = hr * 1.45
      local hc = {c[1] + hr * 0.05, c[2] - hr * 0.35, c[3]}
      local helmet = sphere(R):move(hc[1], hc[2], hc[3])
      local neck_ring = cylinder(R * 0.8, R * 0.3):move(hc[1], hc[2] - R * 1.05, hc[3])
      local corselet = ellipsoid(f.depth * 1.35, R * 0.75, f.sw * 1.02):move(0, f.y_s - 2 * u, 0)
      corselet = intersect(corselet, box(f.Hh, f.Hh, f.Hh):move(0, f.y_s - 2 * u - R * 0.2 + f.Hh * 0.5, 0))
      local rim = torus(1, 1)
      local bolts = {}
      for i = 0, 11 do
        local a = math.rad(i * 30 + 15)
        bolts[#bolts + 1] = sphere(1.3 * u):move(math.cos(a) * f.depth * 1.28, f.y_s - 2 * u - R * 0.12, math.sin(a) * f.sw * 0.95)
      end
      local brass = union(helmet, neck_ring, corselet, table.unpack(bolts))
      -- portholes: a brass ring framing a dark glass disc, front and both sides
      local ports = {}
      local frames = {}
      local function port(dir, r)
        local n = H.norm(dir)
        local function at(t) return {hc[1] + n[1] * R * t, hc[2] + n[2] * R * t, hc[3] + n[3] * R * t} end
        frames[#frames + 1] = cylinder(r * 1.28, R * 0.16):aim(n, at(0.9))
        frames[#frames + 1] = torus(r * 1.05, r * 0.2):aim(n, at(1.07))
        ports[#ports + 1] = cylinder(r, R * 0.19):aim(n, at(0.9))
      end
      port({1, 0, 0}, R * 0.42)
      port({0.15, 0.05, 1}, R * 0.3)
      port({0.15, 0.05, -1}, R * 0.3)
      -- bars over the front port, and the top valve
      local bars = {}
      for i = -1, 1 do
        bars[#bars + 1] = capsule({hc[1] + R * 1.1, hc[2] - R * 0.36, hc[3] + i * R * 0.16}, {hc[1] + R * 1.1, hc[2] + R * 0.36, hc[3] + i * R * 0.16}, 0.55 * u)
      end
      local valve = cylinder(2 * u, 3 * u):move(hc[1] - R * 0.35, hc[2] + R * 0.88, hc[3])
      local s = brass:part("helmet") + union(table.unpack(frames)):part("helmet") + union(table.unpack(ports)):part("portholes")
      s = s + union(table.unpack(bars)):part("helmet") + valve:part("helmet")
      -- the air hose from the back of the helmet, arching down to the ground behind
      local h0 = {hc[1] - R * 0.9, hc[2] + R * 0.1, hc[3] + R * 0.25}
      local hose = tube({h0, {h0[1] - 10 * u, h0[2] + 2 * u, h0[3] + 3 * u}, {h0[1] - 20 * u, h0[2] - 15 * u, h0[3] + 8 * u},
                         {-f.depth - 22 * u, f.y_hip * 0.5, 12 * u}, {-f.depth - 30 * u, 2.2 * u, 16 * u}, {-f.depth - 42 * u, 2.2 * u, 12 * u}}, 2.2 * u)
      s = s + hose:part("hose") + cylinder(2.6 * u, 3 * u):aim({-1, 0, 0.3}, {h0[1] + 1.5 * u, h0[2], h0[3]}):part("helmet")
      -- lead weights on chest and back, a weight belt
      s = s + box(3 * u, 9 * u, 12 * u, 1 * u):move(f.depth * 0.95 + 1 * u, f.y_chest - 6 * u, 0):part("weights")
      s = s + box(3 * u, 9 * u, 12 * u, 1 * u):move(-f.depth * 0.95 - 1 * u, f.y_chest - 6 * u, 0):part("weights")
      s = s + (H.torso(f, 1, 1 * u) * box(f.Hh, 4 * u, f.Hh):move(0, f.y_waist - 1 * u, 0)):part("weights")
      -- heavy boot soles
      for _, side in ipairs({"L", "R"}) do
        local a = f["a" .. side]
        s = s + box(13 * u, 2.2 * u, 6.5 * u, 0.8 * u):move(a[1] + 2.5 * u, 1.1 * u, a[3]):part("weights")
      end
      return s
    end
    return H.build(k, spec)
  end,
}
