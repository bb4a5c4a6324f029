-- A parachute: a big domed canopy of alternating coloured gores with a vent
-- at its crown, suspension lines from the skirt converging on two risers
-- down to a small harness pack resting on the ground.
return {
  id = "parachute",
  names = {"parachute", "skydiving parachute", "para chute", "parachute canopy", "round parachute", "military parachute",
           "paratrooper parachute", "parashoot", "parachutte", "parachut"},
  family = "aircraft",
  size_mm = 7000,
  description = "A domed parachute canopy on lines down to its pack",
  params = {gores = {10, 12}, dome = {0.58, 0.66}},
  parts = {
    {"canopy", "fabric", color = "#d8282a", role = "primary", names = {"canopy", "chute", "dome", "fabric"}},
    {"panels", "fabric", color = "#f4f2ec", role = "secondary", names = {"panels", "gores", "stripes", "panel"}},
    {"lines", "fabric", color = "#e6e0d0", role = "detail", names = {"lines", "cords", "strings", "ropes", "suspension lines", "risers"}},
    {"pack", "fabric", color = "#4a5634", role = "detail", names = {"pack", "harness", "container", "backpack", "bag", "weight"}},
  },
  points = {"top"},
  build = function(k)
    local R = 100
    local H = R * k.p.dome
    local t = 3.2
    local y0 = 190
    local n = k.p.gores
    -- the dome: a shell of revolution, open underneath, its skirt turned a little in
    local outer, inner = {}, {}
    local steps = 16
    for i = 0, steps do
      local th = math.rad(8 + 92 * i / steps)
      outer[#outer + 1] = {R * math.sin(th), y0 + H * math.cos(th)}
      inner[#inner + 1] = {(R - t) * math.sin(th), y0 + (H - t) * math.cos(th)}
    end
    local poly = {}
    for i = 1, #outer do poly[#poly + 1] = outer[i] end
    for i = #inner, 1, -1 do poly[#poly + 1] = inner[i] end
    local shell = revolve(poly)
    -- the crown around the vent
    local crown = torus(R * math.sin(math.rad(8)) + 1, 3.2):move(0, y0 + H * math.cos(math.rad(8)) - 1.4, 0)
    local canopy = shell + crown
    -- alternate gores in the second colour, a hair proud of the dome
    local half = math.pi / n
    local wedge = extrude({{0, 0}, {R * 3, -R * 3 * math.tan(half * 0.96)}, {R * 3, R * 3 * math.tan(half * 0.96)}}, 1000):rotx(90)
    local gore = intersect(shell:round(0.6), wedge)
    local panels = empty()
    for i = 0, n - 1, 2 do panels = panels + gore:roty(i * 360 / n) end
    -- suspension lines from each seam at the skirt to two risers over the pack
    local lines = {}
    local ry = 48
    for i = 0, n - 1 do
      local a = (i + 0.5) * 2 * math.pi / n
      local ex, ez = (R - 1.5) * math.cos(a), (R - 1.5) * math.sin(a)
      local side = (ez >= 0) and 1 or -1
      lines[#lines + 1] = capsule({ex, y0 - 0.5, ez}, {0, ry, side * 7}, 2.6)
    end
    for _, sz in ipairs({-1, 1}) do
      lines[#lines + 1] = capsule({0, ry, sz * 7}, {0, 30, sz * 8}, 3.6)
    end
    -- the harness pack standing on the ground
    local pack = box(26, 30, 34, 6):move(0, 15, 0):rotx(0)
    pack = pack + box(30, 5, 38, 2):move(0, 22, 0)
    local shape = canopy:part("canopy") + panels:part("panels") + union(lines):part("lines") + pack:part("pack")
    k.attach("top", {0, y0 + H, 0}, R * 0.4)
    return shape
  end,
}
