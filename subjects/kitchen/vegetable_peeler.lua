-- A Y-peeler lying flat: a chunky paddle handle with a hanging hole, two
-- arms spreading from its neck like a Y, and a slotted steel blade slung
-- across the arms' tips on two pivots.
return {
  id = "vegetable_peeler",
  names = {"vegetable peeler", "peeler", "potato peeler", "y peeler", "swivel peeler", "y-peeler",
           "speed peeler", "carrot peeler", "fruit peeler", "apple peeler", "kitchen peeler", "veg peeler",
           "vegetable peeler tool", "pealer"},
  lvis = {"peeler_(tool_for_fruit_and_vegetables)"},
  family = "kitchen",
  size_mm = 14,
  description = "A Y-shaped vegetable peeler lying flat",
  params = {handle = {92, 104}, spread = {31, 35}},
  parts = {
    {"handle", "plastic", color = "#3a9a4c", role = "primary", names = {"handle", "grip", "frame", "arms"}},
    {"blade", "steel", color = "#b4bac2", role = "secondary", names = {"blade", "edge", "cutter"}},
  },
  points = {"top"},
  build = function(k)
    local hl, W = k.p.handle, k.p.spread
    local T = 9
    -- Drawn in the XY plane (x along the peeler, y across it), thickness
    -- along Z; laid flat at the end.
    local outline = {{0, -9}, {8, -12.5}, {hl * 0.55, -13.5}, {hl - 6, -9}, {hl + 4, -6},
                     {hl + 4, 6}, {hl - 6, 9}, {hl * 0.55, 13.5}, {8, 12.5}, {0, 9}, {-3, 0}}
    local handle = extrude(outline, T, 2.5)
    handle = subtract(handle, cylinder(4.5, 30):rotx(90):move(12, 0, 0))
    -- A shallow thumb groove along the top of the handle.
    handle = subtract(handle, capsule({24, 0, T * 0.5 + 2.2}, {hl - 22, 0, T * 0.5 + 2.2}, 3.2))
    -- The Y: two arms from the neck out to the pivots.
    local bx = hl + 46
    local arms = {}
    for _, s in ipairs({-1, 1}) do
      arms[#arms + 1] = tube({{hl - 4, s * 3, 0}, {hl + 12, s * 10, 0}, {hl + 26, s * W * 0.92, 0},
                              {bx - 4, s * W, 0}, {bx + 2, s * W, 0}}, 3.6, 3.2)
      arms[#arms + 1] = cylinder(4.6, 8, 1.5):rotx(90):move(bx, s * W, 0)
    end
    -- The blade: a thin bar across between the pivots with a slot along its
    -- middle, tilted a little so its edges catch the light.
    local bw = 16
    local blade = box(bw, 2 * W - 4, 2.2, 0.6)
    blade = subtract(blade, box(3.6, 2 * W - 22, 10, 1.2):move(1.5, 0, 0))
    blade = blade:rotate("y", 30):move(bx, 0, 0)
    -- Little axles from the pivots into the blade ends.
    local axles = limb({bx, -W, 0}, {bx, -W + 6, 0}, 1.8) + limb({bx, W, 0}, {bx, W - 6, 0}, 1.8)
    local shape = smooth(2.5, handle, union(arms)):part("handle") + (blade + axles):part("blade")
    shape = shape:rotx(-90):move(-(hl + 46) * 0.5, T * 0.5, 0)
    k.attach("top", {0, T, 0}, 26)
    return shape:roty(-30)
  end,
}
