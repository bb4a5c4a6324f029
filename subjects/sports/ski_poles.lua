-- A pair of ski poles standing crossed: two thin aluminium shafts with steel
-- tips spread on the ground and crossing near the top, black rubber grips
-- with wrist-strap loops, and small round baskets just above the tips.
local S = use("shapes")

return {
  id = "ski_poles",
  names = {"ski pole", "ski poles", "pair of ski poles", "trekking pole", "trekking poles", "hiking pole", "walking poles",
           "ski stick", "ski sticks", "nordic walking pole", "walking pole", "hiking stick pole", "skipole", "ski stock"},
  lvis = {},
  family = "sports",
  size_mm = 1250,
  description = "A pair of ski poles standing crossed",
  params = {spread = {230, 270}},
  parts = {
    {"shafts", "steel", color = "#c4c8ce", role = "primary", names = {"shafts", "shaft", "poles", "pole"}},
    {"grips", "rubber", color = "#1c1c20", role = "secondary", names = {"grips", "grip", "handles", "handle"}},
    {"straps", "fabric", color = "#d02a2a", role = "detail", names = {"straps", "strap", "wrist straps", "loops"}},
    {"baskets", "plastic", color = "#222226", role = "detail", names = {"baskets", "basket", "rings", "discs"}},
    {"tips", "steel", color = "#6a6e74", role = "detail", names = {"tips", "tip", "points", "spikes"}},
  },
  points = {"top"},
  several = false,
  build = function(k)
    local L = 1250
    local sp = k.p.spread
    local r = 16
    local shape
    local shafts, grips, straps, baskets, tips = {}, {}, {}, {}, {}
    for _, s in ipairs({-1, 1}) do
      local foot = {s * sp, 0, s * 30}
      local top = {-s * 110, L - 20, -s * 20}
      local dir = S.norm(S.sub(top, foot))
      local function at(t) return S.add(foot, S.mul(dir, t)) end
      local len = S.len(S.sub(top, foot))
      tips[#tips + 1] = limb(at(2), at(70), 5, r * 0.95)
      shafts[#shafts + 1] = limb(at(60), at(len - 200), r, r)
      baskets[#baskets + 1] = cylinder(62, 12, 4):aim(dir, at(95))
      baskets[#baskets + 1] = torus(60, 6):aim(dir, at(101))
      grips[#grips + 1] = limb(at(len - 230), at(len), 24, 27)
      grips[#grips + 1] = sphere(30):stretch(1, 0.7, 1):aim(dir, at(len))
      -- the strap: a loop out of the grip top hanging down its outer side
      local out = {s * 1, 0, 0}
      local p0 = at(len - 25)
      local loop = tube({p0, S.add(p0, {s * 55, -40, 8}), S.add(p0, {s * 80, -150, 10}), S.add(p0, {s * 45, -230, 6}),
                         S.add(at(len - 150), {s * 10, 0, 0})}, 9)
      straps[#straps + 1] = loop
    end
    shape = union(table.unpack(shafts)):part("shafts") + union(table.unpack(grips)):part("grips")
    shape = shape + union(table.unpack(straps)):part("straps") + union(table.unpack(baskets)):part("baskets")
    shape = shape + union(table.unpack(tips)):part("tips")
    k.attach("top", {0, L + 20, 0}, 80)
    return shape
  end,
}
