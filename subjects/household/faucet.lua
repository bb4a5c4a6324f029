-- A kitchen faucet in polished chrome: a round deck plate, a tall round
-- body, and a gooseneck spout that rises and arches right over to end in a
-- nozzle pointing down; a single lever handle stands on the side of the body.
-- The bathroom tap variant is a basin mixer: a short curved spout between
-- two cross-head handles, their caps marked red for hot and blue for cold.
-- The spout reaches towards +X.
return {
  id = "faucet",
  names = {"faucet", "kitchen faucet", "kitchen tap", "mixer tap", "water tap", "spigot", "gooseneck faucet",
           "sink faucet", "faucett", "fawcet", "single lever faucet", "water faucet", "tap faucet"},
  lvis = {"faucet", "water_faucet"},
  family = "household",
  size_mm = 340,
  description = "A chrome kitchen faucet with a gooseneck spout and a lever handle",
  params = {reach = {0.92, 1.08}, lever = {18, 30}},
  parts = {
    {"body", "steel", color = "#d4d8de", role = "primary", names = {"body", "spout", "chrome", "gooseneck", "neck", "faucet"}},
    {"handle", "steel", color = "#c8ccd2", role = "primary", names = {"handle", "handles", "lever", "knob", "knobs"}},
    {"plate", "steel", color = "#b8bcc4", role = "primary", names = {"plate", "base", "deck plate", "escutcheon"}},
    {"nozzle", "rubber", color = "#2a2c30", role = "detail", names = {"nozzle", "aerator"}},
    {"hot", "gloss", color = "#d02a24", role = "detail", names = {"hot", "red cap", "hot tap", "hot handle"}},
    {"cold", "gloss", color = "#2456c8", role = "detail", names = {"cold", "blue cap", "cold tap", "cold handle"}},
  },
  variants = {
    tap = {names = {"tap", "bathroom tap", "basin tap", "bathroom faucet", "basin mixer", "cross head tap",
                    "two handle faucet", "hot and cold tap", "lavatory faucet", "washbasin tap"},
           size_mm = 170},
  },
  points = {"top"},
  build = function(k)
    local soft = k.soft
    if k.variant == "tap" then
      -- A low oval deck plate with a short spout between two cross-head handles.
      local plate = extrude({{-30, -124}, {30, -124}, {40, -112}, {40, 112}, {30, 124}, {-30, 124}, {-40, 112}, {-40, -112}}, 8, 3)
        :rotx(90):move(0, 4, 0)
      local stem = cone(24, 20, 70):move(0, 8, 0) + sphere(20):move(0, 78, 0)
      local spout = tube({{0, 70, 0}, {8, 104, 0}, {40, 116, 0}, {86, 108, 0}, {104, 92, 0}}, 13, 11)
      local mouth = cylinder(8, 3, 1):move(104, 79, 0)
      local body = smooth(6 * soft, stem, spout, cylinder(12, 14, 3):move(104, 81, 0))
      local handles = empty()
      local caps = {}
      for _, s in ipairs({-1, 1}) do
        local z = s * 88
        local post = cone(24, 17, 42):move(0, 8, z) + cylinder(19, 16, 3):move(0, 44, z)
        local hub = sphere(15):move(0, 66, z)
        local cross = empty()
        for i = 0, 3 do
          local a = math.rad(45 + i * 90)
          local ex, ez = math.cos(a) * 40, math.sin(a) * 40
          cross = cross + limb({0, 64, z}, {ex, 70, z + ez}, 8, 6) + sphere(10):move(ex, 71, z + ez)
        end
        handles = handles + smooth(3 * soft, post, hub, cross)
        caps[s] = cylinder(9.5, 4, 1.5):move(0, 78, z)
      end
      k.attach("top", {0, 120, 0}, 60)
      return smooth(3, plate:part("plate"), body:part("body")) + mouth:part("nozzle") + handles:part("handle")
        + caps[1]:part("hot") + caps[-1]:part("cold")
    end
    -- Kitchen faucet: the gooseneck arches from the top of the body over to +X.
    local reach = 170 * k.p.reach
    local plate = cylinder(44, 7, 3)
    local body = cone(29, 25, 150):move(0, 6, 0) + cylinder(30, 14, 4):move(0, 4, 0)
    local top = 150
    local neck = tube({
      {0, top - 10, 0}, {0, top + 60, 0}, {6, top + 140, 0}, {reach * 0.35, top + 186, 0},
      {reach * 0.72, top + 170, 0}, {reach * 0.94, top + 120, 0}, {reach, top + 70, 0},
    }, 15, 13)
    local head = cylinder(16, 46, 4):move(reach, top + 34, 0)
    local nozzle = cylinder(12, 6, 2):move(reach, top + 30, 0)
    local spout = smooth(6 * soft, body, neck, head)
    -- The lever on the side: a round boss and a bar rising back at a slant.
    local hy = 104
    local lean = k.p.lever
    local boss = cylinder(17, 28, 5):rotx(90):move(0, hy, 16)
    local lever = capsule({0, hy, 42}, {-math.sin(math.rad(lean)) * 86, hy + math.cos(math.rad(lean)) * 86, 50}, 7)
    local handle = smooth(4 * soft, boss, lever)
    k.attach("top", {reach * 0.35, top + 200, 0}, 60)
    return smooth(3, plate:part("plate"), spout:part("body")) + nozzle:part("nozzle") + handle:part("handle")
  end,
}
