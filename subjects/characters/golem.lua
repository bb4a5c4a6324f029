-- A stone golem: a huge hulking figure of rough boulders, with massive
-- shoulder stones, long arms ending in great fists, short thick legs, a
-- small head sunk between the shoulders with glowing eyes, a glowing rune
-- crack on the chest and patches of moss. Ice, iron and clay golems are
-- variants.
local H = setmetatable({}, {__index = function(_, key) return use("humanoid")[key] end})

return {
  id = "golem",
  names = {"golem", "stone golem", "rock golem", "earth golem", "rock monster", "stone monster", "rock giant", "stone giant", "boulder monster", "rock man", "rock creature", "stone guardian", "rock elemental", "earth elemental"},
  lvis = {},
  family = "characters",
  size_mm = 2400,
  description = "A hulking stone golem of boulders with glowing eyes",
  params = {bulk = {0.95, 1.08}},
  parts = {
    {"stone", "stone", color = "#8c8780", role = "primary", names = {"stone", "rock", "body", "boulders", "skin"}},
    {"moss", "plant", color = "#5c7a2e", role = "secondary", names = {"moss", "lichen", "grass"}},
    {"eyes", "gloss", color = "#ffb21e", role = "detail", names = {"eyes", "glow", "runes", "rune", "core"}},
  },
  variants = {
    ice = {names = {"ice golem", "frost golem", "snow golem", "ice monster", "ice giant", "frost giant"},
           colors = {stone = "#bcdcf0", moss = "#f4f8fc", eyes = "#40c8ff"}},
    iron = {names = {"iron golem", "metal golem", "steel golem"},
            colors = {stone = "#5c5e64", moss = "#8a4a24", eyes = "#ff5a1e"}},
    clay = {names = {"clay golem", "mud golem"}, colors = {stone = "#a0603c", moss = "#6a4a2e", eyes = "#ffd040"}},
    lava = {names = {"lava golem", "magma golem", "fire golem", "lava monster"},
            colors = {stone = "#3a3230", moss = "#ff6a14", eyes = "#ffb21e"}},
  },
  points = {"head", "neck", "scarf", "face", "hand", "hand_wide", "shield", "tie", "back", "seat"},
  build = function(k)
    local add = H.add
    local bulk = k.p.bulk
    local iron = k.variant == "iron"
    -- A rough boulder: a faceted ellipsoid (cut by a tilted box) with a
    -- bumpy surface. Iron golems are smoother, riveted plates.
    local function rock(rx, ry, rz, at, tilt)
      tilt = tilt or 0
      local s = ellipsoid(rx, ry, rz)
      if not iron then
        local cut = box(rx * 1.75, ry * 1.8, rz * 1.75, math.min(rx, ry, rz) * 0.25):rotx(k.rand(-12, 12) + tilt):roty(k.rand(0, 40)):rotz(k.rand(-10, 10))
        s = intersect(s:scale(1.12), cut)
      else
        s = intersect(s:scale(1.06), box(rx * 1.9, ry * 1.9, rz * 1.9, math.min(rx, ry, rz) * 0.35))
      end
      return s:move(at[1], at[2], at[3])
    end

    local stones = {}
    local function put(s) stones[#stones + 1] = s end
    -- Feet, shins and thighs: short, thick stacks of stone.
    local hipz = 250 * bulk
    for _, s in ipairs({-1, 1}) do
      local z = s * hipz
      put(rock(230, 110, 185, {55, 105, z + s * 15}))
      put(rock(175, 220, 175, {5, 370, z + s * 10}))
      put(rock(200, 195, 200, {-10, 650, z}))
    end
    -- Pelvis and belly.
    put(rock(290, 200, 400 * bulk, {-10, 860, 0}))
    put(rock(300, 250, 380 * bulk, {20, 1110, 0}))
    -- The great chest, leaning forward over the hips.
    local chest_y = 1450
    put(rock(360, 340, 520 * bulk, {40, chest_y, 0}))
    -- The back hump behind the shoulders.
    put(rock(300, 280, 420 * bulk, {-140, 1640, 0}))
    -- Shoulder boulders, high and wide.
    local shz = 640 * bulk
    local shy = 1680
    for _, s in ipairs({-1, 1}) do
      put(rock(300, 270, 280, {0, shy, s * shz}))
    end
    -- Arms: an upper-arm stone, an elbow, a forearm and a huge fist. The
    -- left arm hangs with its fist nearly on the ground; the right is bent,
    -- its forearm and fist thrust forward at the waist, ready to hold.
    local fists = {}
    for _, s in ipairs({-1, 1}) do
      local z = s * shz
      put(rock(185, 300, 185, {15, 1430, z + s * 70}))
      if s < 0 then
        local elbow = {35, 1180, z - 110}
        local wrist = {130, 700, z - 140}
        local fist = {170, 480, z - 150}
        put(rock(150, 150, 150, elbow))
        put(rock(175, 270, 175, {(elbow[1] + wrist[1]) * 0.5, (elbow[2] + wrist[2]) * 0.5, z - 130}))
        put(rock(250, 230, 230, fist))
        fists[s] = fist
      else
        local elbow = {40, 1130, z + 110}
        local fist = {600, 1010, z + 120}
        put(rock(160, 160, 160, elbow))
        put(rock(270, 175, 175, {300, 1075, z + 120}, 0))
        put(rock(240, 250, 230, fist))
        fists[s] = fist
      end
      -- Knuckles: a row of stubby finger stones across the front of the fist.
      local fist = fists[s]
      for i = -1, 1 do
        put(rock(95, 85, 75, {fist[1] + 205, fist[2] - 30 - math.abs(i) * 15, fist[3] + i * 120}))
      end
    end
    -- The head: small and low, sunk between the shoulders and jutting forward.
    local head_c = {330, 1850, 0}
    local head_r = 180
    put(rock(190, 175, 175, head_c))
    -- A heavy brow ridge over the eyes.
    put(rock(70, 50, 175, {head_c[1] + 130, head_c[2] + 55, 0}))
    -- A blocky jaw.
    put(rock(140, 80, 140, {head_c[1] + 70, head_c[2] - 120, 0}))

    -- One bumpy surface over all the stones (cheaper than one per stone).
    local plain = union(table.unpack(stones))
    local body = iron and plain:round(6) or plain:noise(13, 160)
    local shape = body:part("stone")

    -- Glowing eyes deep under the brow.
    for _, s in ipairs({-1, 1}) do
      shape = shape + ellipsoid(38, 30, 44):move(head_c[1] + 168, head_c[2] + 8, s * 72):part("eyes")
    end
    -- A glowing rune crack across the chest.
    local cx = 40 + 360 * 0.95
    local crack = polyline({{cx, chest_y + 170, -120}, {cx + 12, chest_y + 60, -40}, {cx + 18, chest_y - 10, 30},
                            {cx + 10, chest_y - 110, -20}, {cx - 10, chest_y - 200, 60}}, 16)
    shape = shape + intersect(crack, ellipsoid(360 * 1.18, 340 * 1.18, 520 * bulk * 1.18):move(40, chest_y, 0)):part("eyes")

    -- Moss (on iron: rust) growing over the shoulders, the head and the back:
    -- thin caps where a slightly larger copy of the body meets a few balls.
    local skin = plain:round(20)
    local spots = {
      sphere(230):move(-20, shy + 240, shz),
      sphere(200):move(40, shy + 220, -shz),
      sphere(150):move(head_c[1] - 60, head_c[2] + 150, 40),
      sphere(260):move(-200, 1850, -120),
      sphere(170):move(40, 560, hipz + 180),
      sphere(140):move(280, 1250, -200),
    }
    local moss = intersect(skin, union(table.unpack(spots)):noise(40, 160))
    shape = shape + moss:part("moss")

    -- The figure for the standard points. The fists are far bigger than a
    -- person's, so held things are sized (and hung just below the fist) as
    -- for a taller figure.
    local scale_h = 3400
    local function below(p) return {p[1], p[2] - 240 + scale_h * 0.035, p[3]} end
    local f = {
      Hh = scale_h, u = 24, head_r = head_r, head_c = head_c, depth = 330, y_s = shy, sw = shz,
      y_waist = 1110, y_hip = 860, hw = hipz + 150, r_thigh = 200, kR = {-10, 650, hipz}, pose = k.pose,
      fistR = below(fists[1]), fistL = below(fists[-1]),
    }
    return H.finish(k, f, {hat_lift = 0.6}, shape)
  end,
}
