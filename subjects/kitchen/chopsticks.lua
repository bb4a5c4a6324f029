-- A pair of chopsticks lying side by side: long sticks, square at the thick
-- end and tapering to round tips, their thick ends resting on a small
-- ceramic chopstick rest shaped like a bar with raised ends, the tips down
-- on the table.
return {
  id = "chopsticks",
  names = {"chopsticks", "pair of chopsticks", "chopstick", "chop sticks", "chop stick", "wooden chopsticks",
           "bamboo chopsticks", "chopsticks on a rest", "chopstiks", "eating sticks"},
  lvis = {"chopstick"},
  family = "kitchen",
  size_mm = 24,
  description = "A pair of chopsticks on a chopstick rest",
  params = {len = {225, 245}, spread = {6.5, 8}, toe = {0, 1.0}},
  parts = {
    {"sticks", "wood", color = "#c8965a", role = "primary", names = {"sticks", "chopsticks"}},
    {"rest", "ceramic", color = "#9fbdd4", role = "secondary", names = {"rest", "chopstick rest", "holder", "stand"}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local rb, rt = 4.0, 2.1          -- half-thickness at the back end, radius at the tip
    local xr = 48                    -- where the sticks lie on the rest, from the back end
    local hr = 12                    -- the rest's top under the sticks
    -- One stick along +X from its back end at x = 0: a tapering square
    -- prism whose corners round off more and more towards the round tip.
    local function r_at(x) return rb + (rt - rb) * x / L end
    local taper = extrude({{0, -rb}, {L, -rt}, {L, rt}, {0, rb}}, rb * 3)
    local stick = intersect(taper, taper:rotx(90))
    -- Tilt so the tip lies on the table and the stick lies on the rest.
    local ya = hr + r_at(xr) - 0.6
    local ang = math.deg(math.atan(ya - rt, L - xr))
    local sticks = {}
    for i, side in ipairs({-1, 1}) do
      local s = stick:move(-xr, 0, 0):rotz(-ang):move(xr, ya, 0)
      s = s:roty(side * k.p.toe):move(0, 0, side * k.p.spread)
      sticks[i] = s
    end
    -- The rest: a short bar across the sticks with raised rounded ends.
    local half = 22
    local rest = smooth(4, capsule({xr, hr - 5, -half + 6}, {xr, hr - 5, half - 6}, 5):stretch(1.2, 1, 1),
                        sphere(7.5):stretch(1.1, 1, 1):move(xr, hr - 3.5, -half),
                        sphere(7.5):stretch(1.1, 1, 1):move(xr, hr - 3.5, half))
    rest = intersect(rest, box(200, 40, 200):move(0, 20, 0))
    rest = rest + box(12, 2, 2 * half, 1):move(xr, 1, 0)
    local shape = union(sticks):part("sticks") + rest:part("rest")
    k.attach("top", {L * 0.5, hr + rb, 0}, 30)
    return shape:move(-L * 0.5, 0, 0):roty(25)
  end,
}
