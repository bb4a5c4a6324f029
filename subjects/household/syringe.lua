-- A syringe lying on its side, needle towards +X: a clear barrel printed
-- with graduation marks (filled with a coloured dose when the prompt names one), a finger flange, a plunger
-- with a cross-ribbed rod, a rubber stopper and a flat thumb rest, and a
-- coloured hub holding a thin steel needle.
return {
  id = "syringe",
  names = {"syringe", "hypodermic needle", "hypodermic syringe", "injection", "medical syringe", "injection needle",
           "vaccine syringe", "insulin syringe", "hypodermic", "syringe with needle", "shot needle", "syringe needle",
           "syring", "seringe", "surynge"},
  lvis = {"syringe"},
  family = "household",
  size_mm = 22,
  description = "A syringe with a graduated barrel and a steel needle, lying on its side",
  params = {dose = {0.35, 0.6}},
  parts = {
    {"barrel", "glass", color = "#eef4f6", role = "primary", names = {"barrel", "body", "tube", "cylinder"}},
    {"plunger", "plastic", color = "#f4f4f2", role = "secondary", names = {"plunger", "thumb rest", "flange", "rod", "handle"}},
    {"marks", "paint", color = "#1c1c20", role = "detail", names = {"marks", "markings", "graduations", "scale", "numbers", "lines"}},
    {"stopper", "rubber", color = "#1e1e22", role = "detail", names = {"stopper", "seal", "rubber", "plunger tip"}},
    {"liquid", "gloss", color = "#5ab4e6", role = "detail", names = {"liquid", "medicine", "vaccine", "fluid", "serum", "dose", "drug", "potion"}},
    {"hub", "plastic", color = "#2fa85a", role = "detail", names = {"hub", "needle hub", "cap"}},
    {"needle", "steel", color = "#cfd3d8", role = "detail", names = {"needle", "steel needle", "point", "tip"}},
  },
  points = {"top"},
  build = function(k)
    local ay = 10.5                     -- the axis: the thumb rest and flange touch the ground
    local ro, ri, bl = 8, 6.6, 84       -- barrel outer and inner radius, length
    local function along(s, x) return s:rotz(-90):move(x, ay, 0) end
    -- the clear barrel, open at the back, closing to a nozzle at the front
    local barrel = subtract(along(cylinder(ro, bl, 0.8), 0), along(cylinder(ri, bl - 3), -1))
    barrel = barrel + along(cone(ro, 3.2, 6), bl - 0.5) + along(cylinder(2.4, 6, 0.5), bl + 5)
    -- the finger flange: an oval plate round the open end
    local flange = subtract(box(3, ay * 2 - 0.6, 36, 1.2):move(1.2, ay, 0), along(cylinder(ri, 10), -4))
    -- graduation marks printed on the near side: a long mark every fifth
    local marks = empty()
    local x0, x1, n = 10, bl - 6, 10
    for i = 0, n do
      local x = x0 + (x1 - x0) * i / n
      local long = (i % 5 == 0)
      local a = long and 70 or 40
      local ring = subtract(along(cylinder(ro + 0.8, 1.6), x - 0.8), along(cylinder(ro - 0.5, 3), x - 1.5))
      local wedge = extrude({{0, 0}, {40 * math.cos(math.rad(a / 2)), 40 * math.sin(math.rad(a / 2))},
                             {40 * math.cos(math.rad(a / 2)), -40 * math.sin(math.rad(a / 2))}}, 6):roty(-90)
      marks = marks + intersect(ring, wedge:rotx(-30):move(x, ay, 0))
    end
    -- a printed scale line along the marks
    marks = marks + intersect(subtract(along(cylinder(ro + 0.8, x1 - x0), x0), along(cylinder(ro - 0.5, x1 - x0 + 2), x0 - 1)),
                              box(x1 - x0 + 2, 1.6, 40):move((x0 + x1) / 2, 0, 20):rotx(-30):move(0, ay, 0))
    -- the liquid dose in front of the stopper
    local sx = bl - 4 - (bl - 14) * k.p.dose
    -- a named or coloured dose shows as a filled barrel; otherwise it stays clear
    local liquid = along(cylinder(ri + 0.3, bl - 2.5 - sx), sx)
    if k.asked.liquid or k.filled then liquid = along(cylinder(ro + 0.25, bl - sx, 0.5), sx) end
    -- the rubber stopper with two sealing ribs
    local stopper = along(cylinder(ri - 0.6, 9, 1), sx - 9) + along(cylinder(ri + 0.3, 2.2, 0.6), sx - 8.5) + along(cylinder(ri + 0.3, 2.2, 0.6), sx - 3)
    -- the plunger: a cross-ribbed rod out of the back to a flat thumb rest
    local rx0 = -44
    local rod = box(sx - 9 - rx0 + 2, ri * 1.7, 2.4):move((sx - 9 + rx0) / 2, ay, 0) + box(sx - 9 - rx0 + 2, 2.4, ri * 1.7):move((sx - 9 + rx0) / 2, ay, 0)
    rod = rod + along(cylinder(ri - 0.4, 2.4, 0.6), sx - 11)
    local thumb = intersect(along(cylinder(ay + 0.4, 3.2, 1.2), rx0 - 2.5), box(20, ay * 2, 40):move(rx0, ay + 0.3, 0))
    -- the hub and the needle with its bevelled point
    local hx = bl + 9
    local hub = along(cone(4.6, 3.4, 11), hx) + along(cylinder(5.2, 2.4, 0.6), hx)
    for i = 0, 3 do hub = hub + box(9, 1.6, 1.6, 0.4):move(hx + 5, 4, 0):rotx(i * 90):move(0, ay, 0) end
    local nl = 40
    local needle = along(cylinder(1.15, nl), hx + 10)
    needle = needle + along(cone(1.15, 0.6, 3), hx + 10 + nl - 0.2)
    local shape = barrel:part("barrel") + flange:part("plunger") + marks:part("marks") + liquid:part("liquid")
    shape = shape + stopper:part("stopper") + (rod + thumb):part("plunger") + hub:part("hub") + needle:part("needle")
    k.attach("top", {bl * 0.4, ay + ro, 0}, ro * 2)
    return shape
  end,
}
