-- A cappuccino: a wide white china cup with a loop handle on its saucer,
-- filled to the rim; a thin ring of brown coffee shows round the edge of
-- pale milk foam with a brown latte-art heart poured into it, and a
-- teaspoon lies on the saucer beside the cup. A latte is a tall clear glass
-- showing its layers (milk, a band of coffee, a cap of foam) with a long
-- spoon leaning in it; an espresso is a small thick cup with dark crema.
local V = use("vessel")
local S = use("shapes")

-- A heart outline in the XY plane, lobes towards +Y, `w` wide.
local function heart(w)
  local pts = {}
  local n = 28
  for i = 0, n - 1 do
    local t = 2 * math.pi * i / n
    local x = 16 * math.sin(t) ^ 3
    local y = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
    pts[#pts + 1] = {x * w / 34, (y + 2) * w / 34}
  end
  return pts
end

-- A saucer of radius R with a shallow well for the cup; its top in the well
-- is at y = 8.
local function saucer(R)
  local w = R * 0.58
  return revolve({{0, 0}, {w * 0.8, 0}, {w * 0.84, 3}, {w, 8}, {R * 0.92, 13}, {R, 16}, {R - 1, 18.5},
                  {R * 0.9, 16}, {w, 10.5}, {0, 10.5}})
end

-- A teaspoon lying from `a` (bowl) to `b` (handle end), bowl length `bl`.
local function spoon(a, b, bl, bw)
  local d = S.norm(S.sub(b, a))
  local neck = S.add(a, S.mul(d, bl * 0.55))
  local bowl = ellipsoid(bl * 0.5, bw * 0.2, bw * 0.5):roty(-math.deg(math.atan(d[3], d[1])))
  bowl = bowl:move(a[1], a[2], a[3])
  local handle = limb(neck, b, bw * 0.1, bw * 0.17)
  return smooth(2, bowl, handle)
end

return {
  id = "cappuccino",
  names = {"cappuccino", "cup of cappuccino", "cappucino", "capuccino", "capucino", "cappuccino cup", "latte art",
           "flat white", "coffee with latte art", "cappuccino with latte art", "cup of flat white", "cappuccino coffee",
           "coffee cappuccino"},
  lvis = {"cappuccino"},
  family = "food",
  size_mm = 80,
  description = "A cappuccino in a white cup on a saucer, with a latte-art heart in the foam and a spoon",
  params = {turn = {-12, 12}, art = {0.9, 1.05}},
  parts = {
    {"cup", "glazed", color = "#f7f5f0", role = "primary", names = {"cup", "mug", "china", "porcelain", "handle"}},
    {"saucer", "glazed", color = "#f2f0ea", role = "secondary", names = {"saucer", "plate", "dish"}},
    {"foam", "food", color = "#f1e4cc", role = "detail", names = {"foam", "milk foam", "froth", "milk", "microfoam"}},
    {"coffee", "food", color = "#7a4a28", role = "detail", names = {"coffee", "crema", "espresso"}},
    {"art", "food", color = "#9a6438", role = "detail", names = {"latte art", "heart", "art", "pattern"}},
    {"spoon", "steel", color = "#cfd3d8", role = "detail", names = {"spoon", "teaspoon"}},
    {"glass", "glass", color = "#e8f2f4", role = "detail", names = {"glass"}},
  },
  variants = {
    latte = {names = {"latte", "cafe latte", "caffe latte", "latte macchiato", "glass of latte", "latte glass",
                      "layered latte", "cafe au lait", "cup of latte", "latte coffee"},
             size_mm = 170, colors = {coffee = "#6e4024", foam = "#f6efe2", art = "#b8895e"}},
    espresso = {names = {"espresso", "cup of espresso", "espresso cup", "expresso", "demitasse", "espresso shot",
                         "shot of espresso", "ristretto", "doppio", "espresso coffee"},
                size_mm = 65, colors = {coffee = "#3e200e", foam = "#b4753a", art = "#d09a5a"}},
  },
  points = {"top", "fill"},
  build = function(k)
    local v = k.variant
    local soft = k.soft
    local shape
    if v == "latte" then
      -- A tall, slightly flared glass on a saucer, its layers showing through.
      local SR = 78
      local plate = saucer(SR)
      local base = 8
      local H = 150
      local r0, r1 = 31, 36
      local prof = V.profile(function(t) return r0 + (r1 - r0) * t end, H, 8)
      local wall = 3
      local foot = 9
      local function r_at(y) return r0 + (r1 - r0) * math.max(math.min(y / H, 1), 0) end
      local fill = H - 14
      -- Clear glass with a hollow above the drink, so its lip stays clear.
      local glass = subtract(lathe(prof), cone(r_at(fill) - wall, r1 - wall + 0.4, H - fill + 10):move(0, fill, 0))
      -- The layers show as a skin just outside the wall.
      local function band(y0, y1)
        return intersect(cone(r0 + 1.1, r1 + 1.1, H), cylinder(r1 + 10, y1 - y0):move(0, y0, 0))
      end
      local milk_top = H * 0.44
      local coffee_top = H * 0.68
      local mix_top = H * 0.76
      local milk = band(foot, milk_top)
      local coffee = band(milk_top, coffee_top)
      -- A paler band where the coffee meets the foam.
      local mix = band(coffee_top, mix_top)
      local foam = band(mix_top, fill) + cylinder(r_at(fill) - wall + 0.5, 5):move(0, fill - 3, 0)
      -- A dusting of cocoa in a small heart on the foam.
      local art = extrude(heart(30 * k.p.art), 2, 0.6):rotx(-90):move(0, fill + 1, 0)
      -- A long latte spoon leaning in the glass, its handle over the rim.
      local lean = math.rad(16)
      local sa = {8, fill - 30, 4}
      local sb = {sa[1] + math.sin(lean) * 120, sa[2] + math.cos(lean) * 120, 4}
      local sp = limb(sa, sb, 2.6, 3.2) + ellipsoid(4, 9, 5):move(sa[1], sa[2], sa[3])
      local up = base - 0.5
      shape = plate:part("saucer")
        + (glass:part("glass") + milk:part("foam") + coffee:part("coffee") + mix:part("art") + foam:part("foam") + art:part("art")):move(0, up, 0)
        + sp:move(0, up, 0):part("spoon")
      k.attach("fill", {0, fill + up, 0}, 2 * (r_at(fill) - wall))
      k.attach("top", {0, H + up, 0}, 2 * r1)
      return shape
    end
    local esp = v == "espresso"
    -- A wide cappuccino cup, or a small thick espresso cup.
    local H = esp and 46 or 60
    local keys = esp and {{0, 19}, {0.06, 21}, {0.14, 23}, {0.5, 27}, {1, 31}}
      or {{0, 22}, {0.07, 24}, {0.16, 29}, {0.55, 43}, {1, 48}}
    local prof = V.keyed(keys, H, 14)
    local wall = esp and 4.5 or 4
    local rim_r = keys[#keys][2]
    local depth = esp and 16 or 20
    local cup = V.solid_vessel(prof, wall, depth)
    local handle
    if esp then
      handle = S.loop_handle({rim_r - 3, H * 0.78, 0}, {23, H * 0.3, 0}, {1, 0, 0}, H * 0.38, 4.2)
    else
      handle = S.loop_handle({rim_r - 3, H * 0.8, 0}, {30, H * 0.28, 0}, {1, 0, 0}, H * 0.42, 4.8)
    end
    cup = smooth(2.5 * soft, cup, handle)
    -- Filled almost to the rim: a ring of coffee round the foam, and the heart.
    local fill = H - (esp and 6 or 3.5)
    local rin = V.radius_at(prof, fill) - wall
    -- The drink fills the cavity right down to its floor (no hidden void).
    local inner = {}
    for _, p in ipairs(prof) do inner[#inner + 1] = {p[1] - wall * 0.5, p[2]} end
    local coffee = intersect(lathe(inner), cylinder(rim_r + 10, fill - (H - depth) + 2):move(0, H - depth - 2, 0))
    local foam, art
    if esp then
      -- Crema: tan, darker at the rim, with a lighter swirl in the middle.
      foam = cylinder(rin - 2.5, 3, 0.8):move(0, fill - 2, 0)
      art = ellipsoid(rin * 0.5, 1.2, rin * 0.38):roty(k.p.turn * 3):move(-2, fill + 0.6, 1)
    else
      foam = cylinder(rin - 3.5, 3.2, 0.9):move(0, fill - 2, 0)
      art = extrude(heart(rin * 1.3 * k.p.art), 1.6, 0.5):rotx(-90):roty(k.p.turn):move(0, fill + 0.5, 0)
    end
    local SR = esp and 58 or 76
    local plate = saucer(SR)
    -- The teaspoon lies on the saucer in front of the cup, its handle
    -- pointing the same way as the cup's.
    local bl = esp and 16 or 22
    local sz = rim_r + (esp and 9 or 10)
    local function surf(r)
      local w = SR * 0.58
      if r <= w then return 10.5 end
      return 10.5 + (r - w) / (SR * 0.92 - w) * 5.5
    end
    local ax, bx, bz = -10, SR * 0.98, sz - 10
    local sp = spoon({ax, surf(math.sqrt(ax * ax + sz * sz)) + 1.8, sz}, {bx, 20.5, bz}, bl, esp and 15 or 19)
    local up = 8
    shape = plate:part("saucer")
      + (cup:part("cup") + coffee:part("coffee") + foam:part("foam") + art:part("art")):move(0, up, 0)
      + sp:part("spoon")
    k.attach("fill", {0, fill + up, 0}, 2 * rin)
    k.attach("top", {0, H + up, 0}, 2 * rim_r)
    return shape
  end,
}
