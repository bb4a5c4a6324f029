-- A banana: a long curved fruit thick in the middle, tapering to a stalk at
-- one end and a dark tip at the other, lying with both ends up; a bunch is
-- four joined at the stalk.
local F -- the food library, loaded when building

local function banana(len, r, bend, k)
  local pts = {}
  for i = 0, 6 do
    local t = i / 6
    local a = (t - 0.5) * bend
    pts[#pts + 1] = {len / bend * math.sin(a), len / bend * (1 - math.cos(a)), 0}
  end
  local body = F.sweep(pts, function(t)
    return math.max(1.5, r * math.sin(math.pi * math.min(1, 0.12 + t * 0.84)) ^ 0.6)
  end, 3, 3)
  local e1, e0 = pts[#pts], pts[1]
  local d1 = F.norm(F.sub(pts[#pts], pts[#pts - 1]))
  local stalk = limb(F.sub(e1, F.mul(d1, 4)), F.add(e1, F.mul(d1, r * 1.1)), r * 0.32, r * 0.26)
  local tip = sphere(r * 0.22):move(F.add(e0, F.mul(F.norm(F.sub(pts[1], pts[2])), 1)))
  return body, stalk, tip
end

return {
  id = "banana",
  names = {"banana", "bananna", "banan", "yellow banana", "plantain"},
  lvis = {"banana"},
  family = "food",
  size_mm = 45,
  description = "A banana",
  params = {len = {180, 200}, r = {16, 18}, bend = {1.0, 1.25}},
  parts = {
    {"peel", "food", color = "#f4d03a", role = "primary", names = {"peel", "skin"}},
    {"stalk", "plant", color = "#7a8a38", role = "detail", names = {"stalk", "stem"}},
    {"tip", "food", color = "#3a2a1a", role = "fixed"},
  },
  variants = {
    bunch = {names = {"bunch of bananas", "banana bunch", "bananas bunch"}, size_mm = 90},
  },
  points = {"top"},
  build = function(k)
    F = use("food")
    local len, r, bend = k.p.len, k.p.r, k.p.bend
    if k.variant == "bunch" then
      local ps, ss, ts = {}, {}, {}
      for i = 0, 3 do
        local b, s, t = banana(len * (1 - 0.04 * i), r, bend, k)
        local rot = function(x) return x:rotx(-25 + 17 * i):move(0, i * 4, 0) end
        ps[#ps + 1] = rot(b); ss[#ss + 1] = rot(s); ts[#ts + 1] = rot(t)
      end
      return union(union(ps):part("peel"), union(ss):part("stalk"), union(ts):part("tip"))
    end
    local body, stalk, tip = banana(len, r, bend, k)
    return union(body:stretch(1, 1, 0.9):part("peel"), stalk:part("stalk"), tip:part("tip"))
  end,
}
