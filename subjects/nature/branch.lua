-- A branch: a gnarled, gently curving bough lying along the ground on two
-- forked stubs, with a side twig and a few leaves at its tip; the perch that
-- birds, chameleons and koalas are asked to sit on. A flat spot along the
-- top is where a creature stands.
return {
  id = "branch",
  names = {"branch", "tree branch", "bough", "tree limb", "perch", "bird perch", "wooden perch", "twig",
           "stick", "driftwood", "brach", "branche"},
  lvis = {},
  family = "nature",
  size_mm = 90,
  description = "A branch lying on its stubs, with a twig and a few leaves",
  params = {len = {380, 440}, r = {17, 21}, bend = {-14, 14}},
  parts = {
    {"bark", "wood", color = "#6a4a30", role = "primary", names = {"bark", "wood", "branch"}},
    {"leaves", "plant", color = "#4f8a34", role = "secondary", names = {"leaves", "leaf", "foliage"}},
    {"moss", "plant", color = "#5c8a32", role = "detail", names = {"moss", "lichen"}},
  },
  variants = {
    bare = {names = {"driftwood", "bare branch", "dead branch", "dry branch"}, colors = {bark = "#a89880"}},
    eucalyptus = {names = {"eucalyptus branch", "gum branch", "eucalyptus"}, colors = {leaves = "#7fa08a"}},
    blossom = {names = {"blossom branch", "cherry blossom branch", "flowering branch"}, colors = {leaves = "#f2b8cc"}},
  },
  points = {"top"},
  build = function(k)
    local L, r, bend = k.p.len, k.p.r, k.p.bend
    local lift = r * 2.6
    -- the bough: a slow S along x, thinning towards the tip
    local pts = {}
    for i = 0, 6 do
      local t = i / 6
      local x = -L / 2 + L * t
      pts[#pts + 1] = {x, lift + math.sin(t * math.pi) * r * 0.5, math.sin(t * math.pi * 1.3) * bend}
    end
    local bough = tube(pts, r, r * 0.55)
    -- two forked stubs it rests on, and a cut end
    local stubs = {}
    for _, s in ipairs({-0.3, 0.3}) do
      local x = L * s
      stubs[#stubs + 1] = limb({x, lift, 0}, {x - r * 0.6, 0, r * 0.5}, r * 0.55, r * 0.45)
      stubs[#stubs + 1] = limb({x, lift, 0}, {x + r * 0.5, 0, -r * 0.6}, r * 0.5, r * 0.4)
    end
    -- a side twig from near the tip
    local tip = pts[#pts]
    local twig_from = pts[5]
    local twig_to = {twig_from[1] + L * 0.12, twig_from[2] + L * 0.16, twig_from[3] - L * 0.08}
    local twig = limb(twig_from, twig_to, r * 0.4, r * 0.22)
    local wood = smooth(r * 0.5, bough, union(union(stubs), twig)):noise(r * 0.06, r * 0.8, 2)
    local shape = wood:part("bark")
    if k.variant ~= "bare" then
      local leaves = {}
      local ends = {tip, twig_to}
      for e, p in ipairs(ends) do
        for j = 0, 3 do
          local a = math.rad(90 * j + 30 * e)
          local dir = {math.cos(a) * 0.9, 0.45, math.sin(a) * 0.9}
          local q = {p[1] + dir[1] * r * 2.4, p[2] + dir[2] * r * 2.4, p[3] + dir[3] * r * 2.4}
          if k.variant == "blossom" then
            leaves[#leaves + 1] = sphere(r * 0.6):move(p[1] + dir[1] * r * 0.6, p[2] + dir[2] * r * 0.6, p[3] + dir[3] * r * 0.6)
          else
            leaves[#leaves + 1] = limb(p, q, r * 0.5, r * 0.12)
          end
        end
      end
      shape = smooth(r * 0.25, shape, union(leaves):part("leaves"))
    end
    if k.asked.moss then
      local m = {}
      for i = 1, 9 do
        local p = pts[(i % 5) + 2]
        m[#m + 1] = sphere(r * 0.45):move(p[1] + k.rand(-20, 20), p[2] + r * 0.7, p[3] + k.rand(-r * 0.4, r * 0.4))
      end
      shape = shape + intersect(wood:round(r * 0.12), union(m)):part("moss")
    end
    -- the perch: the top of the bough at its middle
    local mid = pts[4]
    k.attach("top", {mid[1], mid[2] + r * 0.95, mid[3]}, L * 0.9)
    return shape
  end,
}
