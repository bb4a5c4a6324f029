-- A gingerbread house: brown gingerbread walls under a steep pitched roof,
-- thick white icing piped along the ridge, the gable edges and the eaves
-- with dripping scallops, a door and windows outlined in icing, gumdrops and
-- peppermint discs along the ridge and by the door, on a small snowy board.

-- A gumdrop: a sugary dome standing on y = 0.
local function gumdrop(r)
  return lathe({{r, 0}, {r * 0.98, r * 0.35}, {r * 0.82, r * 0.85}, {r * 0.5, r * 1.15}, {0.5, r * 1.25}})
end

-- A peppermint disc standing up in the XY plane (facing ±Z), centred: the
-- white disc and its red pinwheel wedges.
local function peppermint(r, t)
  local disc = cylinder(r, t, t * 0.45):move(0, -t / 2, 0):rotx(90)
  local wedges = {}
  for i = 0, 3 do
    wedges[#wedges + 1] = extrude({{0, 0}, {r * 1.2, -r * 0.25}, {r * 1.2, r * 0.25}}, t * 2):rotz(i * 90 + 20)
  end
  local red = intersect(cylinder(r + 0.4, t + 0.8, t * 0.45):move(0, -(t + 0.8) / 2, 0):rotx(90), union(wedges))
  return disc, red
end

return {
  id = "gingerbread_house",
  names = {"gingerbread house", "ginger bread house", "candy house", "gingerbread cottage", "gingerbread home",
           "gingerbread village house", "christmas gingerbread house", "hansel and gretel house", "ginger bread cottage"},
  lvis = {},
  family = "food",
  size_mm = 200,
  description = "A gingerbread house with icing trim and candies on a board",
  params = {L = {150, 170}, W = {124, 136}, H = {84, 94}, R = {66, 76}},
  parts = {
    {"gingerbread", "food", color = "#a8622a", role = "primary", names = {"gingerbread", "walls", "wall", "roof", "cookie", "biscuit"}},
    {"icing", "food", color = "#fbf8f2", role = "secondary", names = {"icing", "frosting", "royal icing", "trim", "icicles"}},
    {"snow", "food", color = "#f8f8f6", role = "detail", names = {"snow", "snow drifts"}},
    {"candy", "candy", color = "#e0202c", role = "detail", names = {"candy", "candies", "gumdrops", "gumdrop", "sweets", "red candy"}},
    {"candy2", "candy", color = "#3aaa48", role = "detail", names = {"green gumdrops", "green candy"}},
    {"candy3", "candy", color = "#f4c21e", role = "detail", names = {"yellow gumdrops", "yellow candy"}},
    {"mints", "candy", color = "#fbf6f0", role = "detail", names = {"peppermints", "peppermint", "mints", "peppermint discs"}},
    {"door", "chocolate", color = "#5a3018", role = "detail", names = {"door", "front door", "chocolate"}},
    {"windows", "gloss", color = "#f2a428", role = "detail", names = {"windows", "window", "panes", "sugar glass"}},
    {"board", "wood", color = "#c8a070", role = "detail", names = {"board", "base", "tray", "stand", "cake board"}},
  },
  points = {"top"},
  build = function(k)
    local L, W, H, R = k.p.L, k.p.W, k.p.H, k.p.R
    local BT = 8                      -- board thickness
    local y0 = BT - 0.5               -- the house stands on the board
    local hw = W / 2
    local t = 10                      -- roof slab thickness
    local ov, ovx = 14, 12            -- eave and gable overhang
    local slope = R / hw
    local ang = math.deg(math.atan(R, hw))
    local cosA = math.cos(math.rad(ang))

    -- The walls: a pentagon prism, gables facing ±X, the ridge along X.
    local walls = extrude({{-hw, 0}, {hw, 0}, {hw, H}, {0, H + R}, {-hw, H}}, L, 1.5):roty(90):move(0, y0, 0)

    -- The roof: two slabs resting on the wall slopes, overhanging.
    local ze = hw + ov
    local ye = H - ov * slope
    local tt = t / cosA
    local roof_outline = {{-ze, ye - 1}, {0, H + R - 1}, {ze, ye - 1}, {ze, ye + tt}, {0, H + R + tt}, {-ze, ye + tt}}
    local roof = extrude(roof_outline, L + 2 * ovx, 2):roty(90):move(0, y0, 0)

    -- A chimney through the back slope.
    local cz = -hw * 0.45
    local cx = -L * 0.22
    local roof_y_at = function(z) return y0 + H + R - math.abs(z) * slope + tt end
    local ch_top = roof_y_at(cz) + 34
    local chimney = box(24, 60, 24, 1.5):move(cx, ch_top - 30, cz)
    local gb = union(walls, roof, chimney)

    -- Icing: a thick bead along the ridge, along each eave with hanging
    -- drips, down the four gable edges with scallops, a cap on the chimney.
    local ice = {}
    local rb = 4.6
    local xr = L / 2 + ovx
    ice[#ice + 1] = capsule({-xr, y0 + H + R + tt, 0}, {xr, y0 + H + R + tt, 0}, rb + 1)
    for _, sz in ipairs({-1, 1}) do
      local ey = y0 + ye + tt * 0.5
      local ez = sz * (ze + 1)
      ice[#ice + 1] = capsule({-xr, ey, ez}, {xr, ey, ez}, rb)
      -- drips of varying length hanging from the eave
      local n = math.floor(L / 13)
      for i = 0, n do
        local x = -xr + 6 + (2 * xr - 12) * i / n
        local len = k.rand(8, 20)
        ice[#ice + 1] = limb({x, ey, ez}, {x, ey - len, ez}, 3.6, 2.6)
      end
      -- the gable edges (rakes): a bead with scallops below it
      for _, sx in ipairs({-1, 1}) do
        local x = sx * (xr + 0.5)
        local top = {x, y0 + H + R + tt * 0.5, 0}
        local bot = {x, y0 + ye + tt * 0.5, ez}
        ice[#ice + 1] = capsule(top, bot, rb)
        local pts = {}
        local m = 7
        for i = 0, m * 2 do
          local f = i / (m * 2)
          local p = {x, top[2] + (bot[2] - top[2]) * f, top[3] + (bot[3] - top[3]) * f}
          if i % 2 == 1 then p[2] = p[2] - 9 end
          pts[#pts + 1] = p
        end
        ice[#ice + 1] = tube(pts, 3)
      end
      -- rows of scalloped shingles piped across the slope
      for row = 1, 3 do
        local f = row / 4
        local z = sz * ze * f
        local y = y0 + H + R - math.abs(z) * slope + tt + 1.5
        local pts = {}
        local m = 9
        for i = 0, m * 2 do
          local x = -xr + 4 + (2 * xr - 8) * i / (m * 2)
          local dz = (i % 2 == 1) and sz * 7 or 0
          pts[#pts + 1] = {x, y - math.abs(dz) * slope, z + dz}
        end
        ice[#ice + 1] = tube(pts, 2.6)
      end
    end
    -- snow cap on the chimney
    ice[#ice + 1] = box(30, 8, 30, 3.5):move(cx, ch_top + 2, cz)
    for _, d in ipairs({{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) do
      ice[#ice + 1] = limb({cx + d[1] * 14, ch_top, cz + d[2] * 14}, {cx + d[1] * 14, ch_top - k.rand(7, 12), cz + d[2] * 14}, 3.4, 2.6)
    end
    -- corners piped with icing
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        ice[#ice + 1] = capsule({sx * L / 2, y0 + 2, sz * hw}, {sx * L / 2, y0 + H - 2, sz * hw}, 3.2)
      end
    end

    -- The door on the +X gable: a chocolate arch outlined in icing.
    local fx = L / 2
    local dw, dh = W * 0.3, H * 0.62
    local door_outline = {}
    door_outline[#door_outline + 1] = {-dw / 2, 0}
    for i = 0, 10 do
      local a = math.pi * i / 10
      door_outline[#door_outline + 1] = {-dw / 2 * math.cos(a), dh - dw / 2 + dw / 2 * math.sin(a)}
    end
    door_outline[#door_outline + 1] = {dw / 2, 0}
    local door = extrude(door_outline, 6, 1):roty(90):move(fx + 1, y0, 0)
    local frame = {}
    frame[#frame + 1] = {fx + 4, y0 + 2, dw / 2 + 3}
    for i = 0, 10 do
      local a = math.pi * i / 10
      frame[#frame + 1] = {fx + 4, y0 + dh - dw / 2 + (dw / 2 + 3) * math.sin(a), (dw / 2 + 3) * math.cos(a)}
    end
    frame[#frame + 1] = {fx + 4, y0 + 2, -dw / 2 - 3}
    ice[#ice + 1] = polyline(frame, 3.2)
    local knob = sphere(3.6):move(fx + 5, y0 + dh * 0.45, -dw * 0.28)

    -- A round window in the gable above the door.
    local gy = y0 + H + R * 0.3
    local gr = R * 0.17
    local panes = {cylinder(gr, 6):rotz(-90):move(fx - 2, gy, 0)}
    ice[#ice + 1] = torus(gr + 1.5, 3):rotz(90):move(fx + 2, gy, 0)
    ice[#ice + 1] = box(4, gr * 2, 4, 1.5):move(fx + 2, gy, 0) + box(4, 4, gr * 2, 1.5):move(fx + 2, gy, 0)

    -- Two windows on each long side, framed and crossed in icing.
    local ww, wh = L * 0.2, H * 0.36
    for _, sz in ipairs({-1, 1}) do
      for _, xf in ipairs({-0.25, 0.25}) do
        local x, y, z = L * xf, y0 + H * 0.55, sz * hw
        panes[#panes + 1] = box(ww, wh, 6):move(x, y, z + sz * 1)
        local c = {{x - ww / 2 - 2, y - wh / 2 - 2}, {x + ww / 2 + 2, y - wh / 2 - 2}, {x + ww / 2 + 2, y + wh / 2 + 2}, {x - ww / 2 - 2, y + wh / 2 + 2}}
        local zz = z + sz * 4
        ice[#ice + 1] = polyline({{c[1][1], c[1][2], zz}, {c[2][1], c[2][2], zz}, {c[3][1], c[3][2], zz}, {c[4][1], c[4][2], zz},
                                  {c[1][1], c[1][2], zz}}, 2.8)
        ice[#ice + 1] = capsule({x, y - wh / 2, zz}, {x, y + wh / 2, zz}, 2.2) + capsule({x - ww / 2, y, zz}, {x + ww / 2, y, zz}, 2.2)
        -- a sill of icing with a few drips
        ice[#ice + 1] = capsule({x - ww / 2 - 4, y - wh / 2 - 4, zz}, {x + ww / 2 + 4, y - wh / 2 - 4, zz}, 3.4)
      end
    end

    -- Snow icing spread on the board round the house.
    local board = box(L + 140, BT, W + 84, 2.5):move(24, BT / 2, 0)
    local snow = {}
    for i = 0, 5 do
      local a = math.rad(i * 60 + k.rand(-15, 15))
      snow[#snow + 1] = ellipsoid(k.rand(22, 32), 5, k.rand(16, 24)):move(math.cos(a) * (L * 0.5 + 12), BT, math.sin(a) * (W * 0.5 + 10))
    end

    -- Candies: gumdrops and upright peppermint discs along the ridge,
    -- gumdrops flanking the door and a path of peppermints to it.
    local red, green, yellow, mints = {}, {}, {}, {}
    local colours = {red, green, yellow}
    local ridge_y = y0 + H + R + tt + rb
    local nr = 5
    for i = 0, nr - 1 do
      local x = -L / 2 + L * (i + 0.5) / nr
      if i % 2 == 0 then
        local list = colours[(i // 2) % 3 + 1]
        list[#list + 1] = gumdrop(10):move(x, ridge_y - 3, 0)
      else
        local disc, stripes = peppermint(11.5, 6)
        mints[#mints + 1] = disc:move(x, ridge_y + 7, 0)
        red[#red + 1] = stripes:move(x, ridge_y + 7, 0)
      end
    end
    for _, sz in ipairs({-1, 1}) do
      local z = sz * (dw / 2 + 14)
      local list = sz > 0 and green or yellow
      list[#list + 1] = gumdrop(11):move(fx + 14, BT - 1, z)
      red[#red + 1] = gumdrop(7.5):move(fx + 14, BT - 1 + 12.5, z)
      -- gumdrops along the foot of the long walls
      for i = 0, 3 do
        local x = -L / 2 + 14 + (L - 28) * i / 3
        local l2 = colours[(i + (sz > 0 and 0 or 1)) % 3 + 1]
        l2[#l2 + 1] = gumdrop(7.5):move(x, BT - 1, sz * (hw + 9))
      end
    end
    for i = 0, 2 do
      local disc, stripes = peppermint(11, 4.5)
      local x = fx + 28 + i * 24
      local rot = function(s) return s:rotx(90):rotx(1.5):move(x, BT + 1.4, (i % 2 == 0) and 2 or -2) end
      mints[#mints + 1] = rot(disc)
      red[#red + 1] = rot(stripes)
    end
    -- a gumdrop on the chimney snow
    red[#red + 1] = gumdrop(6):move(cx, ch_top + 4, cz)

    local shape = union(gb:part("gingerbread"), union(ice):part("icing"), union(snow):part("snow"),
      door:part("door"), knob:part("candy"), union(panes):part("windows"), board:part("board"),
      union(red):part("candy"), union(green):part("candy2"), union(yellow):part("candy3"), union(mints):part("mints"))
    k.attach("top", {0, ridge_y + 10, 0}, L * 0.3)
    return shape
  end,
}
