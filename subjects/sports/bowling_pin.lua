-- A bowling pin: a white bottle-shaped pin with a round head, a slim neck with
-- two red stripes and a wide belly.
return {
  id = "bowling_pin",
  names = {"bowling pin", "skittle", "ten pin", "tenpin", "bowling pins", "kegel"},
  lvis = {},
  family = "sports",
  size_mm = 380,
  description = "A bowling pin",
  params = {},
  parts = {
    {"pin", "plastic", color = "#f8f6f2", role = "primary", names = {"pin", "body"}},
    {"stripes", "plastic", color = "#d41e24", role = "secondary", names = {"stripes", "stripe", "bands", "neck"}},
  },
  build = function(k)
    local prof = {{26, 0}, {40, 30}, {58, 100}, {60, 130}, {52, 180}, {34, 230}, {23, 260}, {22, 280}, {28, 315}, {31, 340}, {26, 366}, {10, 378}, {2, 380}}
    local s = {}
    for i = 1, #prof do
      s[#s + 1] = prof[i]
    end
    local pin = lathe(s)
    local stripes = union(intersect(lathe(s):scale(1.01), box(200, 10, 200):move(0, 258, 0)),
                          intersect(lathe(s):scale(1.01), box(200, 10, 200):move(0, 282, 0)))
    return union(pin:part("pin"), stripes:part("stripes"))
  end,
}
