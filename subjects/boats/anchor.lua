-- A ship's anchor: a long iron shank with a ring through the eye at the top,
-- a crossbar stock with knobbed ends just below the ring, and two arms curving
-- up from the crown at the bottom, each ending in a broad pointed fluke.
-- Stands upright on its crown, the arms spread across the view.
return {
  id = "anchor",
  names = {"anchor", "ship anchor", "boat anchor", "ship s anchor", "ships anchor", "admiralty anchor", "iron anchor",
           "nautical anchor"},
  lvis = {},
  family = "boats",
  size_mm = 900,
  description = "A ship's anchor with a stock, a ring and curved fluked arms",
  params = {spread = {52, 60}, stock = {0.92, 1.08}},
  parts = {
    {"iron", "iron", color = "#484a52", role = "primary", names = {"iron", "anchor", "body", "shank", "arms", "flukes"}},
    {"stock", "iron", color = "#3e4048", role = "secondary", names = {"stock", "crossbar", "bar"}},
    {"ring", "iron", color = "#55585f", role = "detail", names = {"ring", "shackle", "eye"}},
  },
  build = function(k)
    local top = 760
    -- The shank, a little thicker at the crown, with a rounded eye on top.
    local shank = limb({0, 60, 0}, {0, top, 0}, 26, 19)
    local eye = subtract(cylinder(34, 34, 8):move(0, -17, 0):rotz(90):move(0, top + 14, 0),
                         cylinder(17, 80):move(0, -40, 0):rotz(90):move(0, top + 16, 0))
    -- Arms: one arc about a centre above the crown, sweeping up to both sides.
    local C, Ra = 420, 360
    local a1 = k.p.spread
    -- the arc is a ring cut down to the wedge below its centre
    local function side(deg)
      return box(4000, 4000, 4000):move(0, 2000, 0):rotz(deg)
    end
    local arms = intersect(intersect(torus(Ra, 30):rotx(90), side(90 + a1)), side(-90 - a1)):move(0, C, 0)
    local crown = sphere(40):stretch(1.2, 1, 1):move(0, C - Ra + 10, 0)
    -- Flukes: spade-shaped palms on the arm ends, with the bill beyond.
    local flukes = empty()
    for _, s in ipairs({-1, 1}) do
      local a = math.rad(a1) * s
      local px, py = Ra * math.sin(a), C - Ra * math.cos(a)
      local tx, ty = math.cos(a) * s, math.sin(a) * s -- along the arm, outwards
      local nx, ny = -ty, tx
      -- an arrowhead palm: the bill beyond the arm's end, two barbs, and a
      -- neck narrowing back along the arm
      local outline = {{100, 0}, {-50, 84}, {-28, 26}, {-150, 18}, {-150, -18}, {-28, -26}, {-50, -84}}
      if s < 0 then
        local r = {}
        for i = #outline, 1, -1 do r[#r + 1] = outline[i] end
        outline = r
      end
      local palm = {}
      for _, q in ipairs(outline) do palm[#palm + 1] = {px + tx * q[1] + nx * q[2], py + ty * q[1] + ny * q[2]} end
      flukes = flukes + extrude(palm, 26, 7)
      flukes = flukes + sphere(31):move(px, py, 0)
    end
    -- The stock crosses the shank below the eye, square to the arms.
    local L = 330 * k.p.stock
    local sy = top - 70
    local stock = limb({0, sy, -L}, {0, sy, L}, 20, 20) + sphere(30):move(0, sy, -L) + sphere(30):move(0, sy, L)
      + box(56, 50, 70, 10):move(0, sy, 0)
    -- the ring threads the eye
    local ring = torus(78, 13):rotx(90):move(0, top + 16 + 78 - 13, 0)
    local body = smooth(20, shank, crown, arms) + flukes + eye
    return union(body:part("iron"), stock:part("stock"), ring:part("ring")):roty(5)
  end,
}
