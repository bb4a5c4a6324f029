-- A rifle shown in profile, muzzle towards +X, resting level on the toe of
-- its butt, its magazine and the tip of its forend: a bolt-action rifle with
-- a wooden stock (comb, pistol grip, forend), a round receiver with a bolt
-- handle, a long tapering barrel with iron sights, a trigger in its guard, a
-- box magazine, a rubber butt pad and sling swivels. The hunting and sniper
-- rifles carry a telescopic sight on two rings (the sniper has a dark
-- synthetic stock, a muzzle brake and a bipod); the shotgun has a thick
-- barrel over a tube magazine with a ribbed pump forend; the musket a very
-- long barrel in a full-length wooden stock with brass bands, a flintlock
-- and a ramrod; the laser rifle a chunky angular body with coloured side
-- panels, a finned emitter shroud with glowing rings, a glowing power cell
-- and a holographic sight.
local function rod(x0, x1, y, r, z)
  return cylinder(r, x1 - x0):rotz(-90):move(x0, y, z or 0)
end
local function taper(x0, x1, y, r0, r1)
  return cone(r0, r1, x1 - x0):rotz(-90):move(x0, y, 0)
end

local guard = use("shapes").trigger_guard
local function trigger(x, y)
  return extrude({{x, y}, {x + 8, y}, {x + 6, y - 16}, {x, y - 26}, {x - 5, y - 25}, {x + 1, y - 14}}, 7, 1)
end

-- A telescopic sight along X centred at height y, from x0 to x1, with its
-- objective bell at the front, eyepiece at the back, turrets and two rings
-- standing on `base_y`.
local function scope(x0, x1, y, base_y, ring_x)
  local r = 14
  local body = rod(x0 + 50, x1 - 70, y, r)
  body = body + taper(x1 - 110, x1 - 50, y, r, 25) + rod(x1 - 52, x1, y, 25, 0)
  body = body + taper(x0 + 30, x0 + 70, y, 20, r) + rod(x0, x0 + 34, y, 20)
  body = body + cylinder(10, r + 14):move((x0 + x1) * 0.5, y, 0)
  body = body + cylinder(10, r + 14):rotx(90):move((x0 + x1) * 0.5, y, 0)
  for _, x in ipairs(ring_x) do
    body = body + rod(x - 9, x + 9, y, r + 4) + box(22, y - base_y, 18, 2):move(x, (y + base_y) * 0.5, 0)
  end
  local lens = rod(x1 - 2, x1 + 1, y, 20) + rod(x0 - 1, x0 + 2, y, 15)
  return subtract(body, rod(x1 - 4, x1 + 4, y, 20) + rod(x0 - 4, x0 + 2, y, 15)), lens
end

return {
  id = "rifle",
  names = {"rifle", "long gun", "longgun", "carbine", "bolt action rifle", "army rifle", "military rifle", "service rifle", "rifle gun", "gun rifle", "firearm rifle", "repeating rifle", "lever action rifle", "battle rifle"},
  lvis = {"rifle"},
  family = "weapons",
  size_mm = 155,
  description = "A bolt-action rifle with a wooden stock",
  params = {},
  parts = {
    {"barrel", "steel", color = "#2e3034", role = "primary", names = {"barrel", "receiver", "action", "bolt", "body", "frame"}},
    {"stock", "wood", color = "#7a4424", role = "secondary", names = {"stock", "forend", "grip", "handguard", "pump", "butt"}},
    {"scope", "steel", color = "#1e2024", role = "detail", names = {"scope", "sight", "telescopic sight", "bipod", "magazine"}},
    {"pad", "rubber", color = "#18181a", role = "detail", names = {"recoil pad", "butt pad", "sling swivels"}},
    {"trim", "brass", color = "#c8a040", role = "detail", names = {"trim", "bands", "butt plate", "trigger guard", "fittings"}},
    {"panels", "plastic", color = "#2a64d8", role = "detail", names = {"panels", "stripes", "markings"}},
    {"glow", "gloss", color = "#46f0ff", role = "detail", names = {"glow", "emitter", "energy cell", "power cell", "lights", "lens"}},
  },
  variants = {
    hunting = {names = {"hunting rifle", "scoped rifle", "deer rifle", "rifle with a scope", "rifle with scope", "hunters rifle", "scope rifle", "varmint rifle"},
               size_mm = 210},
    sniper = {names = {"sniper rifle", "sniper gun", "marksman rifle", "long range rifle", "precision rifle"},
              size_mm = 280, colors = {stock = "#3a3c34", barrel = "#24262a"}},
    shotgun = {names = {"shotgun", "pump shotgun", "pump action shotgun", "scattergun", "12 gauge shotgun", "twelve gauge shotgun", "shot gun", "hunting shotgun"},
               size_mm = 150, colors = {stock = "#6e3e22", barrel = "#34363a"}},
    musket = {names = {"musket", "flintlock musket", "flintlock rifle", "muzzleloader", "muzzle loader", "musket rifle", "long rifle", "colonial musket", "matchlock", "arquebus", "harquebus", "black powder rifle"},
              size_mm = 145, colors = {stock = "#6a3a1e", barrel = "#8c9096"}},
    laser = {names = {"laser rifle", "blaster rifle", "plasma rifle", "sci-fi rifle", "scifi rifle", "ray gun rifle", "raygun rifle", "energy rifle", "space rifle", "phaser rifle", "pulse rifle", "futuristic rifle", "laser carbine"},
             size_mm = 270, colors = {barrel = "#e6e8ec", stock = "#34373e", scope = "#34373e"}},
  },
  points = {"top"},
  build = function(k)
    local v = k.variant
    local steel, stock, sc, pad, trim, panels, glow = empty(), empty(), empty(), empty(), empty(), empty(), empty()
    local top_y = 240
    -- Where it rests on the ground: the toe of the butt and a front support.
    local rest_b, rest_f = {-560, 40}, {-50, 102}
    if v == "laser" then
      -- The chunky angular body: a wedge receiver with a raised spine.
      local body = extrude({{-230, 150}, {-200, 232}, {-60, 246}, {160, 244}, {250, 226}, {290, 196}, {280, 150}, {120, 138}, {-60, 140}}, 74, 6)
      body = body + extrude({{-150, 244}, {-120, 262}, {60, 262}, {90, 244}}, 40, 4)
      steel = steel + body
      -- Coloured side panels, proud of both flanks.
      for _, z in ipairs({-1, 1}) do
        panels = panels + extrude({{-180, 205}, {-160, 225}, {120, 228}, {200, 212}, {140, 200}, {-120, 198}}, 8, 1.5):move(0, 0, z * 37)
        panels = panels + extrude({{20, 160}, {200, 160}, {240, 184}, {60, 186}}, 8, 1.5):move(0, 0, z * 37)
        glow = glow + extrude({{-100, 170}, {-30, 170}, {-30, 182}, {-100, 182}}, 6, 1):move(0, 0, z * 38)
      end
      -- A skeletal stock with a cut-out and a thick butt pad.
      local st = extrude({{-560, 110}, {-560, 232}, {-470, 240}, {-220, 228}, {-220, 168}, {-330, 150}, {-480, 112}}, 50, 5)
      st = subtract(st, extrude({{-500, 150}, {-490, 210}, {-300, 208}, {-290, 178}, {-440, 152}}, 80, 4))
      stock = stock + st
      pad = pad + box(26, 136, 54, 6):move(-566, 172, 0)
      -- An angled pistol grip and the trigger guard.
      stock = stock + extrude({{-170, 146}, {-110, 146}, {-150, 50}, {-200, 46}, {-206, 66}}, 44, 6)
      steel = steel + guard(-112, -40, 142, 92, 14, 8) + trigger(-82, 140)
      -- A glowing power cell in front of the grip, in a dark sleeve.
      stock = stock + box(70, 28, 56, 4):move(20, 130, 0)
      glow = glow + box(56, 70, 44, 6):rotz(-8):move(22, 90, 0)
      stock = stock + box(66, 14, 52, 3):rotz(-8):move(17, 54, 0)
      -- The emitter: a shroud with cooling fins and glowing rings, then the
      -- glowing focusing tip between two prongs.
      local ey = 196
      stock = stock + extrude({{120, 138}, {300, 150}, {320, 170}, {130, 170}}, 56, 5)
      steel = steel + rod(280, 470, ey, 26)
      for i = 0, 3 do
        glow = glow + rod(310 + i * 40, 322 + i * 40, ey, 30)
        sc = sc + box(26, 22, 12, 2):move(336 + i * 40, ey + 30, 0)
      end
      steel = steel + taper(470, 500, ey, 26, 16)
      glow = glow + rod(496, 540, ey, 12) + sphere(15):move(544, ey, 0)
      for _, z in ipairs({-1, 1}) do
        sc = sc + polyline({{460, ey, z * 22}, {520, ey, z * 30}, {565, ey, z * 20}}, 6, 4)
      end
      -- A holographic sight with a glowing lens.
      sc = sc + box(80, 30, 34, 5):move(-20, 276, 0) + box(10, 36, 34, 3):move(24, 300, 0) + box(10, 36, 34, 3):move(-64, 300, 0)
      glow = glow + box(4, 28, 26, 1):move(24, 302, 2)
      top_y = 320
      rest_b, rest_f = {-200, 46}, {20, 46}
    else
      local musket, shot = v == "musket", v == "shotgun"
      local scoped = v == "hunting" or v == "sniper"
      local by = 200
      local muzzle = musket and 880 or (v == "sniper" and 620 or (shot and 470 or 540))
      -- The stock: butt with its comb, a pistol grip (a straight wrist on
      -- the musket) and the forend under the barrel.
      local fore = musket and muzzle - 50 or (shot and -20 or (v == "sniper" and 330 or 310))
      local outline
      if musket then
        outline = {{-560, 60}, {-560, 180}, {-420, 186}, {-250, 184}, {-60, by - 4}, {-40, 168}, {-140, 160}, {-260, 140}, {-420, 100}}
        -- a slimmer forend runs under the barrel to near the muzzle
        stock = stock + extrude({{-120, by - 2}, {fore, by - 4}, {fore + 10, by - 12}, {fore, by - 22}, {-120, 164}}, 30, 5)
      elseif shot then
        outline = {{-560, 50}, {-560, 180}, {-420, 186}, {-250, 180}, {-210, 178}, {-210, 150}, {-230, 138}, {-262, 96},
                   {-292, 92}, {-300, 118}, {-420, 92}}
      else
        local fb = v == "sniper" and 142 or 148
        outline = {{-560, 40}, {-560, 180}, {-420, 190}, {-300, 192}, {-240, 184}, {-200, 192}, {fore - 20, 196}, {fore + 10, 186},
                   {fore + 10, 166}, {fore - 20, fb}, {-40, fb}, {-90, 146}, {-170, 144}, {-200, 128}, {-228, 88}, {-262, 82},
                   {-270, 104}, {-300, 118}, {-440, 80}}
      end
      stock = stock + extrude(outline, 42, 8)
      pad = pad + extrude({{-576, musket and 58 or 38}, {-576, 182}, {-556, 182}, {-556, musket and 58 or 38}}, 44, 4)
      -- The receiver and bolt (a box receiver with an ejection port on the shotgun).
      if shot then
        steel = steel + box(220, 60, 40, 6):move(-110, by - 10, 0)
        steel = subtract(steel, box(70, 18, 12):move(-90, by + 2, 20))
      elseif musket then
        steel = steel + rod(-240, -60, by, 14)
      else
        steel = steel + rod(-250, 0, by, 21) + rod(-275, -245, by, 15, 0)
        -- The bolt handle sticking out to the right with its round knob.
        steel = steel + polyline({{-190, by + 6, 10}, {-190, by + 4, 34}, {-182, by - 22, 48}}, 9, 8) + sphere(13):move(-180, by - 28, 50)
      end
      -- The barrel, bored at the muzzle.
      local br0 = shot and 15 or (musket and 13 or 14)
      local br1 = shot and 14 or (musket and 10 or (v == "sniper" and 12 or 10))
      local bore = shot and 10 or 4.5
      steel = steel + subtract(taper(-20, muzzle, by, br0, br1), rod(muzzle - 30, muzzle + 10, by, bore))
      if v == "sniper" then
        steel = steel + subtract(rod(muzzle - 30, muzzle + 50, by, 18), rod(muzzle - 10, muzzle + 60, by, bore) +
                                 box(24, 10, 60):move(muzzle + 24, by, 0))
      end
      -- Sights: a front post and a rear notch (a bead on the shotgun).
      if shot then
        sc = sc + sphere(5):move(muzzle - 12, by + br1 + 2, 0)
      elseif not scoped then
        steel = steel + box(8, 20, 6, 1):move(muzzle - 18, by + br1 + 8, 0)
        steel = steel + subtract(box(14, 18, 22, 2):move(musket and -30 or 60, by + 20, 0), box(20, 10, 6):move(musket and -30 or 60, by + 28, 0))
      end
      -- Trigger guard and trigger.
      local gx = musket and -190 or -165
      local gtop = musket and 158 or (shot and 168 or 140)
      local g = guard(gx, gx + 70, gtop + 14, gtop - 50, 12, 8) + trigger(gx + 30, gtop + 14)
      if musket then trim = trim + g else steel = steel + g end
      if shot then
        -- The tube magazine under the barrel and the ribbed pump.
        steel = steel + rod(-10, muzzle - 20, by - 30, 11) + rod(muzzle - 24, muzzle - 6, by - 30, 13)
        steel = steel + box(30, 40, 18, 4):move(muzzle - 40, by - 15, 0)
        local pump = rod(60, 250, by - 32, 22)
        for i = 0, 6 do pump = subtract(pump, rod(80 + i * 24, 88 + i * 24, by - 54, 6, 0):stretch(1, 1, 5)) end
        stock = stock + pump
        top_y = by + 30
        rest_b, rest_f = {-560, 50}, {250, 146}
      elseif musket then
        -- Barrel bands, a butt plate, the ramrod, and the lock on the right
        -- side: lock plate, the cock holding its flint, the frizzen and pan.
        for _, x in ipairs({150, 450, muzzle - 70}) do trim = trim + rod(x, x + 18, by - 8, 20) end
        trim = trim + extrude({{-580, 56}, {-580, 184}, {-554, 184}, {-554, 56}}, 46, 4)
        steel = steel + rod(-40, fore + 6, by - 26, 6) + sphere(8):move(fore + 6, by - 26, 0)
        local z = 20
        steel = steel + extrude({{-250, 170}, {-110, 176}, {-100, 192}, {-250, 192}}, 6, 1):move(0, 0, z)
        steel = steel + tube({{-220, 186, z + 5}, {-232, 204, z + 6}, {-226, 222, z + 6}, {-206, 230, z + 6}}, 6, 5)
        steel = steel + box(18, 10, 10, 2):move(-200, 232, z + 6)
        steel = steel + box(8, 38, 10, 2):rotz(-12):move(-150, 214, z + 4) + box(26, 6, 14, 2):move(-156, 194, z + 4)
        top_y = by + 30
        rest_b, rest_f = {-560, 60}, {fore + 10, by - 24}
      else
        -- The box magazine in front of the trigger guard.
        local mag = v == "sniper" and 70 or 48
        sc = sc + extrude({{-80, 150}, {-20, 150}, {-26, 150 - mag}, {-84, 150 - mag}}, 30, 4)
        -- Sling swivels.
        pad = pad + torus(9, 3):rotx(90):move(-460, 88, 0) + torus(9, 3):rotx(90):move(fore - 30, 140, 0)
        top_y = by + 30
      end
      if scoped then
        local sy = by + 62
        local body, lens = scope(v == "sniper" and -300 or -280, v == "sniper" and 110 or 70, sy, by + 10, {-200, -40})
        sc = sc + body
        glow = glow + lens
        top_y = sy + 40
        if v == "sniper" then
          -- A folding bipod under the forend, its legs splayed to the ground.
          local bx = fore - 40
          sc = sc + box(30, 20, 34, 4):move(bx, 136, 0)
          for _, z in ipairs({-1, 1}) do
            sc = sc + polyline({{bx, 130, z * 10}, {bx + 25, 70, z * 45}, {bx + 40, 8, z * 70}}, 10, 9)
            pad = pad + sphere(13):move(bx + 40, 6, z * 70)
          end
          rest_f = {bx + 40, -3}
          -- An adjustable cheek rest on the comb.
          stock = stock + box(140, 18, 38, 6):move(-400, 192, 0)
        end
      end
    end
    local shape = steel:part("barrel") + stock:part("stock") + sc:part("scope") + pad:part("pad") + trim:part("trim")
    shape = shape + panels:part("panels") + glow:part("glow")
    local tilt = math.deg(math.atan(rest_f[2] - rest_b[2], rest_f[1] - rest_b[1]))
    k.attach("top", {0, top_y, 0}, 120)
    -- Turned so that its profile faces a three-quarter view.
    return shape:rotz(-tilt):roty(28)
  end,
}
