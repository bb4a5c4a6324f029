-- A radiator: an old cast-iron column radiator, a row of upright sections
-- each of two or three rounded columns joined by a hub at the top and the
-- bottom, the hubs threaded on one another into a single block, standing on
-- short feet under the end sections. At one end a pipe comes up out of the
-- floor into a brass valve with a round handwheel, feeding the bottom hub;
-- at the other end a small bleed key sits in the top hub. Painted white.
-- The tall slim panel radiator is the modern tubular kind, the same idea
-- in thin tubes. Front faces +X; the row runs along Z.
return {
  id = "radiator",
  names = {"radiator", "heater radiator", "cast iron radiator", "column radiator", "central heating radiator",
           "hot water radiator", "steam radiator", "room radiator", "wall radiator", "old radiator",
           "iron radiator", "space heater radiator", "heating radiator", "radiater", "radiatior", "radaitor"},
  lvis = {"radiator"},
  family = "household",
  size_mm = 680,
  description = "A cast-iron column radiator on little feet with a valve at one end",
  params = {sections = {10, 13.99}, columns = {2, 3.99}},
  parts = {
    {"body", "paint", color = "#efeee9", role = "primary",
     names = {"body", "columns", "fins", "sections", "radiator body", "iron", "paint", "feet"}},
    {"valve", "brass", color = "#c9a04e", role = "secondary", names = {"valve", "valves", "tap", "handwheel", "knob", "bleed valve", "key"}},
    {"pipe", "copper", color = "#b8754a", role = "detail", names = {"pipe", "pipes", "pipework", "inlet"}},
  },
  variants = {
    tubular = {names = {"tubular radiator", "designer radiator", "tall radiator", "vertical radiator"},
               size_mm = 1200},
  },
  points = {"top"},
  build = function(k)
    local tall = k.variant == "tubular"
    local n = math.floor(k.p.sections)
    local cols = tall and 2 or math.floor(k.p.columns)
    local pitch = tall and 64 or 62
    local H = tall and 1150 or 640     -- top of the hubs
    local y0 = tall and 90 or 110      -- bottom of the hubs
    local hubh = tall and 44 or 56
    local depth = tall and 70 or (cols == 3 and 150 or 120)
    local cr = tall and 13 or (cols == 3 and 19 or 22)
    local sw = tall and 30 or 48       -- section width along Z
    local len = (n - 1) * pitch
    local z0 = -len / 2

    -- One section, centred on z = 0.
    local colx = {}
    for i = 1, cols do colx[i] = -depth / 2 + cr + (i - 1) * (depth - 2 * cr) / (cols - 1) end
    local pieces = {}
    for _, x in ipairs(colx) do
      pieces[#pieces + 1] = capsule({x, y0 + hubh * 0.5, 0}, {x, H - hubh * 0.5, 0}, cr):stretch(1, 1, sw / (2 * cr))
    end
    pieces[#pieces + 1] = box(depth, hubh, sw + 4, hubh * 0.4):move(0, y0 + hubh / 2, 0)
    pieces[#pieces + 1] = box(depth, hubh, sw + 4, hubh * 0.4):move(0, H - hubh / 2, 0)
    if not tall then
      -- the thin web between the columns, set back inside them
      pieces[#pieces + 1] = box(depth - 2 * cr, H - y0 - 2 * hubh, 10):move(0, (H + y0) / 2, 0)
    end
    local section = smooth(tall and 4 or 8, table.unpack(pieces))
    local body = {array(section, n, 0, 0, pitch):move(0, 0, z0)}
    -- The threaded nipples joining the hubs run right through the row.
    local nr = tall and 11 or 17
    for _, y in ipairs({y0 + hubh / 2, H - hubh / 2}) do
      body[#body + 1] = cylinder(nr, len + 2 * sw * 0.4):move(0, -(len + 2 * sw * 0.4) / 2, 0):rotx(90):move(0, y, 0)
    end
    -- Feet under the two end sections.
    for _, z in ipairs({z0, -z0}) do
      for _, x in ipairs({-depth / 2 + 20, depth / 2 - 20}) do
        body[#body + 1] = limb({x, y0 + 10, z}, {x * 1.15, 8, z}, 16, 13)
        body[#body + 1] = cylinder(22, 10, 3):move(x * 1.15, 0, z)
      end
    end
    body = union(body)

    -- The valve end (+Z): a pipe up out of the floor, an elbow into the
    -- valve body, and a stub into the bottom hub; a handwheel on top.
    local ze = -z0 + sw / 2
    local vz = ze + 70
    local vy = y0 + hubh / 2
    local pipe = cylinder(13, vy - 20):move(0, 0, vz)
      + cylinder(12, 80):move(0, -40, 0):rotx(90):move(0, vy, ze + 30)
      + cylinder(34, 8, 2):move(0, 0, vz)
    local valve = cylinder(20, 52, 6):move(0, vy - 26, vz)
      + cylinder(10, 38):move(0, vy + 20, vz)
      + torus(26, 6):move(0, vy + 58, vz)
      + box(54, 8, 8, 2):move(0, vy + 58, vz) + box(8, 8, 54, 2):move(0, vy + 58, vz)
      + cylinder(12, 12, 3):move(0, vy + 52, vz)
      + cylinder(15, 22, 3):move(0, -11, 0):rotx(90):move(0, vy, ze + 14)
    -- the bleed key in the top of the far end's hub
    local zb = z0 - sw / 2
    local key = cylinder(7, 26):move(0, -13, 0):rotx(90):move(0, H - hubh / 2, zb - 6)
      + box(6, 22, 16, 2):move(0, H - hubh / 2, zb - 20)
    k.attach("top", {0, H, 0}, math.min(len, depth) * 0.8)
    return union(body:part("body"), pipe:part("pipe"), (valve + key):part("valve"))
  end,
}
