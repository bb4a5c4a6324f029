-- Swords other than the knight's sword (accessories/sword.lua): a katana
-- with a gently curved single-edged blade, a round guard and a wrapped grip;
-- a sabre/scimitar with a strongly curved blade and a knuckle bow; a rapier
-- with a thin blade and a swept hand guard; a toy wooden sword. Origin at the
-- bottom of the hilt, blade up +Y, so a figure can hold it.
return {
  id = "katana",
  names = {"katana", "samurai sword", "japanese sword", "katana sword", "ninja sword", "catana"},
  lvis = {},
  family = "weapons",
  plunges = true,
  size_mm = 1000,
  description = "A katana",
  params = {len = {640, 720}, width = {44, 52}},
  parts = {
    {"blade", "steel", color = "#c8ced6", role = "primary", names = {"blade", "steel"}},
    {"guard", "iron", color = "#2a2a2e", role = "secondary", names = {"guard", "crossguard", "cross guard", "hilt", "pommel", "tsuba"}},
    {"grip", "fabric", color = "#1e1e3a", role = "detail", names = {"grip", "handle", "wrap"}},
    {"gem", "gloss", color = "#c81e2a", role = "detail", names = {"gem", "jewel", "ruby", "stone"}},
    -- Built only when asked: a lacquered scabbard over the lower blade.
    {"sheath", "paint", color = "#16161a", role = "detail", names = {"sheath", "scabbard", "saya"}},
  },
  variants = {
    sabre = {names = {"sabre", "saber", "scimitar", "cutlass", "pirate sword"}, size_mm = 850, colors = {guard = "#c8a040", grip = "#4a2a1a"}},
    rapier = {names = {"rapier", "fencing sword", "epee", "musketeer sword"}, size_mm = 1000, colors = {guard = "#c8ccd2", grip = "#4a2a1a"}},
    wooden = {names = {"wooden sword", "toy sword", "practice sword"}, size_mm = 700, colors = {blade = "#c89a60", guard = "#8a5a30", grip = "#6a4224"}},
  },
  build = function(k)
    local v = k.variant
    if v == "" then v = "katana" end
    local L, W = k.p.len, k.p.width
    local grip_len = 110
    if v == "great" then L = L * 1.5; grip_len = 220; W = W * 1.1 end
    if v == "rapier" then W = 26; L = L * 1.1 end
    local T = v == "rapier" and 11 or 8
    local gy = 26 + grip_len -- blade root
    local pommel = sphere(18):stretch(1, 0.9, 0.8):move(0, 14, 0)
    local grip = lathe({{11, 24}, {13, 24 + grip_len * 0.5}, {11, gy}})
    local wraps = {}
    for i = 1, math.floor(grip_len / 14) do wraps[#wraps + 1] = torus(12.4, 1.8):rotz(8):move(0, 24 + i * 14, 0) end
    grip = smooth(1, grip, union(wraps))
    local blade, guard, gem, sheath
    if v == "katana" or v == "sabre" then
      local curve = v == "katana" and 0.06 or 0.12
      local pts = {}
      local n = 16
      local Lk = L * (v == "katana" and 1.1 or 1)
      local Wk = v == "katana" and 32 or 40
      local left, right = {}, {}
      for i = 0, n do
        local t = i / n
        local y = gy + Lk * t
        local x = -curve * Lk * t * t
        local w = Wk * (1 - 0.25 * t)
        if t > 0.9 then w = w * (1 - (t - 0.9) / 0.1) ^ 0.7 end
        left[#left + 1] = {x - w * 0.5, y}
        right[#right + 1] = {x + w * 0.5 - (t > 0.9 and w * 0.3 or 0), y}
      end
      local outline = {}
      for i = 1, #right do outline[#outline + 1] = right[i] end
      for i = #left, 1, -1 do outline[#outline + 1] = left[i] end
      blade = extrude(outline, 5, 1.2)
      if k.asked.sheath then
        -- drawn a third of the way: the scabbard over the lower two thirds,
        -- a collar at its mouth
        local cover = box(400, Lk * 0.62, 400):move(0, gy + 6 + Lk * 0.31, 0)
        sheath = intersect(extrude(outline, 5, 1.2):round(5), cover)
        sheath = sheath + intersect(extrude(outline, 5, 1.2):round(7), box(400, 10, 400):move(0, gy + 6 + Lk * 0.62 - 5, 0))
      end
      if v == "katana" then
        guard = cylinder(34, 7, 2):move(0, gy - 7, 0)
        pommel = cylinder(13, 12, 5):move(0, 12, 0)
        grip = smooth(1, cylinder(13, gy - 20, 4):stretch(1, 1, 0.8):move(0, 18, 0), union(wraps))
      else
        guard = union(box(90, 12, 18, 5):move(0, gy - 6, 0), tube({{40, gy - 6, 0}, {50, gy - 40, 0}, {30, gy - grip_len, 0}, {8, 20, 0}}, 9))
      end
    else
      local tipL = v == "rapier" and 40 or W * 1.3
      local outline = {{-W / 2, gy}, {W / 2, gy}, {W * 0.44, gy + L - tipL}, {0, gy + L}, {-W * 0.44, gy + L - tipL}}
      blade = extrude(outline, T, 1.6)
      if v ~= "rapier" then
        -- a fuller groove down the middle of both faces
        blade = smooth_sub(blade, box(W * 0.18, L * 0.7, 3, 1.2):move(0, gy + L * 0.38, T * 0.5 + 0.6), 1)
        blade = smooth_sub(blade, box(W * 0.18, L * 0.7, 3, 1.2):move(0, gy + L * 0.38, -T * 0.5 - 0.6), 1)
      end
      local gw = v == "great" and W * 5 or W * 3.4
      local gpts = {{-gw / 2, gy + 10, 0}, {-gw / 4, gy - 2, 0}, {0, gy - 6, 0}, {gw / 4, gy - 2, 0}, {gw / 2, gy + 10, 0}}
      guard = tube(gpts, 8, 8):stretch(1, 1, 1.2)
      guard = smooth(4, guard, box(W * 1.3, 16, 20, 5):move(0, gy - 6, 0),
                     sphere(10):move(-gw / 2, gy + 12, 0), sphere(10):move(gw / 2, gy + 12, 0))
      if v == "rapier" then
        guard = union(guard, tube({{0, gy - 4, 10}, {0, gy - 50, 36}, {0, 24 + grip_len * 0.2, 30}, {0, 24, 0}}, 9),
                      torus(22, 8):rotx(90):move(0, gy - 10, 0))
      end
      gem = sphere(6):stretch(1, 1, 0.6):move(0, gy - 6, 10) + sphere(6):stretch(1, 1, 0.6):move(0, gy - 6, -10)
    end
    local shape = union(blade:part("blade"), union(guard, pommel):part("guard"), grip:part("grip"))
    if gem and v ~= "wooden" and v ~= "rapier" then shape = shape + gem:part("gem") end
    if sheath then shape = shape + sheath:part("sheath") end
    return shape
  end,
}
