-- A flashlight (torch): a ribbed cylindrical body widening to a head with a
-- glass lens and a rubber switch, lying on its side.
return {
  id = "flashlight",
  names = {"flashlight", "torch light", "electric torch", "flash light", "pocket torch", "maglite", "flashlite"},
  lvis = {"flashlight"},
  family = "tools",
  size_mm = 60,
  description = "A flashlight",
  params = {},
  parts = {
    {"body", "plastic", color = "#2a2a2e", role = "primary", names = {"body", "barrel", "case"}},
    {"lens", "gloss", color = "#f8f4d0", role = "secondary", names = {"lens", "light", "bulb"}},
    {"trim", "steel", color = "#c8ccd2", role = "detail", names = {"trim", "bezel", "button", "switch"}},
  },
  build = function(k)
    local prof = {{16, 0}, {17, 4}, {17, 130}, {20, 150}, {30, 180}, {30, 205}, {28, 210}}
    local body = lathe(prof)
    local grips = {}
    for i = 0, 10 do grips[#grips + 1] = torus(17.2, 1.4):move(0, 20 + i * 10, 0) end
    local lens = cylinder(25, 4.5):move(0, 207.5, 0)
    local bezel = torus(28, 3):move(0, 208, 0)
    local button = box(10, 18, 8, 3):move(0, 150, 18)
    local shape = union(smooth(1, body, union(grips)):part("body"), lens:part("lens"), union(bezel, button):part("trim"))
    return shape:rotz(-90):roty(-30):move(0, 30, 0)
  end,
}
