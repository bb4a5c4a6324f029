-- A bowl of soup: a round white bowl on a low foot, filled almost to the
-- rim with golden soup, carrot coins, cubes of potato and flecks of green
-- herbs floating on it, and a spoon resting in it with its handle on the
-- rim. Tomato soup is red with a swirl of cream and a few herb leaves;
-- pumpkin soup orange with a swirl of cream and seeds; a stew is thick
-- and brown with chunks of meat, potato and carrot. Wisps of steam rise
-- when asked for.
local F = use("food")

return {
  id = "soup",
  -- ("soup" and "broth" alone are left to the liquid: "a mug of soup" fills
  -- the mug; "a bowl of soup" is this)
  names = {"bowl of soup", "vegetable soup", "chicken soup", "hot soup", "soup in a bowl", "cup of soup",
           "bowl of hot soup", "bowl of vegetable soup", "bowl of chicken soup", "chicken noodle soup",
           "bowl of chicken noodle soup", "minestrone", "bowl of minestrone", "bowl of broth", "bowl of bouillon",
           "soup with a spoon", "bowl of soup with a spoon", "plate of soup", "soup plate"},
  lvis = {"soup"},
  family = "food",
  size_mm = 75,
  description = "A bowl of soup with floating vegetables and a spoon resting in it",
  params = {turn = {-15, 15}},
  parts = {
    {"soup", "food", color = "#e0a23c", role = "primary", names = {"soup", "broth", "liquid", "stock"}},
    {"bowl", "glazed", color = "#f4f1ea", role = "secondary", names = {"bowl", "dish"}},
    {"band", "glazed", color = "#3a64a8", role = "detail", names = {"band", "rim", "stripe", "trim"}},
    {"carrots", "food", color = "#f07a1e", role = "detail", names = {"carrots", "carrot", "vegetables", "veggies"}},
    {"potato", "food", color = "#f2e2b0", role = "detail", names = {"potato", "potatoes", "chunks", "noodles"}},
    {"herbs", "plant", color = "#3f8f2e", role = "detail", names = {"herbs", "parsley", "basil", "herb", "greens"}},
    {"cream", "food", color = "#faf4e4", role = "detail", names = {"cream", "swirl"}},
    {"meat", "food", color = "#6a3420", role = "detail", names = {"meat", "beef", "chicken"}},
    {"spoon", "steel", color = "#c8ccd2", role = "detail", names = {"spoon"}},
    {"steam", "glass", color = "#f4f6f8", role = "detail", names = {"steam", "vapor", "vapour"}},
  },
  variants = {
    tomato = {names = {"tomato soup", "bowl of tomato soup", "cream of tomato soup", "tomato bisque", "cup of tomato soup", "red soup"},
              colors = {soup = "#c8321e"}},
    pumpkin = {names = {"pumpkin soup", "bowl of pumpkin soup", "squash soup", "butternut squash soup", "butternut soup", "carrot soup"},
               colors = {soup = "#ee8a22", herbs = "#4a7a30"}},
    stew = {names = {"stew", "beef stew", "bowl of stew", "bowl of beef stew", "irish stew", "goulash", "bowl of goulash", "chili con carne",
                     "bowl of chili", "bowl of chili con carne"},
            colors = {soup = "#7a3e1c", bowl = "#b86a3a", band = "#6a3420"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local v = k.variant
    local creamy = v == "tomato" or v == "pumpkin"
    local R, H, foot, wall = 78, 62, 34, 5
    local prof = {}
    for i = 0, 16 do
      local t = i / 16
      prof[#prof + 1] = {foot + (R - foot) * math.sin(t * math.pi * 0.5) ^ 0.8, H * t}
    end
    local function r_at(y) return F.radius_at(prof, math.max(0, math.min(H, y))) end
    -- the inside of the bowl above height y0, inset `w` from the outside
    local function cavity(w, y0, top)
      local poly = {{0, y0}, {r_at(y0) - w, y0}}
      for _, p in ipairs(prof) do
        if p[2] > y0 then poly[#poly + 1] = {p[1] - w, p[2]} end
      end
      poly[#poly + 1] = {R - w, top}
      poly[#poly + 1] = {0, top}
      return revolve(poly)
    end
    local y0 = 10
    local bowl = subtract(lathe(prof):round(1), cavity(wall, y0, H + 40))
    bowl = bowl + torus(R - wall / 2, wall / 2 + 0.6):move(0, H, 0)
    bowl = bowl + cylinder(foot * 0.95, 6, 1.5):move(0, -4, 0)
    local shape = bowl:part("bowl")
    -- a coloured band round the outside under the rim
    local b0, b1 = H - 14, H - 8
    local band = intersect(lathe({{0, b0}, {r_at(b0) + 1.2, b0}, {r_at(b1) + 1.2, b1}, {0, b1}}),
      box(400, b1 - b0, 400):move(0, (b0 + b1) / 2, 0))
    shape = shape + subtract(band, cavity(wall, b0 - 4, H + 40)):part("band")
    -- the soup: fills the bowl to its surface, sunk into the wall so they meet cleanly
    local hs = H - 9
    local soup = intersect(cavity(wall - 2, y0 - 3, H + 40), box(400, hs - y0 + 3, 400):move(0, (hs + y0 - 3) / 2, 0))
    shape = shape + soup:part("soup")
    local rin = r_at(hs) - wall -- radius of the surface
    local turn = math.rad(k.p.turn)
    -- a spot on the surface: radius fraction f, angle a (degrees)
    local function at(f, a)
      local an = math.rad(a) + turn
      return {math.cos(an) * f * rin, hs, math.sin(an) * f * rin}
    end
    local bits = {carrots = {}, potato = {}, herbs = {}, cream = {}, meat = {}}
    local function add(part, s) local l = bits[part]; l[#l + 1] = s end
    if v == "stew" then
      -- a thick stew: chunks of meat, potato and carrot heaped above the surface
      local kinds = {"meat", "potato", "carrots", "meat", "potato", "meat", "carrots"}
      for i = 0, 15 do
        local f = 0.85 * math.sqrt((i + 0.5) / 16)
        local p = at(f, i * 137.5)
        local kd = kinds[i % #kinds + 1]
        local c
        if kd == "meat" then c = box(17, 13, 15, 4)
        elseif kd == "potato" then c = box(15, 13, 15, 3.5)
        else c = cylinder(9, 6, 1.5):move(0, -3, 0):rotx(70) end
        add(kd, c:rotx(i * 23):roty(i * 61):move(p[1], p[2] + 2, p[3]))
      end
      for i = 0, 5 do
        local p = at(0.2 + (i % 3) * 0.25, 40 + i * 67)
        add("herbs", F.leaf(9, 5, 2, 0.6):rotx(-90):roty(i * 50):move(p[1], p[2] + 5, p[3]))
      end
    elseif creamy then
      -- a swirl of cream on the surface and a few herb leaves
      local pts = {}
      for i = 0, 24 do
        local t = i / 24
        local an = t * math.pi * 3.2
        local r = 6 + t * rin * 0.45
        pts[#pts + 1] = {math.cos(an) * r, hs + 0.6, math.sin(an) * r}
      end
      add("cream", tube(pts, 2.6, 2.2))
      if v == "pumpkin" then
        for i = 0, 5 do
          local p = at(0.55 + (i % 2) * 0.12, 200 + i * 14)
          add("herbs", ellipsoid(4.5, 1.8, 2.6):roty(i * 40):move(p[1], p[2] + 0.4, p[3]))
        end
      else
        for i = 0, 3 do
          local p = at(0.15 + (i % 2) * 0.1, 150 + i * 90)
          add("herbs", F.leaf(13, 8, 2.2, 0.7):rotx(-86):roty(i * 90 + 20):move(p[1], p[2] + 0.6, p[3]))
        end
      end
    else
      -- carrot coins, potato cubes and herb flecks floating in the soup
      for i = 0, 17 do
        local f = 0.88 * math.sqrt((i + 0.5) / 18)
        local p = at(f, i * 137.5)
        local kd = i % 3
        if kd == 0 then
          add("carrots", cylinder(8, 4, 1):move(0, -2.4, 0):rotx(8):roty(i * 40):move(p[1], p[2], p[3]))
        elseif kd == 1 then
          add("potato", box(9, 7, 9, 1.8):roty(i * 33):move(p[1], p[2], p[3]))
        else
          add("herbs", ellipsoid(4, 1.8, 2.5):roty(i * 47):move(p[1], p[2] + 0.3, p[3]))
          local q = at(math.min(0.9, f + 0.08), i * 137.5 + 18)
          add("herbs", ellipsoid(3.5, 1.8, 2.2):roty(i * 71):move(q[1], q[2] + 0.3, q[3]))
        end
      end
    end
    for name, list in pairs(bits) do
      if #list > 0 then shape = shape + union(list):part(name) end
    end
    -- a spoon: its bowl dipped in the soup near the back, its handle
    -- resting on the rim and reaching out to the front right
    local an = math.rad(-35) + turn
    local dir = {math.cos(an), 0, math.sin(an)}
    local sb = {-dir[1] * rin * 0.25, hs + 1, -dir[3] * rin * 0.25}
    local rimp = {dir[1] * (R - wall / 2), H + 3.6, dir[3] * (R - wall / 2)}
    local tipp = F.add(rimp, F.add(F.mul(dir, 42), {0, 15, 0}))
    local hand = limb(F.add(sb, F.mul(dir, 14)), rimp, 3.2, 3.6) + limb(rimp, tipp, 3.6, 4.8)
    local spoon_bowl = ellipsoid(20, 5, 14):roty(-math.deg(an)):move(sb[1], sb[2], sb[3])
    shape = shape + union(hand, spoon_bowl):part("spoon")
    if k.asked.steam then
      local wisps = {}
      for i = 0, 2 do
        local p = at(0.3, 100 + i * 120)
        local pts = {}
        for j = 0, 6 do
          local t = j / 6
          pts[#pts + 1] = {p[1] + math.sin(t * 6 + i) * 6, hs + t * 70, p[3] + math.cos(t * 5 + i) * 4}
        end
        wisps[#wisps + 1] = tube(pts, 4, 1.8)
      end
      shape = shape + union(wisps):part("steam")
    end
    k.attach("inside", {0, hs, 0}, 2 * rin)
    k.attach("fill", {0, hs, 0}, 2 * rin)
    k.attach("top", {0, H + 6, 0}, 2 * R)
    return shape
  end,
}
