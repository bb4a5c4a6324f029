-- A piggy bank: a round glossy pig on four stubby legs with a snout, ears,
-- a curly tail and a coin slot on its back.
return {
  id = "piggy_bank",
  names = {"piggy bank", "piggybank", "money box", "coin bank", "pig bank", "savings pig"},
  lvis = {"piggy_bank"},
  family = "toys",
  size_mm = 140,
  description = "A pink piggy bank with a coin slot",
  parts = {
    {"body", "ceramic", color = "#f4a0b4", role = "primary", names = {"body", "pig"}},
    {"snout", "ceramic", color = "#e88098", role = "secondary", names = {"snout", "ears", "feet", "nose"}},
    {"slot", "plastic", color = "#2a1a1e", role = "fixed"},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
    {"coin", "gold", color = "#e0b840", role = "detail", names = {"coin"}},
  },
  build = function(k)
    local soft = k.soft
    local body = ellipsoid(78, 62, 60):move(0, 82, 0)
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        body = smooth(8 * soft, body, cylinder(15, 40, 5):move(sx * 42, 6, sz * 30))
      end
    end
    local shape = body:part("body")
    shape = smooth(4, shape, cylinder(24, 22, 6):rotz(-90):move(66, 78, 0):part("snout"))
    for _, z in ipairs({-1, 1}) do
      shape = shape + ellipsoid(3, 6, 4):move(89, 80, z * 9):part("slot")
      shape = shape + sphere(6):move(58, 104, z * 28):part("eyes")
      shape = smooth(3, shape, extrude({{-14, 0}, {14, 0}, {0, 26}}, 5, 2):rotx(z * 20):rotz(-15):move(30, 130, z * 34):part("snout"))
    end
    shape = shape + tube({{-76, 92, 0}, {-90, 102, 8}, {-96, 92, 14}, {-88, 86, 6}, {-92, 96, -2}}, 4, 3):part("body")
    shape = subtract(shape, box(5, 10, 34, 2):move(0, 144, 0)) + box(3, 6, 30):move(0, 141, 0):part("slot")
    shape = shape + cylinder(13, 3):rotx(90):move(0, 152, 0):part("coin")
    return shape
  end,
}
