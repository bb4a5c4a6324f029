-- A box of matches lying flat: the printed card sleeve with a brown
-- striker strip down each long side, and the tray slid half out of it,
-- full of wooden matches lying side by side with their red heads to the
-- open end.
return {
  id = "matchbox",
  names = {"matchbox", "match box", "box of matches", "matches", "matchsticks", "matchstick box", "safety matches",
           "box of matchsticks", "matchbox with matches", "matchboxes"},
  family = "household",
  size_mm = 17,
  description = "A matchbox half open, full of red-tipped matches",
  params = {open = {22, 28}},
  parts = {
    {"sleeve", "paper", color = "#2f5fa8", role = "primary", names = {"sleeve", "box", "cover", "label", "case", "cardboard"}},
    {"tray", "paper", color = "#e6d8b8", role = "secondary", names = {"tray", "drawer", "inside"}},
    {"matches", "wood", color = "#e8c98a", role = "detail", names = {"matches", "sticks", "matchsticks", "match sticks"}},
    {"heads", "clay", color = "#c4201c", role = "detail", names = {"heads", "tips", "match heads", "red heads"}},
    {"striker", "paper", color = "#6a4028", role = "detail", names = {"striker", "strip", "striking strip", "sides", "striker strip"}},
  },
  build = function(k)
    local L, W, H, t = 53, 36, 15, 1.4
    -- the sleeve, open at both ends (along X)
    local sleeve = subtract(box(L, H, W, 0.6), box(L + 4, H - 2 * t, W - 2 * t)):move(0, H / 2, 0)
    -- a panel printed on the top and the striker strips down the long sides
    local label = box(L - 10, 1.0, W - 10, 0.3):move(0, H - 0.1, 0)
    local striker = box(L - 4, H - 4, W + 1.2):move(0, H / 2, 0)
    striker = subtract(striker, box(L, H, W - 1)):move(0, 0, 0)
    -- the tray: slid out towards +X, its floor resting on the sleeve's floor
    local o = k.p.open
    local tw, th, tt = W - 2 * t + 0.4, H - 2 * t - 1.2, 1.0
    local tray = subtract(box(L - 1, th, tw), box(L - 1 - 2 * tt, th, tw - 2 * tt):move(0, tt, 0))
    tray = tray:move(o, t + th / 2 - 0.5, 0)
    -- the matches: two layers side by side, heads to the open (+X) end,
    -- one lying askew on top
    local sticks, heads = {}, {}
    local n, ml = 12, 47
    local x0 = o - (L - 1) / 2 + tt + 0.2
    local floor = t - 0.5 + tt
    local inner = tw - 2 * tt
    -- the bulk of the pile under the top two layers
    local top = floor + th - tt - 2.3
    sticks[1] = box(ml + 0.6, top - floor - 1.8, inner + 0.4):move(x0 + ml / 2 - 0.3, (floor + top - 2.0) / 2 - 0.5, 0)
    for layer = 0, 1 do
      for i = 0, n - 1 - layer do
        local z = -inner / 2 + 1.2 + i * (inner - 2.4) / (n - 1) + layer * (inner - 2.4) / (n - 1) / 2
        local y = top - 2.0 + layer * 1.5
        local xs = x0 + ((i + layer) % 2) * 1.0
        sticks[#sticks + 1] = box(ml, 2.1, 2.1, 0.3):move(xs + ml / 2, y, z)
        heads[#heads + 1] = ellipsoid(2.8, 1.8, 1.5):move(xs + ml - 0.8, y + 0.2, z)
      end
    end
    -- one lying loose across the top of the sleeve
    local a = {-L / 2 + 5, H + 0.4, W / 2 - 8}
    local b = {-L / 2 + 5 + ml * 0.93, H + 0.4, W / 2 - 8 - ml * 0.35}
    sticks[#sticks + 1] = capsule(a, b, 1.1)
    heads[#heads + 1] = ellipsoid(2.9, 1.8, 1.8):roty(math.deg(math.atan(ml * 0.35, ml * 0.93))):move(b[1], b[2] + 0.2, b[3])
    local out = sleeve:part("sleeve") + label:part("tray") + striker:part("striker") + tray:part("tray")
      + union(sticks):part("matches") + union(heads):part("heads")
    return out:move(-o / 2, 0, 0):roty(-30)
  end,
}
