-- A fisherman: a yellow sou'wester and oilskin coat, tall rubber boots, and
-- a long fishing rod held up and forward in the right hand, a reel under the
-- grip and the line hanging from the tip to a red and white float.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "fisherman",
  names = {"fisherman", "fisher", "angler", "sea fisherman", "fishing man", "man fishing", "fisherman with a rod",
           "fisherman with a fishing rod", "trawlerman"},
  lvis = {},
  family = "characters",
  size_mm = 1800,
  description = "A fisherman in a sou'wester and oilskins holding a fishing rod",
  parts = {
    {"coat", "plastic", color = "#f2c214", role = "primary",
     names = {"coat", "raincoat", "oilskin", "oilskins", "jacket", "hat", "sou'wester", "rain hat", "vest"}},
    {"trousers", "fabric", color = "#2e3e58", role = "secondary", names = {"trousers", "pants", "sweater", "shirt"}},
    {"boots", "rubber", color = "#2c3a2a", role = "detail", names = {"boots", "wellies", "wellingtons", "waders"}},
    {"rod", "plastic", color = "#2a2c34", role = "detail", names = {"rod", "fishing rod", "fishing pole", "pole"}},
    {"grip", "wood", color = "#b88a58", role = "detail", names = {"grip", "handle", "cork"}},
    {"reel", "steel", color = "#a8adb4", role = "detail", names = {"reel", "buttons", "toggles"}},
    {"line", "plastic", color = "#f0f0ea", role = "detail", names = {"line", "fishing line"}},
    {"float", "plastic", color = "#d8281e", role = "detail", names = {"float", "bobber"}},
    {"skin", "skin", color = "#d8a07a", role = "detail", names = {"skin", "face"}},
    {"hair", "fabric", color = "#6a5038", role = "detail", names = {"hair", "beard"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  variants = {
    fisherwoman = {names = {"fisherwoman", "fisher woman", "fishing woman", "woman fishing", "fisher girl", "fishergirl"},
                   colors = {hair = "#8a5a30"}},
    old = {names = {"old fisherman", "old man fishing", "grandpa fishing", "elderly fisherman"}, colors = {hair = "#e4e2dc"}},
    fly = {names = {"fly fisherman", "fly fisher", "fly angler", "trout fisherman", "river fisherman"},
           colors = {coat = "#7a7a4a", trousers = "#b84a3a", boots = "#5a5a3c", hair = "#6a4a2a"}},
  },
  poses = {"sitting", "running", "waving"},
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local woman = k.variant == "fisherwoman"
    local old = k.variant == "old"
    local fly = k.variant == "fly"
    local beard = nil
    if old then beard = "full" elseif not woman and k.chance(0.6) then beard = "short" end
    local spec = {
      build = woman and "female" or "male", girth = 1.1,
      hair = woman and "ponytail" or "short", beard = beard, boots = true,
      map = {torso = fly and "trousers" or "coat", upper_arm = fly and "trousers" or "coat", forearm = fly and "trousers" or "coat",
             thigh = fly and "boots" or "trousers", shin = "boots", foot = "boots"},
      hat_lift = 1.0,
    }
    spec.extras = function(kk, f)
      local u = f.u
      local c, hr = f.head_c, f.head_r
      local s = empty()

      if fly then
        -- Bucket hat, a vest with pockets over the shirt, and chest waders.
        local crown = cone(hr * 1.02, hr * 0.86, hr * 0.62)
        local brim = revolve({{hr * 0.9, -hr * 0.04}, {hr * 1.5, -hr * 0.34}, {hr * 1.56, -hr * 0.16}, {hr * 0.9, hr * 0.18}})
        s = s + union(crown, brim):rotz(4):move(c[1] - hr * 0.05, c[2] + hr * 0.38, 0):part("coat")
        local vest = subtract(H.torso(f, 1.06, 0.5 * u), box(f.depth * 2, f.Hh, f.waist * 0.4):move(f.depth * 1.2, f.Hh * 0.5, 0))
        vest = intersect(vest, box(f.Hh, f.y_s - f.y_hip + 2 * u, f.Hh):move(0, (f.y_s + f.y_hip) * 0.5 - 2 * u, 0))
        s = s + vest:part("coat")
        for _, z in ipairs({-1, 1}) do
          for _, y in ipairs({f.y_chest, f.y_waist + 1 * u}) do
            s = s + box(3 * u, 5 * u, 5.5 * u, 0.8 * u):move(f.depth * 0.95 + 0.8 * u, y, z * f.waist * 0.62):part("coat")
          end
        end
        local waders = intersect(H.torso(f, 1.03), box(f.Hh, f.y_chest - f.y_hip + 6 * u, f.Hh):move(0, (f.y_chest + f.y_hip) * 0.5 - 4 * u, 0))
        s = s + waders:part("boots")
      else
        -- Sou'wester: a round crown and a thick sloping brim, short at the
        -- front and long over the neck at the back.
        local R = hr * 1.0
        local crown = intersect(ellipsoid(R * 1.08, R * 1.0, R * 1.04), box(R * 3, R * 2, R * 3):move(0, R, 0))
        local brim = revolve({{R * 0.9, R * 0.12}, {R * 1.55, -R * 0.3}, {R * 1.6, -R * 0.14}, {R * 0.9, R * 0.34}})
        brim = brim:stretch(1.12, 1, 1.0):move(-R * 0.32, 0, 0)
        brim = intersect(brim, box(R * 4, R * 2, R * 4):move(-R * 2 + R * 1.3, 0, 0))
        local seams = intersect(torus(R * 1.0, R * 0.06):rotx(90):stretch(1.08, 1, 1), box(R * 3, R * 3, R * 3):move(0, R * 1.5, 0))
        s = s + smooth(R * 0.08, crown, brim, seams):rotz(8):move(c[1] - hr * 0.1, c[2] + hr * 0.3, 0):part("coat")
        -- The oilskin: a long skirt to above the knee, a turned-up collar and toggles.
        s = s + H.skirt(f, f.y_hip - 14 * u, 1.45, f.y_waist, 1.15):part("coat")
        s = s + cone(f.head_r * 0.62, f.head_r * 0.56, 5 * u, 1 * u):move(-0.5 * u, f.y_s - 1.5 * u, 0):part("coat")
        for i = 0, 3 do
          local y = f.y_hip - 6 * u + i * (f.y_s - f.y_hip) * 0.3
          s = s + box(1.2 * u, 1 * u, 3 * u, 0.4 * u):move(f.depth * 1.02 + 0.8 * u, y, 0):part("reel")
        end
        -- Pockets on the coat skirt.
        for _, z in ipairs({-1, 1}) do
          s = s + box(2.5 * u, 5 * u, 6 * u, 0.8 * u):rotx(z * 8):move(f.depth * 0.75, f.y_hip - 3 * u, z * f.hw * 0.8):part("coat")
        end
      end

      -- The fishing rod in the right fist: cork grip, a reel under it, the
      -- blank rising up and forward with a slight bend at the tip, guides
      -- along it and the line hanging from the tip to a float.
      local fist = f.fistR
      local dir = H.norm({0.62, 0.7, -0.3})
      local function at(t) return H.add(fist, H.mul(dir, t * u)) end
      local butt, grip_end = at(-13), at(7)
      s = s + limb(butt, grip_end, 1.35 * u, 1.2 * u):part("grip")
      s = s + sphere(1.45 * u):move(butt[1], butt[2], butt[3]):part("reel")
      local L = 68
      local p1, p2, p3 = at(L * 0.35), at(L * 0.7), at(L)
      p2 = H.add(p2, {0, -2.5 * u, 0})
      p3 = H.add(p3, {2 * u, -9 * u, 0})
      s = s + tube({grip_end, p1, p2, p3}, 1.3 * u, 0.9 * u):part("rod")
      -- Reel: a foot down from the rod, a spool along it and a crank handle.
      local down = H.norm(H.sub({0, -1, 0}, H.mul(dir, -dir[2])))
      local seat = at(-4)
      local spool_c = H.add(seat, H.mul(down, 4.2 * u))
      s = s + limb(seat, spool_c, 0.7 * u, 0.7 * u):part("reel")
      s = s + cylinder(2.3 * u, 3.2 * u, 0.6 * u):move(0, -1.6 * u, 0):aim(dir, spool_c):part("reel")
      local side = H.norm({dir[2] * down[3] - dir[3] * down[2], dir[3] * down[1] - dir[1] * down[3], dir[1] * down[2] - dir[2] * down[1]})
      local crank = H.add(spool_c, H.mul(side, 2.8 * u))
      s = s + limb(spool_c, crank, 0.5 * u, 0.5 * u):part("reel")
      s = s + limb(crank, H.add(crank, H.mul(down, 2.5 * u)), 0.45 * u, 0.45 * u):part("reel")
      s = s + sphere(0.8 * u):move(table.unpack(H.add(crank, H.mul(down, 2.7 * u)))):part("grip")
      -- Guides: small rings along the underside.
      for _, t in ipairs({0.25, 0.5, 0.75}) do
        local g = H.add(at(L * t), {0, -1.5 * u * t * t, 0})
        s = s + sphere(0.75 * u):move(g[1] + down[1] * 0.8 * u, g[2] + down[2] * 0.8 * u, g[3] + down[3] * 0.8 * u):part("reel")
      end
      -- The line from the tip down to the float and a sinker.
      local float_y = math.max(p3[2] - 55 * u, 13 * u)
      local fx, fz = p3[1] + 6 * u, p3[3]
      local line_end = {fx, float_y - 9 * u, fz}
      s = s + tube({p3, {p3[1] + 3.5 * u, p3[2] - 14 * u, fz}, {fx, float_y + 10 * u, fz}, {fx, float_y, fz}, line_end}, 0.85 * u):part("line")
      s = s + sphere(1.1 * u):move(p3[1], p3[2], p3[3]):part("rod")
      local fl = union(ellipsoid(2 * u, 2.1 * u, 2 * u), limb({0, 1.5 * u, 0}, {0, 4 * u, 0}, 0.55 * u, 0.4 * u))
      s = s + fl:move(fx, float_y, fz):part("float")
      s = s + intersect(ellipsoid(2.05 * u, 2.15 * u, 2.05 * u), box(6 * u, 2.2 * u, 6 * u):move(0, -1.2 * u, 0))
        :move(fx, float_y, fz):part("line")
      s = s + sphere(1.0 * u):move(line_end[1], line_end[2], line_end[3]):part("reel")
      return s
    end
    -- The right hand holds the rod: things held go to the left hand.
    local kk = setmetatable({}, {__index = k})
    kk.attach = function(name, p, w, d)
      local f = H.last
      if (name == "hand" or name == "hand_wide") and f then
        local a = math.rad(H.turn)
        local q = {f.fistL[1] + 1 * f.u, f.fistL[2] - f.Hh * 0.035, f.fistL[3]}
        p = {q[1] * math.cos(a) - q[3] * math.sin(a), q[2], q[1] * math.sin(a) + q[3] * math.cos(a)}
      end
      if d then return k.attach(name, p, w, d) end
      return k.attach(name, p, w)
    end
    return H.build(kk, spec)
  end,
}
