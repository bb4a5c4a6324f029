-- A gas mask standing on its chin and filter: a black rubber face piece
-- with two round glass eye lenses in metal rims, a round ribbed filter
-- canister screwed onto the mouthpiece, and head straps running back to a
-- harness pad behind it.
return {
  id = "gas_mask",
  names = {"gas mask", "respirator", "gasmask", "respirator mask", "military gas mask", "full face respirator",
           "chemical mask", "ww2 gas mask"},
  lvis = {"gasmask"},
  family = "accessories",
  size_mm = 240,
  description = "A gas mask with two eye lenses and a front filter",
  parts = {
    {"mask", "rubber", color = "#2a2b2c", role = "primary", names = {"mask", "face piece", "facepiece", "straps", "harness"}},
    {"filter", "steel", color = "#5f6848", role = "secondary", names = {"filter", "canister", "filter canister", "rims"}},
    {"lenses", "gloss", color = "#a8c4cc", role = "detail", names = {"lenses", "lens", "eyes", "eyepieces", "visor"}},
  },
  attach_to = {"face", "head"},
  build = function(k)
    local rad, cos, sin = math.rad, math.cos, math.sin
    -- the face piece: sections from chin to crown, fullest across the eyes
    local face = loft({
      {y = 0, rx = 22, rz = 30, x = 24},
      {y = 30, rx = 44, rz = 46, x = 22},
      {y = 70, rx = 58, rz = 66, x = 12},
      {y = 120, rx = 62, rz = 86, x = 0},
      {y = 170, rx = 55, rz = 82, x = -6},
      {y = 212, rx = 36, rz = 60, x = -12},
      {y = 232, rx = 12, rz = 26, x = -16},
    })
    face = intersect(face, box(400, 600, 400):move(175, 100, 0))
    -- a rolled edge round the open back
    local edge = intersect(face:shell(7), box(16, 600, 400):move(-17, 100, 0))
    local mask = face + edge

    -- eyes: round lenses in metal rims, facing a little outwards
    local lenses, rims = {}, {}
    for _, sz in ipairs({-1, 1}) do
      local ez, ey = sz * 38, 132
      local ex = 62 * math.sqrt(1 - (ez / 86) ^ 2) - 3
      local dir = {cos(rad(20)), 0.12, sz * sin(rad(20))}
      local at = {ex, ey, ez}
      lenses[#lenses + 1] = cylinder(25, 12):move(0, -6, 0):aim(dir, at)
      rims[#rims + 1] = torus(27, 6):aim(dir, {at[1] + dir[1] * 3, at[2] + dir[2] * 3, at[3] + dir[3] * 3})
      mask = mask + cylinder(33, 14):move(0, -10, 0):aim(dir, at)
    end

    -- mouthpiece boss and the filter canister pointing forward and down
    local down = 28
    local fdir = {cos(rad(down)), -sin(rad(down)), 0}
    local mp = {62, 62, 0}
    mask = mask + smooth(8, cone(36, 30, 34):aim(fdir, mp), empty())
    local c0 = {mp[1] + fdir[1] * 30, mp[2] + fdir[2] * 30, 0}
    local can = cylinder(46, 62, 4):aim(fdir, c0)
    for i = 1, 3 do
      can = can - torus(47.5, 3.5):aim(fdir, {c0[1] + fdir[1] * 14 * i, c0[2] + fdir[2] * 14 * i, 0})
    end
    local thread = cylinder(30, 8):aim(fdir, {c0[1] - fdir[1] * 4, c0[2] - fdir[2] * 4, 0})
    local cap = cylinder(20, 6, 2):aim(fdir, {c0[1] + fdir[1] * 60, c0[2] + fdir[2] * 60, 0})

    -- head straps: from temples and cheeks back and down to a pad behind
    local straps = {}
    local pad = {-150, 6, 0}
    for _, sz in ipairs({-1, 1}) do
      straps[#straps + 1] = tube({{-14, 180, sz * 62}, {-70, 170, sz * 58}, {-125, 90, sz * 30}, {pad[1], pad[2] + 8, sz * 10}}, 6, 5)
      straps[#straps + 1] = tube({{-14, 80, sz * 66}, {-70, 60, sz * 56}, {-120, 25, sz * 30}, {pad[1], pad[2] + 6, sz * 12}}, 6, 5)
    end
    straps[#straps + 1] = tube({{-14, 215, 0}, {-60, 212, 0}, {-115, 140, 0}, {pad[1], pad[2] + 8, 0}}, 6, 5)
    straps[#straps + 1] = cylinder(30, 8, 3):stretch(1.2, 1, 1):move(pad[1], 0, 0)

    if k.worn then
      -- worn: no loose harness; the back of the face piece at the origin,
      -- level with the eyes, built facing up (the face point turns it forward)
      local worn = mask:part("mask") + union(table.unpack(lenses)):part("lenses")
        + (union(table.unpack(rims)) + can + thread + cap):part("filter")
      return worn:move(24, -132, 0):rotz(90)
    end
    local shape = mask:part("mask") + union(table.unpack(straps)):part("mask")
      + union(table.unpack(lenses)):part("lenses")
      + (union(table.unpack(rims)) + can + thread + cap):part("filter")
    -- rest it on its chin and the rim of the filter
    local b = shape:bounds()
    k.attach("top", {0, 232 - b.min[2], 0}, 90)
    return shape:move(0, -b.min[2], 0):roty(-10)
  end,
}
