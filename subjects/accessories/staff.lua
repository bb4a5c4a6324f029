-- A staff: a long gnarled wooden staff whose top curls round a glowing
-- crystal. Wizards' staffs, walking sticks and quarterstaffs.
return {
  id = "staff",
  names = {"staff", "wizard staff", "wizard's staff", "magic staff", "mage staff", "rod", "magic rod"},
  lvis = {},
  family = "accessories",
  size_mm = 1700,
  description = "A wizard's staff with a crystal",
  params = {len = {5.4, 6.2}, lean = {-6, 6}},
  parts = {
    {"wood", "wood", color = "#6a4a2e", role = "primary", names = {"staff", "shaft", "wood", "stick"}},
    {"crystal", "gloss", color = "#5ac8f0", role = "secondary", glows = true, names = {"crystal", "orb", "gem", "stone", "jewel"}},
  },
  variants = {
  },
  attach_to = {"hand", "top"},
  build = function(k)
    local W = 240
    if k.variant == "sceptre" then
      local rod = cylinder(W * 0.08, W * 2.4, W * 0.02)
      local bands = union(torus(W * 0.1, W * 0.03):move(0, W * 0.8, 0), torus(W * 0.1, W * 0.03):move(0, W * 1.7, 0))
      local cup = lathe({{W * 0.08, W * 2.3}, {W * 0.28, W * 2.5}, {W * 0.3, W * 2.58}, {W * 0.25, W * 2.6}})
      local orb = sphere(W * 0.26):move(0, W * 2.75, 0)
      local cross = union(box(W * 0.07, W * 0.4, W * 0.07):move(0, W * 3.15, 0), box(W * 0.07, W * 0.07, W * 0.28):move(0, W * 3.15, 0))
      return union(union(rod, bands, cup, cross, sphere(W * 0.11)):part("wood"), orb:part("crystal"))
    end
    local L = W * k.p.len
    local r = W * 0.07
    local pts = {}
    for i = 0, 6 do
      local t = i / 6
      pts[#pts + 1] = {math.sin(t * 5.1) * W * 0.04, L * 0.82 * t, math.cos(t * 3.7) * W * 0.03}
    end
    -- The curl: up, over and down around the crystal.
    local top = pts[#pts]
    local cx, cy = top[1], top[2] + W * 0.32
    local curl = {}
    for i = 0, 9 do
      local a = math.rad(-90 - 20 + i * 40)
      local rr = W * (0.46 - i * 0.018)
      curl[#curl + 1] = {cx + math.cos(a) * rr * -1 + W * 0.0, cy + math.sin(a) * rr * 0.9 + W * 0.05, 0}
    end
    curl[1] = {top[1], top[2], top[3]}
    local shaft = tube(pts, r * 1.05, r * 0.85)
    local hook = tube(curl, r, r * 0.85)
    -- a short stem rises from the shaft's top into the crystal
    hook = hook + limb({top[1], top[2], top[3]}, {cx, cy, 0}, r * 0.8, r * 0.6)
    local wood = smooth(W * 0.03, shaft, hook):noise(W * 0.008, W * 0.08)
    local knots = union(sphere(r * 1.3):move(pts[3][1], pts[3][2], pts[3][3]), sphere(r * 1.2):move(pts[5][1], pts[5][2], pts[5][3]))
    wood = smooth(W * 0.02, wood, knots)
    local crystal = union(cone(W * 0.15, 0, W * 0.2):move(0, W * 0.02, 0), cone(W * 0.15, 0, W * 0.16):rotx(180):move(0, W * 0.02, 0))
    crystal = crystal:move(cx, cy + W * 0.02, 0)
    return (wood:part("wood") + crystal:part("crystal")):rotz(k.p.lean * 0.3)
  end,
}
