-- A jack-in-the-box: a bright cube with a crank handle and an open lid, a
-- spring rising out of it and a jester's head with a pointed hat.
return {
  id = "jack_in_the_box",
  names = {"jack-in-the-box", "jack in the box", "jack in a box", "jack-in-a-box", "surprise box", "pop-up toy", "jack box", "clown box", "clown in a box", "toy jack"},
  lvis = {},
  family = "toys",
  size_mm = 280,
  description = "A jack-in-the-box with a clown on a spring",
  parts = {
    {"box", "paint", color = "#2a6ad0", role = "primary", names = {"box", "cube"}},
    {"trim", "paint", color = "#f0c020", role = "secondary", names = {"trim", "edges", "crank", "handle"}},
    {"spring", "steel", color = "#c8ccd2", role = "detail", names = {"spring"}},
    {"jack", "fabric", color = "#d8282d", role = "detail", names = {"jack", "clown", "jester", "hat", "collar"}},
    {"face", "paint", color = "#f6ece0", role = "detail", names = {"face", "head"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  build = function(k)
    local s = 140
    local bx = box(s, s, s, 6):move(0, s * 0.5, 0)
    bx = subtract(bx, box(s * 0.84, s, s * 0.84):move(0, s * 1.0, 0))
    local shape = bx:part("box")
    -- Edge trim.
    -- (a frame, not a plate: the box stays open for the spring)
    for _, y in ipairs({4, s - 4}) do shape = shape + subtract(box(s + 4, 8, s + 4, 2), box(s * 0.84, 20, s * 0.84)):move(0, y, 0):part("trim") end
    -- Lid hinged at the back, standing open.
    shape = shape + box(8, s, s, 3):move(-s * 0.5 - 4, s * 1.5, 0):rotz(-10):part("box")
    -- Crank on the side (+Z).
    shape = shape + union(limb({0, s * 0.5, s * 0.5 - 4}, {0, s * 0.5, s * 0.5 + 24}, 5), box(10, 50, 8, 3):move(0, s * 0.5 - 22, s * 0.5 + 22),
                          limb({0, s * 0.5 - 44, s * 0.5 + 20}, {0, s * 0.5 - 44, s * 0.5 + 46}, 7)):part("trim")
    -- Spring: a coil from inside the box.
    local pts = {}
    for i = 0, 48 do
      local a = i * math.pi / 4
      pts[#pts + 1] = {math.cos(a) * 22, s * 0.6 + i * 2.4, math.sin(a) * 22}
    end
    shape = shape + tube(pts, 4.2):part("spring")
    shape = shape + cylinder(26, s * 0.6 - s * 0.5 + 8, 2):move(0, s * 0.5 - 4, 0):part("spring")  -- the spring's base on the box floor
    local y = s * 0.6 + 48 * 2.4
    -- Jack: ruff, face, red nose, hat.
    local ruff = {}
    for i = 0, 9 do
      local a = math.rad(i * 36)
      ruff[#ruff + 1] = sphere(14):stretch(1, 0.6, 1):move(math.cos(a) * 32, y + 8, math.sin(a) * 32)
    end
    shape = shape + union(table.unpack(ruff)):part("jack")
    local hc = {0, y + 50, 0}
    shape = shape + sphere(40):move(hc[1], hc[2], hc[3]):part("face")
    shape = shape + sphere(10):move(40, hc[2] - 2, 0):part("jack")
    for _, z in ipairs({-1, 1}) do shape = shape + sphere(5):move(33, hc[2] + 12, z * 14):part("eyes") end
    shape = shape + tube({{32, hc[2] - 16, -14}, {38, hc[2] - 22, 0}, {32, hc[2] - 16, 14}}, 2.5):part("jack")
    shape = shape + cone(38, 3, 70):rotz(12):move(-2, hc[2] + 26, 0):part("jack")
    shape = shape + sphere(9):move(-16, hc[2] + 94, 0):part("trim")
    return shape
  end,
}
