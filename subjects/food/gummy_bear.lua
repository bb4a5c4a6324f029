-- A gummy bear: a small translucent jelly bear sitting up, with a round head,
-- little ears, a plump belly and stubby arms and legs.
return {
  id = "gummy_bear",
  names = {"gummy bear", "gummi bear", "gummy", "jelly bear", "gummybear", "gummie bear"},
  lvis = {"gummy_bear"},
  family = "food",
  size_mm = 22,
  description = "A gummy bear",
  params = {},
  parts = {
    {"gummy", "candy", color = "#e8281e", role = "primary", names = {"gummy", "candy", "jelly", "bear"}},
  },
  build = function(k)
    local body = ellipsoid(30, 38, 24):move(0, 42, 0)
    local head = sphere(26):stretch(1, 0.9, 0.85):move(0, 92, 0)
    local ears = sphere(9):move(-17, 112, 0) + sphere(9):move(17, 112, 0)
    local snout = ellipsoid(11, 8, 8):move(0, 86, 20)
    local arms = capsule({-26, 60, 6}, {-34, 40, 16}, 10) + capsule({26, 60, 6}, {34, 40, 16}, 10)
    local legs = capsule({-16, 18, 8}, {-20, 10, 26}, 12) + capsule({16, 18, 8}, {20, 10, 26}, 12)
    local bear = smooth(6, body, head, ears, snout, arms, legs)
    return bear:part("gummy"):roty(30)
  end,
}
