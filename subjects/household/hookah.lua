-- A hookah (water pipe): a bulbous see-through glass vase half full of
-- water with the downstem dipping into it, a tall turned metal stem with
-- hose ports, an ash tray near the top, a clay bowl with coals, and long
-- flexible hoses curving down to the floor, each ending in a metal
-- mouthpiece handle.

local function dir(az)
  local a = math.rad(az)
  return {math.cos(a), 0, -math.sin(a)}
end

local function at(d, s, a, y, o)
  return {d[1] * a + s[1] * o, y, d[3] * a + s[3] * o}
end

return {
  id = "hookah",
  names = {"hookah", "shisha", "water pipe", "narghile", "hooka", "shisha pipe", "nargile", "nargileh", "argileh",
           "hubble bubble", "hookah pipe", "shisha hookah", "huka"},
  lvis = {},
  family = "household",
  size_mm = 650,
  description = "A hookah: a glass water vase, a tall metal stem with a tray and a clay bowl, and long hoses",
  params = {belly = {116, 128}, stem_h = {330, 370}, sway = {-12, 12}},
  parts = {
    {"vase", "glass", color = "#3c8ec8", role = "primary", names = {"vase", "base", "glass", "jar", "bottle", "glass base"}},
    {"stem", "brass", color = "#c9a24e", role = "secondary", names = {"stem", "shaft", "metal", "body", "tray", "plate", "downstem"}},
    {"hoses", "leather", color = "#2a2220", role = "detail", names = {"hoses", "hose", "pipes", "tubes", "pipe"}},
    {"bowl", "terracotta", color = "#b4582e", role = "detail", names = {"bowl", "clay bowl", "head"}},
    {"mouthpieces", "brass", color = "#d0ac5a", role = "detail", names = {"mouthpieces", "mouthpiece", "handles", "tips"}},
    {"coals", "stone", color = "#2a2624", role = "detail", glows = true, names = {"coals", "coal", "charcoal", "embers"}},
    {"water", "glass", color = "#a8d8ee", role = "detail", names = {"water", "liquid"}},
  },
  points = {"top"},
  build = function(k)
    local F = use("food")
    local belly = k.p.belly
    -- The vase: a wide rounded belly narrowing to a neck.
    local prof = F.smooth_profile({{60, 0}, {belly * 0.82, 6}, {belly * 0.98, 40}, {belly, 80}, {belly * 0.9, 135},
                                   {belly * 0.6, 190}, {40, 228}, {36, 250}, {40, 262}}, 5)
    table.insert(prof, 1, {0.5, 0})
    local neck_y = 262
    local outer = lathe(prof)
    local wall = 6
    local inner = {}
    for _, p in ipairs(prof) do
      if p[2] >= wall and p[2] <= neck_y - 4 then inner[#inner + 1] = {math.max(1, p[1] - wall), p[2]} end
    end
    local cavity = lathe(inner)
    -- a low-poly mesh is too coarse for the glass wall: a solid glass vase
    if k.style == "low_poly" then cavity = empty() end
    local vase = subtract(outer, cavity)
    -- the water shows through the glass: the skin below the water line is tinted
    local fill_y = 120
    local water = subtract(intersect(outer:round(0.8), box(400, fill_y + 10, 400):move(0, (fill_y - 10) / 2, 0)), cavity)

    -- The stem: a grommet on the neck, a turned shaft with collars and
    -- bulbs, the hose ports, the tray and the bowl's seat.
    local y0 = neck_y - 8
    local top = y0 + k.p.stem_h
    local function Y(f) return y0 + (top - y0) * f end
    local port_y = Y(0.16)
    local stem_prof = {{46, y0}, {47, y0 + 6}, {40, y0 + 18}, {18, y0 + 26}, {16, port_y - 22}, {26, port_y - 12}, {27, port_y + 12},
                       {16, port_y + 22}, {13, Y(0.4)}, {15, Y(0.46)}, {24, Y(0.52)}, {24, Y(0.56)}, {14, Y(0.6)},
                       {12, Y(0.76)}, {20, Y(0.8)}, {20, Y(0.83)}, {11, Y(0.86)}, {11, top}}
    local stem = lathe(stem_prof)
    -- the downstem dipping into the water
    stem = stem + capsule({0, y0 + 4, 0}, {0, fill_y - 60, 0}, 9)
    -- the tray: a shallow dish just below the bowl
    local ty = Y(0.9)
    local tray = revolve({{10, ty - 10}, {74, ty + 1}, {87, ty + 9}, {86, ty + 17}, {72, ty + 11}, {10, ty + 4}})
    stem = stem + tray

    -- The bowl: a clay funnel on the stem top, with a mound of tobacco
    -- under foil and a few coals.
    local by = top - 4
    local bowl = lathe({{13, by}, {18, by + 8}, {20, by + 22}, {34, by + 48}, {41, by + 60}, {41, by + 68}, {0.5, by + 68}})
    local coals = {}
    for i = 0, 2 do
      local a = math.rad(i * 120 + 20)
      coals[#coals + 1] = box(19, 14, 19, 2.5):roty(i * 37 + 10):move(math.cos(a) * 16, by + 72, math.sin(a) * 16)
    end

    -- The hoses: from ports on the stem out and down to the floor, each
    -- ending in a mouthpiece handle.
    local n = 2
    if k.counts and k.counts.hoses then n = math.max(1, math.min(k.counts.hoses, 4)) end
    local azs = ({{45}, {45, 225}, {45, 165, 285}, {45, 135, 225, 315}})[n]
    local hoses, ports, tips = {}, {}, {}
    local hr = 10
    for i, az in ipairs(azs) do
      local d = dir(az + k.p.sway * (i == 1 and 1 or -1))
      local s = {-d[3], 0, d[1]}
      local sign = (i % 2 == 1) and 1 or -1
      -- the port: a short nozzle and a metal cuff on the hose
      ports[#ports + 1] = limb(at(d, s, 10, port_y, 0), at(d, s, 48, port_y + 4, 0), 10, 8)
      ports[#ports + 1] = limb(at(d, s, 44, port_y + 4, 0), at(d, s, 72, port_y + 8, 0), 11.5, 11)
      local pts = {at(d, s, 64, port_y + 7, 0), at(d, s, 108, port_y + 16, sign * 4), at(d, s, 160, port_y - 8, sign * 10),
                   at(d, s, 212, port_y - 90, sign * 16), at(d, s, 240, 150, sign * 22), at(d, s, 256, 62, sign * 28),
                   at(d, s, 276, hr + 1, sign * 36), at(d, s, 318, hr, sign * 48), at(d, s, 352, hr + 2, sign * 54)}
      hoses[#hoses + 1] = tube(pts, hr)
      -- a metal handle rising from the hose end to the mouthpiece
      local h0 = at(d, s, 346, hr + 2, sign * 53)
      local h1 = at(d, s, 460, hr + 32, sign * 66)
      tips[#tips + 1] = limb(h0, h1, hr + 2.5, hr)
      tips[#tips + 1] = limb(at(d, s, 372, hr + 7, sign * 56), at(d, s, 382, hr + 10, sign * 57), hr + 5, hr + 5)
      local h2 = at(d, s, 492, hr + 40, sign * 69)
      tips[#tips + 1] = limb(h1, h2, hr, hr * 0.62)
    end

    local shape = union(vase:part("vase"), water:part("water"), stem:part("stem"), union(ports):part("stem"),
      bowl:part("bowl"), union(coals):part("coals"), union(hoses):part("hoses"), union(tips):part("mouthpieces"))
    -- a vent under the vase keeps its inside open to the air
    shape = subtract(shape, cylinder(8, wall + 6):move(0, -2, 0))
    k.attach("top", {0, by + 78, 0}, 40)
    return shape
  end,
}
