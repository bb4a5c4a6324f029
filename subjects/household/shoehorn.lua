-- A long shoehorn lying on the table, hollow side up: a broad curved scoop
-- with a rounded lip narrowing at a waist into a long flat handle that
-- widens into a rounded tab round a hanging hole. A short shoehorn is the
-- scoop with a stubby handle.
return {
  id = "shoehorn",
  names = {"shoehorn", "shoe horn", "shoe spoon", "long shoehorn", "shoe helper", "shoe lifter",
           "long handled shoehorn", "long handle shoehorn", "long shoe horn", "shoehorn stick"},
  family = "household",
  size_mm = 20,
  description = "A long curved shoehorn with a hanging hole",
  params = {len = {340, 380}, lip = {25, 28}},
  parts = {
    {"horn", "plastic", color = "#8a4e2a", role = "primary", names = {"horn", "scoop", "blade", "body", "handle"}},
  },
  variants = {
    short = {names = {"short shoehorn", "travel shoehorn", "pocket shoehorn", "small shoehorn",
                      "short shoe horn", "hand shoehorn"},
             size_mm = 16, colors = {horn = "#c6cad0"}},
  },
  points = {"top"},
  build = function(k)
    local short = k.variant == "short"
    local L = short and 190 or k.p.len
    local lw = k.p.lip
    local t = short and 3.4 or 5.5
    -- The scoop: sections along Y from the lip (y = 0) to the waist, each
    -- an ellipse of half-width rx and depth rz; the channel is the lower
    -- half of the shell between it and its inward offset. Wide and shallow
    -- at the lip, a deep half-pipe behind it. A short one is the same scoop
    -- a little smaller, ending in a stubby handle.
    local sy, sw = short and 0.72 or 1, short and 0.85 or 1
    local secs = {{-6, 1.1, 11}, {18, 1, 15}, {50, 0.84, 19}, {85, 0.72, 18},
                  {118, 0.58, 12}, {150, 0.5, 8}, {175, 0.48, 7.5}}
    local outer, inner = {}, {}
    for _, s in ipairs(secs) do
      local y, rx, rz = s[1] * sy, s[2] * lw * sw, s[3] * sw
      outer[#outer + 1] = {y = y, rx = rx, rz = rz}
      inner[#inner + 1] = {y = y, rx = rx - t, rz = rz - t}
    end
    inner[1].y = -30
    inner[#inner].y = 200
    local scoop = subtract(loft(outer), loft(inner))
    scoop = intersect(scoop, box(200, 400, 60):move(0, 100, -30))
    -- Round the lip in plan.
    local lr = lw * sw * 1.6
    scoop = intersect(scoop, union(cylinder(lr, 100):rotx(90):move(0, lr - 2, -50),
                                   box(200, 300, 100):move(0, lr + 150, 0)))
    -- The handle: a flat strip from the waist to a rounded end that widens a
    -- little round the hanging hole.
    local hw, ht = short and lw * 0.42 or lw * 0.55, short and 4.5 or 8
    local z = -7.5 * sw + ht * 0.5
    local y0 = 140 * sy
    local hsecs = {{y = y0, rx = lw * sw * 0.5, rz = ht * 0.5, z = z},
                   {y = (y0 + L - 40) / 2, rx = hw * 0.72, rz = ht * 0.5, z = z},
                   {y = L - 44, rx = hw * 0.72, rz = ht * 0.5, z = z},
                   {y = L - 24, rx = hw * 1.05, rz = ht * 0.5, z = z}, {y = L - 8, rx = hw * 0.95, rz = ht * 0.5, z = z},
                   {y = L, rx = hw * 0.4, rz = ht * 0.4, z = z}}
    local handle = loft(hsecs)
    handle = subtract(handle, cylinder(short and 4 or 7.5, 80):rotx(90):move(0, L - (short and 14 or 19), -40))
    local shell = smooth(3, scoop, handle)
    -- Lay it hollow side up, lip towards +X, resting on its curved back.
    local shape = shell:part("horn"):rotx(-90):roty(90)
    local b = shape:bounds()
    shape = shape:move(-(b.min[1] + b.max[1]) / 2, -b.min[2], -(b.min[3] + b.max[3]) / 2)
    k.attach("top", {0, 12, 0}, lw)
    return shape:roty(-25)
  end,
}
