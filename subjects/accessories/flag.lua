-- A flag on a pole: a waving cloth with a stripe, on a pole with a ball
-- finial. The pirate flag variant is black with a white skull.
return {
  id = "flag",
  names = {"flag", "banner", "flag on a pole", "hand flag", "ensign"},
  lvis = {"flag", "flagpole", "pennant", "pirate_flag"},
  family = "accessories",
  size_mm = 1500,
  description = "A flag on a pole",
  params = {wave = {0.06, 0.12}},
  parts = {
    {"cloth", "fabric", color = "#c8282d", role = "primary", names = {"flag", "cloth", "banner"}},
    {"stripe", "fabric", color = "#f4f4f0", role = "secondary", names = {"stripe", "stripes", "emblem", "skull", "star"}},
    {"pole", "wood", color = "#8a6a4a", role = "detail", names = {"pole", "staff", "stick", "finial"}},
  },
  variants = {
    pirate = {names = {"pirate flag", "jolly roger"}, colors = {cloth = "#18181a", stripe = "#f4f0e6"}},
    pennant = {names = {"pennant"}},
  },
  attach_to = {"hand_wide", "hand", "top"},
  build = function(k)
    local L = 1500
    local fw, fh = L * 0.3, L * 0.2
    local pole = cylinder(14, L):part("pole") + sphere(26):move(0, L + 14, 0):part("pole")
    local wave = k.p.wave * fw
    local function cloth_at(z0, z1, y0, y1)
      local secs = {}
      for i = 0, 8 do
        local t = i / 8
        secs[#secs + 1] = {y = z0 + (z1 - z0) * t, rx = 10, rz = (y1 - y0) * 0.5 * (k.variant == "pennant" and (1 - t * 0.92) or 1),
                           x = math.sin(t * math.pi * 1.6) * wave}
      end
      -- Built along Y, then laid along +Z.
      return loft(secs):rotx(90):move(0, (y0 + y1) * 0.5, 0)
    end
    local top = L - 10
    local cloth = cloth_at(0, fw, top - fh, top)
    local shape = pole + cloth:part("cloth")
    if k.variant == "pirate" then
      local cz = fw * 0.45
      local skull = union(sphere(fh * 0.16):move(0, top - fh * 0.42, cz), box(fh * 0.1, fh * 0.12, fh * 0.18):move(0, top - fh * 0.58, cz))
      local bones = union(limb({0, top - fh * 0.85, cz - fh * 0.3}, {0, top - fh * 0.5, cz + fh * 0.3}, fh * 0.03),
                          limb({0, top - fh * 0.5, cz - fh * 0.3}, {0, top - fh * 0.85, cz + fh * 0.3}, fh * 0.03))
      local mark = union(skull, bones):stretch(1, 1, 1)
      local w = math.sin(0.45 * math.pi * 1.6) * wave
      shape = shape + mark:stretch(3, 1, 1):move(w, 0, 0):part("stripe")
    elseif k.variant ~= "pennant" then
      shape = shape + intersect(cloth:stretch(1.5, 1.0, 1), box(200, fh * 0.32, fw * 2):move(0, top - fh * 0.5, 0)):part("stripe")
    end
    return shape
  end,
}
