-- A collar: a leather band with a buckle and a round tag. Worn at the neck:
-- the band curves across the front of the neck with the tag hanging below.
return {
  id = "collar",
  names = {"collar", "dog collar", "cat collar", "pet collar", "neckband"},
  lvis = {"dog_collar", "choker"},
  family = "accessories",
  size_mm = 30,
  description = "A pet collar with a tag",
  parts = {
    {"band", "leather", color = "#c8282d", role = "primary", names = {"band", "collar", "strap"}},
    {"tag", "brass", color = "#d8b040", role = "secondary", names = {"tag", "bell", "buckle", "studs", "spikes"}},
  },
  variants = {
    spiked = {names = {"spiked collar", "studded collar"}, colors = {band = "#1e1c1c", tag = "#c8c8cc"}},
    bell = {names = {"bell collar", "collar with a bell", "sheep bell", "goat bell", "alpine bell"},
            colors = {band = "#6a4024", tag = "#b8923a"}},
  },
  attach_to = {"neck", "top"},
  build = function(k)
    -- Facing +X: a shallow arc across the front, about 100 wide.
    local R = 70
    local arc = {}
    for i = -4, 4 do
      local a = math.rad(i * 10)
      arc[#arc + 1] = {math.cos(a) * R - R, 0, math.sin(a) * R}
    end
    local band = polyline(arc, 6):stretch(1, 2.4, 1)
    local shape = band:part("band")
    if k.variant == "spiked" then
      for i = -3, 3 do
        local a = math.rad(i * 10)
        local at = {math.cos(a) * R - R + 5, 0, math.sin(a) * R}
        shape = shape + cone(4.5, 0.5, 12):rotz(-90):roty(-i * 10):move(at[1], at[2], at[3]):part("tag")
      end
    elseif k.variant == "bell" then
      -- a big brass bell hanging from the front on a loop, mouth down
      local bell = lathe({{1, 0}, {19, 0}, {18, 5}, {15, 16}, {12, 30}, {8, 38}, {1, 40}})
      shape = shape + torus(5, 2):rotx(90):move(4, -14, 0):part("tag")
      shape = shape + bell:move(4, -18 - 40, 0):part("tag") + sphere(6):move(4, -60, 0):part("band")
    else
      shape = shape + torus(5, 1.5):rotx(90):move(4, -16, 0):part("tag")
      shape = shape + cylinder(13, 3, 1):rotz(-90):move(4, -34, 0):part("tag")
    end
    return shape:rotz(90)
  end,
}
