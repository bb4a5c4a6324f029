-- A pocket knife: a red multi-tool lying flat, two red scales over a steel
-- core with a plain white shield emblem, pivot pins at both ends and a key
-- ring at the back; the main blade is open straight out of the front end
-- (+x), a small blade half out of the same end and a bottle-opener
-- screwdriver half out of the back end, both towards the viewer.
local function flat(outline, t, y)
  -- An outline in (length, width) drawn flat in XZ, t thick, its base at y.
  return extrude(outline, t, 0.4):rotx(-90):move(0, y + t / 2, 0)
end

local function blade(len, w)
  return {{-5, -w * 0.45}, {0, -w / 2}, {len * 0.55, -w / 2}, {len * 0.75, -w * 0.42}, {len * 0.88, -w * 0.24},
          {len * 0.96, w * 0.04}, {len, w * 0.3}, {len * 0.9, w * 0.5}, {0, w / 2}, {-5, w * 0.45}, {-w * 0.55, 0}}
end

return {
  id = "pocket_knife",
  names = {"pocket knife", "pocketknife", "penknife", "pen knife", "swiss army knife", "swiss knife", "army knife",
           "multitool", "multi tool", "folding knife", "jackknife", "jack knife", "clasp knife",
           "camping knife", "scout knife", "pocket multitool", "swiss army", "pocket knive"},
  lvis = {"pocketknife"},
  family = "tools",
  size_mm = 17,
  description = "A red pocket knife with its blade open",
  params = {small = {95, 115}, opener = {55, 75}},
  parts = {
    {"body", "plastic", color = "#d0161c", role = "primary", names = {"body", "handle", "scales", "case", "grip", "casing"}},
    {"blades", "steel", color = "#cfd3d8", role = "secondary", names = {"blade", "blades", "tools", "steel", "metal"}},
    {"emblem", "plastic", color = "#f6f6f4", role = "detail", names = {"emblem", "logo", "badge", "shield", "crest"}},
    {"fittings", "steel", color = "#a4a8ae", role = "detail", names = {"fittings", "pins", "rivets", "ring", "key ring", "keyring"}},
  },
  points = {"top"},
  build = function(k)
    local L, W, T = 91, 26, 16
    local half = L / 2 - W / 2
    local function stadium(inset)
      local pts = {}
      local r = W / 2 - inset
      for i = 0, 12 do
        local a = -math.pi / 2 + math.pi * i / 12
        pts[#pts + 1] = {half + math.cos(a) * r, math.sin(a) * r}
      end
      for i = 0, 12 do
        local a = math.pi / 2 + math.pi * i / 12
        pts[#pts + 1] = {-half + math.cos(a) * r, math.sin(a) * r}
      end
      return pts
    end
    -- Two red scales over a steel core that shows along the edges.
    local st = 5.6
    local scales = extrude(stadium(0), st, 1.8):rotx(-90):move(0, st / 2, 0)
      + extrude(stadium(0), st, 1.8):rotx(-90):move(0, T - st / 2, 0)
    local core = flat(stadium(0.7), T - 8, 4)
    -- The plain shield emblem on the top scale.
    local shield = {{-6, -5}, {6, -5}, {6.2, 1}, {4, 5}, {0, 7.5}, {-4, 5}, {-6.2, 1}}
    local emblem = extrude(shield, 1.2, 0.3):rotz(-90):rotx(-90):move(2, T + 0.1, 0)
    -- Pivot pins at both ends.
    local px = half + 1
    local pins = cylinder(2.4, 1, 0.3):move(px, T - 0.1, 0) + cylinder(2.4, 1, 0.3):move(-px, T - 0.1, 0)
    -- A key ring through the back end.
    local ring = torus(8, 1.5):move(-L / 2 - 6, T / 2, 0)
    local lug = box(6, 4.4, 4, 1):move(-L / 2 + 1, T / 2, 0)
    -- The main blade, open straight out of the front end; the small blade
    -- half out of the same end and the bottle opener half out of the back,
    -- both towards the viewer (an angle from +x towards +z).
    local function swing(s, deg, x) return s:roty(-deg):move(x, 0, 0) end
    local main = swing(flat(blade(66, 16), 2.4, 9.4), 0, px)
    local small = swing(flat(blade(42, 11), 2, 6.8), k.p.small - 20, px)
    local opener_o = {{-4, -3.8}, {0, -3.9}, {34, -3.9}, {38, -1.2}, {38, 1.6}, {31, 3.9}, {24, 3.9}, {21, 0.6},
                      {16, 0.6}, {14, 3.9}, {0, 3.9}, {-4, 3.2}}
    local opener = swing(flat(opener_o, 2, 4.6), 180 - k.p.opener, -px)
    local hubs = cylinder(5.5, T - 8):move(px, 4, 0) + cylinder(5, T - 8):move(-px, 4, 0)
    local shape = union(scales:part("body"), (core + main + small + opener + hubs):part("blades"),
      emblem:part("emblem"), (pins + ring + lug):part("fittings"))
    k.attach("top", {0, T, 0}, 30)
    return shape:roty(-12)
  end,
}
