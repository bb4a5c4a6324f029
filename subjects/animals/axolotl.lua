-- An axolotl: a soft pink salamander that never grows up — a broad flat
-- head with a wide smiling mouth and small bead eyes set far apart, three
-- feathery external gills fanning out on each side behind the head, a plump
-- body on four little splayed legs with slender fingers, and a long tail
-- flattened side to side, edged with a fin that starts on the back.
return {
  id = "axolotl",
  names = {"axolotl", "axolotyl", "axolottl", "mexican walking fish", "walking fish", "ajolote", "water dragon axolotl"},
  lvis = {},
  family = "animals",
  size_mm = 60,
  description = "A pink axolotl",
  parts = {
    {"skin", "skin", color = "#f3b6c0", role = "primary", names = {"skin", "body"}},
    {"gills", "skin", color = "#e05a78", role = "secondary", names = {"gills", "fronds"}},
    {"fin", "skin", color = "#fbe0e4", role = "detail", names = {"fin", "tail fin"}},
    {"mouth", "skin", color = "#9a4a5a", role = "detail", names = {"mouth", "smile"}},
    {"eyes", "gloss", color = "#141010", role = "fixed"},
  },
  variants = {
    wild = {names = {"wild axolotl", "wild type axolotl", "brown axolotl", "green axolotl"},
            colors = {skin = "#6a6648", gills = "#5a4a3a", fin = "#7a7658", mouth = "#3a3426"}},
    golden = {names = {"golden axolotl", "gold axolotl", "yellow axolotl"}, colors = {skin = "#f2d58a", gills = "#f0a050", fin = "#f6e4b0"}},
    black = {names = {"black axolotl", "melanoid axolotl"}, colors = {skin = "#2a2a2e", gills = "#3e3a44", fin = "#3a3a40", mouth = "#141414"}},
  },
  attach_to = {"head", "back"},
  points = {"head", "back", "face"},
  build = function(k)
    local soft = k.soft
    local cartoon = k.style == "cartoon"
    local hs = cartoon and 1.2 or 1                  -- head scale
    local y0 = 10                                     -- body axis height
    local bend = k.rand(-14, 14)                      -- a lazy sideways curve of the tail

    -- head: broad, flat and rounded in front
    local hc = {27, y0 + 2.5, 0}
    local head = ellipsoid(12 * hs, 8.5 * hs, 14 * hs):move(hc[1], hc[2], 0)
    -- body: plump, a little flattened
    local body = smooth(5 * soft, ellipsoid(26, 9.5, 11):move(-2, y0, 0), ellipsoid(10, 8.5, 11):move(15, y0 + 1, 0))
    -- tail: flattened side to side, tapering to a point
    local tail_parts = {}
    for i = 0, 6 do
      local t = i / 6
      tail_parts[#tail_parts + 1] = ellipsoid(9 * (1 - t * 0.5), 7.5 * (1 - t * 0.65), 5.8 * (1 - t * 0.8) + 0.9):move(-26 - t * 52, y0 + 1 + t * 2, 0)
    end
    local tail = smooth(6, table.unpack(tail_parts))
    -- the fin: from the middle of the back over the tail and round under it
    local fin = extrude({{2, y0 + 8}, {-20, y0 + 12}, {-50, y0 + 14}, {-76, y0 + 10}, {-90, y0 + 4}, {-76, y0 - 1}, {-52, y0 - 4},
                         {-34, y0 - 1}, {-30, y0 + 4}, {-10, y0 + 6}}, 2.2, 0.8)
    -- both swing a little to one side from the root of the tail
    tail = tail:move(26, 0, 0):roty(bend):move(-26, 0, 0)
    fin = fin:move(26, 0, 0):roty(bend):move(-26, 0, 0)

    -- four little legs, splayed, with slender fingers
    local limbs, toes = {}, {}
    for _, fx in ipairs({14, -18}) do
      for _, sz in ipairs({-1, 1}) do
        local hip = {fx, y0 - 2, sz * 8}
        local foot = {fx + (fx > 0 and 5 or -1), 1.8, sz * 20}
        limbs[#limbs + 1] = tube({hip, {fx + 1, y0 - 3, sz * 15}, foot}, 3.4, 2.4)
        for j = -1.5, 1.5 do
          local a = math.rad(j * 28 + (fx > 0 and 20 or -10))
          local toe = {foot[1] + math.sin(a) * 5.5, 1.3, foot[3] + sz * math.cos(a) * 5.5}
          toes[#toes + 1] = limb(foot, toe, 1.3, 1.05)
        end
      end
    end
    local skin = smooth(5 * soft, body, head)
    skin = smooth(3 * soft, skin, union(table.unpack(limbs))) + union(table.unpack(toes))

    -- three feathery gill fronds on each side, fanning up and back
    local gills = {}
    for _, sz in ipairs({-1, 1}) do
      for g, spec in ipairs({{{-0.5, 0.85, 0.3}, 15}, {{-0.55, 0.35, 0.76}, 17}, {{-0.5, -0.22, 0.84}, 14}}) do
        local len = spec[2] * hs
        local base = {hc[1] - 8 * hs, hc[2] + (2 - g) * 2.2 * hs, sz * 11 * hs}
        local dir = {spec[1][1], spec[1][2], sz * spec[1][3]}
        local tip = {base[1] + dir[1] * len, base[2] + dir[2] * len, base[3] + dir[3] * len}
        gills[#gills + 1] = limb(base, tip, 1.9, 1.5)
        -- feathery filaments fringing each frond, swept back
        for f = 1, 3 do
          local t = 0.3 + f * 0.2
          local p = {base[1] + (tip[1] - base[1]) * t, base[2] + (tip[2] - base[2]) * t, base[3] + (tip[3] - base[3]) * t}
          for _, side in ipairs({-1, 1}) do
            local q = {p[1] - 3.4, p[2] + side * 2.6 * math.abs(dir[3]) + (dir[2] > 0.5 and 0 or 0), p[3] - side * sz * 2.6 * math.abs(dir[2]) + sz * 0.8}
            gills[#gills + 1] = limb(p, q, 1.1, 0.95)
          end
        end
      end
    end

    -- face: bead eyes wide apart on top of the head and a wide smile
    local eyes = {}
    for _, sz in ipairs({-1, 1}) do
      eyes[#eyes + 1] = sphere(2.1 * hs * (cartoon and 1.3 or 1)):move(hc[1] + 5 * hs, hc[2] + 5 * hs, sz * 8.5 * hs)
    end
    local mx = hc[1] + 10.6 * hs
    local smile = tube({{mx - 6 * hs, hc[2] - 0.6 * hs, -11 * hs}, {mx - 1.4 * hs, hc[2] - 2.6 * hs, -6 * hs}, {mx + 1.0 * hs, hc[2] - 3.0 * hs, 0},
                        {mx - 1.4 * hs, hc[2] - 2.6 * hs, 6 * hs}, {mx - 6 * hs, hc[2] - 0.6 * hs, 11 * hs}}, 0.95, 0.95)

    local shape = smooth(4 * soft, skin, tail):part("skin") + fin:part("fin") + union(table.unpack(gills)):part("gills")
      + union(table.unpack(eyes)):part("eyes") + smile:part("mouth")
    k.attach("head", {hc[1] - 2, hc[2] + 8 * hs, 0}, 22 * hs)
    k.attach("face", {hc[1] + 10 * hs, hc[2] + 4 * hs, 0}, 20 * hs, {1, 0, 0})
    k.attach("back", {-2, y0 + 9, 0}, 18)
    return shape
  end,
}
