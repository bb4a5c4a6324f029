-- A vintage hand-crank coffee mill: a square wooden box with mouldings and a
-- small drawer with a knob in front, a metal bowl on top with the grinding
-- shaft in its middle, and a bent crank arm with a turned wooden knob.
return {
  id = "coffee_grinder",
  names = {"coffee grinder", "coffee mill", "burr grinder", "hand grinder", "manual coffee grinder",
           "hand coffee grinder", "vintage coffee grinder", "hand crank coffee grinder", "coffee bean grinder",
           "box coffee mill"},
  family = "kitchen",
  size_mm = 260,
  description = "A vintage hand-crank coffee mill with a wooden box, drawer, metal bowl and crank",
  params = {w = {120, 132}, h = {118, 132}, arm = {95, 115}},
  parts = {
    {"box", "wood", color = "#8a5530", role = "primary", names = {"box", "base", "body"}},
    {"bowl", "iron", color = "#3a3836", role = "secondary", names = {"bowl", "hopper", "crank", "crank arm",
                                                                     "handle", "top"}},
    {"knob", "wood", color = "#4a2a16", role = "detail", names = {"knob", "knobs", "drawer", "drawer front",
                                                                  "mouldings", "trim"}},
    {"beans", "food", color = "#3a2014", role = "fixed", names = {"beans", "coffee beans"}},
  },
  points = {"top"},
  build = function(k)
    local W, H = k.p.w, k.p.h
    -- the box with a moulded plinth and a lip under the bowl
    local box_ = box(W, H, W, 3):move(0, H / 2, 0)
    local trim = box(W + 12, 12, W + 12, 3):move(0, 6, 0) + box(W + 10, 10, W + 10, 3):move(0, H - 5, 0)
    -- the drawer: a recessed slot with a proud front and a round knob
    local dh, dw = H * 0.32, W * 0.7
    local dy = 12 + dh / 2 + 8
    box_ = subtract(box_, box(10, dh + 6, dw + 6):move(W / 2, dy, 0))
    local drawer = box(8, dh, dw, 1.5):move(W / 2 - 1, dy, 0)
    local dknob = smooth(2, sphere(7.5):move(W / 2 + 11, dy, 0), limb({W / 2, dy, 0}, {W / 2 + 8, dy, 0}, 3.5))
    -- the metal bowl with a flared rim on a square plate
    local by = H
    local plate = box(W - 6, 6, W - 6, 2):move(0, by + 3, 0)
    local bowl = vessel({{W * 0.3, 0}, {W * 0.38, 18}, {W * 0.46, 38}, {W * 0.5, 50}}, 3, 5):move(0, by + 4, 0)
    local beans = cylinder(W * 0.4, 26):move(0, by + 8, 0):noise(2, 8, 1)
    -- the shaft and its bearing rising from the middle of the bowl
    local top = by + 4 + 50
    local shaft = lathe({{0, top - 36}, {16, top - 36}, {14, top - 20}, {8, top - 10}, {6, top + 40},
                         {0, top + 40}})
    -- the crank: a nut on the shaft and a bent arm sweeping out and down
    local cy = top + 44
    local nut = cylinder(10, 10, 2):move(0, cy - 6, 0)
    local L = k.p.arm
    local arm = tube({{0, cy, 0}, {-L * 0.35, cy + 8, L * 0.1}, {-L * 0.75, cy + 4, L * 0.2}, {-L, cy - 8, L * 0.22}},
                     6, 5)
    local ax, az = -L, L * 0.22
    local handle_pin = limb({ax, cy - 10, az}, {ax, cy + 6, az}, 4)
    -- the turned wooden knob on top of the crank end
    local knob = lathe({{0, 0}, {8, 0}, {11, 10}, {9, 26}, {11, 36}, {7, 44}, {0, 46}}):move(ax, cy, az)
    k.attach("top", {0, cy + 10, 0}, W * 0.7)
    return union(box_:part("box"), union(trim, drawer, dknob, knob):part("knob"),
                 union(plate, bowl, shaft, nut, arm, handle_pin):part("bowl"), beans:part("beans")):roty(-15)
  end,
}
