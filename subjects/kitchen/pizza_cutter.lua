-- A pizza cutter lying on the table: a round steel wheel blade held by its
-- axle between the two prongs of a steel fork, on a chunky handle with a
-- thumb guard and a hanging hole; it leans so the wheel's rim rests on the
-- table. A pastry wheel is a small fluted wheel on a slim wooden handle.
return {
  id = "pizza_cutter",
  names = {"pizza cutter", "pizza wheel", "rolling cutter", "pizza slicer", "pizza roller", "pizza knife",
           "pizza cutting wheel", "rotary pizza cutter", "wheel cutter", "pizza cutter wheel", "roller cutter",
           "pizza wheel cutter", "piza cutter"},
  family = "kitchen",
  size_mm = 36,
  description = "A pizza cutter: a round steel wheel on a fork with a handle",
  params = {wheel = {48, 52}, handle = {112, 124}},
  parts = {
    {"handle", "plastic", color = "#c42c26", role = "primary", names = {"handle", "grip", "guard"}},
    {"wheel", "steel", color = "#b2b8c0", role = "secondary", names = {"wheel", "blade", "disc", "cutter", "edge"}},
    {"fork", "steel", color = "#a2a8b0", role = "detail", names = {"fork", "axle", "shank", "neck", "rivet"}},
  },
  variants = {
    pastry = {names = {"pastry wheel", "pastry cutter wheel", "fluted pastry wheel", "ravioli cutter",
                       "pasta wheel", "pastry crimper", "dough wheel", "fluted wheel", "pie crimper"},
              size_mm = 26, colors = {handle = "#b07a48"}},
  },
  points = {"top"},
  build = function(k)
    local pastry = k.variant == "pastry"
    local R = pastry and 22 or k.p.wheel
    local HL = pastry and 105 or k.p.handle
    local hr = pastry and 8.5 or 13
    -- Built with the handle along -X from the fork, the wheel centred at
    -- the origin flat in the XZ plane (axle along Y).
    local wheel
    if pastry then
      -- A fluted rim: a disc with scallops cut round its edge.
      wheel = cylinder(R, 4, 1):move(0, -2, 0)
      local cuts = {}
      for i = 0, 11 do
        local a = i * 2 * math.pi / 12
        cuts[#cuts + 1] = cylinder(3.6, 10):move(math.cos(a) * (R + 1.2), -5, math.sin(a) * (R + 1.2))
      end
      wheel = subtract(wheel, union(cuts))
    else
      -- A blade thick at the hub and ground to a bevel at the rim.
      wheel = revolve({{0, -2.8}, {R - 9, -2.4}, {R - 1.4, -2}, {R, -1.2}, {R, 1.2}, {R - 1.4, 2}, {R - 9, 2.4}, {0, 2.8}})
      -- Washers either side of the hub.
      wheel = wheel + cylinder(R * 0.32, 7, 1):move(0, -3.5, 0)
    end
    local hub = cylinder(pastry and 4.5 or 8, pastry and 9 or 11, 1.5):move(0, pastry and -4.5 or -5.5, 0)
    -- The fork: two flat prongs either side of the wheel meeting in a shank.
    local gap = pastry and 3.2 or 4.2
    local pw = pastry and 5 or 9
    local pt = pastry and 2.2 or 3
    local prongs = {}
    for _, s in ipairs({-1, 1}) do
      prongs[#prongs + 1] = tube({{0, s * gap, 0}, {-R * 0.45, s * gap, 0}, {-R * 0.8, s * gap * 0.9, 0},
                                   {-R - 6, s * 1.5, 0}}, pw * 0.5, pw * 0.6):stretch(1, pt / pw, 1)
    end
    local shank = limb({-R - 6, 0, 0}, {-R - 22, 0, 0}, pastry and 3.2 or 5, pastry and 3.8 or 6)
    local fork = union(union(prongs), shank)
    -- The handle: a lathe along -X, fat in the middle, with a flared thumb
    -- guard where it meets the shank and a hole at its end.
    local x0 = -R - 18
    local handle
    if pastry then
      handle = lathe({{3.5, 0}, {hr * 0.8, 6}, {hr * 0.75, HL * 0.3}, {hr, HL * 0.75}, {hr * 0.95, HL - 6},
                      {hr * 0.6, HL - 1}, {0, HL}})
      handle = handle:rotz(90):move(x0, 0, 0)
    else
      handle = lathe({{hr * 1.45, 0}, {hr * 1.5, 3}, {hr * 1.35, 7}, {hr * 0.85, 12}, {hr * 0.9, HL * 0.45},
                      {hr, HL * 0.8}, {hr * 0.95, HL - 5}, {hr * 0.55, HL - 0.5}, {0, HL}})
      handle = handle:rotz(90):move(x0, 0, 0)
      handle = subtract(handle, cylinder(5, 40):move(x0 - HL + 14, -20, 0))
    end
    local shape = wheel:part("wheel") + hub:part("fork") + fork:part("fork") + handle:part("handle")
    -- Lay it down: the handle on the table, the wheel leaning until its rim
    -- touches the table.
    local lift = pastry and hr or hr * 1.5
    local lean = math.deg(math.asin(math.min(0.9, (lift - 1) / R)))
    shape = shape:rotx(lean):move(0, lift, 0)
    k.attach("top", {0, lift + 6, 0}, R)
    return shape:move(HL * 0.5, 0, 0):roty(25)
  end,
}
