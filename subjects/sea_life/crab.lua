-- A crab: a broad flat shell, two big pincer claws held forward, four pairs
-- of jointed walking legs splayed out, and eyes on short stalks.
local F = use and use("fish")

return {
  id = "crab",
  names = {"crab", "hermit crab", "king crab", "crabby", "crab animal", "sebastian crab"},
  lvis = {"crab_(animal)"},
  family = "sea_life",
  size_mm = 90,
  description = "A crab",
  params = {claw = {0.9, 1.15}},
  parts = {
    {"shell", "skin", color = "#d8401e", role = "primary", names = {"shell", "body", "carapace"}},
    {"claws", "skin", color = "#e04a24", role = "secondary", names = {"claws", "pincers", "legs"}},
    {"tips", "skin", color = "#2a1a14", role = "detail", names = {"claw tips"}},
    {"eyes", "gloss", color = "#0e0c0c", role = "fixed"},
  },
  points = {"top", "head"},
  attach_to = {"head"},
  build = function(k)
    local soft = k.soft
    local sw, sl, sh = 62, 44, 20
    local cy = 40
    local shell = ellipsoid(sl, sh, sw):move(0, cy, 0)
    shell = smooth(3, shell, ellipsoid(sl * 0.8, sh * 0.7, sw * 0.9):move(0, cy - 6, 0))
    shell = shell:noise(1.0, 14)
    local legs = {}
    for _, sz in ipairs({-1, 1}) do
      for i = 0, 3 do
        -- legs fan out radially: the front pair angled forward, the back pair back
        local a = math.rad(25 - i * 32)
        local dx, dz = math.sin(a), math.cos(a)
        local hip = {dx * sl * 0.8, cy - 4, sz * dz * sw * 0.8}
        local knee = {dx * (sl + 30), cy + 14, sz * dz * (sw + 24)}
        local foot = {dx * (sl + 50), 0, sz * dz * (sw + 40)}
        legs[#legs + 1] = polyline({hip, knee, foot}, 5, 2.4)
      end
      -- claw arm: shoulder, elbow, wrist, then the pincer
      local c = k.p.claw
      local sh0 = {sl * 0.7, cy - 2, sz * sw * 0.55}
      local el = {sl + 18, cy + 6, sz * (sw * 0.75 + 8)}
      local wr = {sl + 32 * c, cy + 8, sz * (sw * 0.45)}
      legs[#legs + 1] = polyline({sh0, el, wr}, 7, 6)
      local palm = ellipsoid(18 * c, 12 * c, 10 * c):rotz(10):roty(sz * 20):move(wr[1] + 12 * c, wr[2] + 4, wr[3])
      local fixed = ellipsoid(13 * c, 4.5 * c, 5 * c):rotz(-12):roty(sz * 20):move(wr[1] + 34 * c, wr[2] + 1, wr[3] - sz * 8 * c)
      local moving = ellipsoid(12 * c, 4 * c, 4.5 * c):rotz(22):roty(sz * 20):move(wr[1] + 32 * c, wr[2] + 12 * c, wr[3] - sz * 8 * c)
      legs[#legs + 1] = smooth(3, palm, fixed, moving)
    end
    local body = smooth(4 * soft, shell, union(table.unpack(legs)))
    local shape = smooth(4 * soft, shell:part("shell"), union(table.unpack(legs)):part("claws"))
    for _, sz in ipairs({-1, 1}) do
      local base = {sl * 0.75, cy + sh * 0.5, sz * 12}
      local top = {sl * 0.85, cy + sh * 0.5 + 16, sz * 15}
      shape = shape + limb(base, top, 2.6, 2.2):part("shell")
      shape = shape + sphere(5):move(top[1], top[2] + 3, top[3]):part("eyes")
    end
    k.attach("head", {0, cy + sh, 0}, sw * 1.2)
    local _ = body
    return shape
  end,
}
