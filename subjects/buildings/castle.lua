-- A castle: four round corner towers joined by battlemented curtain walls,
-- a gatehouse with an arched gate in the front, and a tall keep inside.
local B = use and use("building")

-- An arched gate in a Z face: the cut, and the gate leaves set into the
-- back of the arch, with upright planks.
local function gate(w, h, z, depth)
  local cut = B.arch_cut(0, 0, w, h, z, depth * 2)
  local leaf = B.arch_cut(0, 0, w + 6, h + 3, z - (depth - 3), 8)
  local bars = {}
  for i = -1, 1 do
    bars[#bars + 1] = box(7, h * 0.9, 6):move(i * w * 0.3, h * 0.45, z - depth + 7)
  end
  return cut, (leaf + union(bars) * B.arch_cut(0, 0, w, h, z, depth * 2)):part("gate")
end

-- A round corner tower, r wide and h tall, with a flared top: either a
-- cone roof or a crown of merlons round a sunken walk.
local function tower(r, h, roof_h)
  local top_r = r + 6
  local walls = cylinder(r, h) + cylinder(top_r, 24):move(0, h - 24, 0)
  if roof_h > 0 then
    return walls, cone(top_r + 10, 5, roof_h):move(0, h - 2, 0)
  end
  local n = 6
  local crown = cylinder(top_r, 22):move(0, h - 2, 0) - cylinder(top_r - 16, 30):move(0, h + 8, 0)
  local gaps = radial(box(top_r * 2 * math.pi / n * 0.42, 20, top_r):move(0, h + 21, top_r), n)
  return walls + (crown - gaps)
end

return {
  id = "castle",
  names = {"castle", "fortress", "fort", "citadel", "medieval castle", "stone castle", "toy castle",
           "princess castle", "fairytale castle", "fairy tale castle", "chateau", "stronghold"},
  lvis = {},
  family = "buildings",
  size_mm = 30000,
  description = "A castle with corner towers, curtain walls, a gate and a keep",
  params = {w = {400, 460}, wall_h = {110, 130}},
  parts = {
    {"walls", "stone", color = "#aba59a", role = "primary", names = {"walls", "stone", "towers"}},
    {"roofs", "clay", color = "#3c5a9a", role = "secondary", names = {"roofs", "roof", "spires", "cones"}},
    {"gate", "wood", color = "#5a3a22", role = "detail", names = {"gate", "door", "drawbridge"}},
    {"windows", "gloss", color = "#1e1e24", role = "detail", names = {"windows", "slits"}},
    {"flags", "fabric", color = "#d02a2a", role = "detail", names = {"flags", "flag", "banners"}},
  },
  variants = {
    fairytale = {names = {"fairy castle", "disney castle", "magic castle", "pink castle"}, colors = {walls = "#f4d0dc", roofs = "#c8508a"}},
  },
  points = {"top"},
  build = function(k)
    local w, wh = k.p.w, k.p.wall_h
    local hw = w / 2
    local fairy = k.variant == "fairytale" or k.chance(0.35)
    local tr = w * 0.11
    local th = wh * 1.55
    local parts = {}
    local roofs = {}
    local flags = {}
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        local t, roof = tower(tr, th, fairy and tr * 2.2 or 0)
        parts[#parts + 1] = t:move(sx * hw, 0, sz * hw)
        if roof then roofs[#roofs + 1] = roof:move(sx * hw, 0, sz * hw) end
      end
    end
    -- curtain walls with merlons
    local thick = 22
    local wall_parts = {}
    for _, s in ipairs({-1, 1}) do
      wall_parts[#wall_parts + 1] = B.block(-hw, 0, s * hw - thick / 2, hw, wh, s * hw + thick / 2)
      wall_parts[#wall_parts + 1] = B.block(s * hw - thick / 2, 0, -hw, s * hw + thick / 2, wh, hw)
      wall_parts[#wall_parts + 1] = B.merlons(-hw + tr, hw - tr, wh - 4, s * hw, 16, thick - 4)
      wall_parts[#wall_parts + 1] = B.merlons(-hw + tr, hw - tr, wh - 4, s * hw, 16, thick - 4, "z")
    end
    -- keep
    local kw = w * 0.36
    local kh = wh * 2.3
    local keep = B.block(-kw / 2, 0, -kw / 2 - hw * 0.15, kw / 2, kh, kw / 2 - hw * 0.15)
    for _, s in ipairs({-1, 1}) do
      keep = keep + B.merlons(-kw / 2, kw / 2, kh - 4, s * (kw / 2 - 6) - hw * 0.15, 16, 16)
      keep = keep + B.merlons(-kw / 2 - hw * 0.15, kw / 2 - hw * 0.15, kh - 4, s * (kw / 2 - 6), 16, 16, "z")
    end
    if fairy then
      keep = keep + cylinder(kw * 0.28, kh * 0.3):move(0, kh - 2, -hw * 0.15)
      roofs[#roofs + 1] = cone(kw * 0.34, 7, kw * 0.7):move(0, kh + kh * 0.3 - 4, -hw * 0.15)
    end
    -- gatehouse on the front
    local gw = w * 0.26
    local gate_h = wh * 1.3
    local gh = B.block(-gw / 2, 0, hw - 28, gw / 2, gate_h, hw + 22) + B.merlons(-gw / 2, gw / 2, gate_h - 4, hw + 14, 16, 12)
    wall_parts[#wall_parts + 1] = B.block(-hw, 0, -hw, hw, 8, hw) -- the courtyard floor
    local shape = union(parts) + union(wall_parts) + keep + gh
    shape = shape:part("walls")
    if #roofs > 0 then shape = shape + union(roofs):part("roofs") end
    local cut, fill = gate(gw * 0.55, gate_h * 0.62, hw + 22, 14)
    shape = subtract(shape, cut) + fill
    -- windows on the keep and towers
    local wins = {}
    for _, x in ipairs({-kw * 0.25, kw * 0.25}) do
      wins[#wins + 1] = B.arch_cut(x, kh * 0.62, 16, 34, kw / 2 - hw * 0.15, 10)
    end
    for _, sx in ipairs({-1, 1}) do
      wins[#wins + 1] = B.arch_cut(sx * hw, th * 0.55, 12, 30, hw + tr - 3, 12)
    end
    shape = shape + union(wins):part("windows")
    -- flags on the keep
    local fy = fairy and kh + kh * 0.3 + kw * 0.7 - 8 or kh + 12
    flags[#flags + 1] = cylinder(6, 96):move(0, fy - 32, -hw * 0.15)
    shape = shape + union(flags):part("gate")
    shape = shape + extrude({{0, 0}, {52, -13}, {0, -26}}, 10, 2):move(2, fy + 60, -hw * 0.15):part("flags")
    k.attach("top", {0, fy + 60, -hw * 0.15}, kw * 0.5)
    return shape
  end,
}
