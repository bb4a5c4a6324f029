-- A walking cane: a plain straight wooden shaft with a J crook handle (or a
-- round knob), a thin brass collar under the handle and a black rubber
-- ferrule at the tip. Held, the handle sits in the fist and the shaft runs
-- down to the ground.
return {
  id = "cane",
  names = {"cane", "walking stick", "walking cane", "walking stick cane", "crook cane", "crook handle cane",
           "hook handle cane", "wooden cane", "old man s cane", "gentleman s cane", "walkingstick"},
  lvis = {"walking_cane"},
  family = "accessories",
  size_mm = 960,
  description = "A walking cane with a crook handle and a rubber tip",
  params = {hook = {44, 52}, lean = {2, 5}},
  parts = {
    {"shaft", "wood", color = "#6b4226", role = "primary", names = {"shaft", "stick", "wood", "cane"}},
    {"handle", "wood", color = "#4e2e1a", role = "primary", names = {"handle", "crook", "hook", "knob", "grip"}},
    {"collar", "brass", color = "#c8a048", role = "secondary", names = {"collar", "band", "ring"}},
    {"tip", "rubber", color = "#1c1c1e", role = "detail", names = {"tip", "ferrule", "foot", "rubber tip"}},
  },
  variants = {
    knob = {names = {"knob cane", "knob handle cane", "knobbed cane", "knob walking stick", "knob top cane",
                     "ball top cane", "ball handle cane"},
            colors = {handle = "#3a2214"}},
  },
  attach_to = {"hand", "top"},
  hangs = true,                  -- held by the handle, the shaft down to the ground
  build = function(k)
    local L = 915                  -- tip to the top of the shaft
    local r0, r1 = 11.5, 10        -- shaft radius at the top and at the tip
    -- Built with the top of the shaft at the origin, then lifted to stand
    -- on its tip.
    local shaft = limb({0, -L + 30, 0}, {0, -6, 0}, r1, r0)
    local collar = cylinder(r0 + 2.2, 16, 2):move(0, -30, 0)
    local tip = cylinder(r1 + 2.5, 40, 5):move(0, -L, 0)
    local handle
    if k.variant == "knob" then
      handle = smooth(6, limb({0, -20, 0}, {0, 10, 0}, r0, r0 * 1.2), ellipsoid(26, 24, 26):move(0, 26, 0))
    else
      -- The J crook: over the top and down in front, ending a little open.
      local R = k.p.hook
      local pts = {{0, -24, 0}, {0, 0, 0}}
      for i = 1, 9 do
        local a = math.pi * i / 9
        pts[#pts + 1] = {R - R * math.cos(a), R * 0.95 * math.sin(a), 0}
      end
      pts[#pts + 1] = {2 * R + 1, -R * 0.45, 0}
      handle = tube(pts, r0 * 1.05, r0 * 0.95) + sphere(r0 * 0.98):move(2 * R + 1, -R * 0.45, 0)
    end
    local shape = union(shaft:part("shaft"), handle:part("handle"), collar:part("collar"), tip:part("tip"))
    shape = shape:move(0, L, 0)
    -- Held, it hangs plumb from the fist; alone it leans a few degrees.
    if k.worn then return shape end
    return shape:rotz(k.p.lean)
  end,
}
