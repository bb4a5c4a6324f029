-- A yo-yo: two rounded discs joined by an axle with the string wound in the
-- gap, the string rising to a finger loop.
return {
  id = "yo_yo",
  names = {"yo-yo", "yoyo", "yo yo", "toy yo-yo"},
  lvis = {"yo-yo"},
  family = "toys",
  size_mm = 130,
  description = "A yo-yo on its string",
  parts = {
    {"discs", "plastic", color = "#d82a30", role = "primary", names = {"discs", "body", "halves"}},
    {"string", "fabric", color = "#f4f0e8", role = "secondary", names = {"string"}},
    {"caps", "plastic", color = "#f0f0f0", role = "detail", names = {"caps", "centre", "center", "hubs"}},
  },
  build = function(k)
    local R, t = 28, 11
    local half = lathe({{R * 0.4, 0}, {R * 0.92, 1}, {R, t * 0.45}, {R * 0.96, t * 0.85}, {R * 0.5, t}}):rotx(90)
    local shape = empty()
    for _, s in ipairs({-1, 1}) do
      local h = half:move(0, 0, s * 3)
      if s < 0 then h = half:rotx(180):move(0, 0, -3) end
      shape = shape + h:part("discs")
      shape = shape + cylinder(R * 0.35, 2):rotx(90):move(0, 0, s * (t + 3.5) + (s < 0 and 0 or -2) + (s < 0 and 0 or 2)):part("caps")
    end
    -- the axle joins both halves; the string winds on it
    shape = shape + limb({0, 0, -5}, {0, 0, 5}, R * 0.5):part("string")
    local str = tube({{0, R * 0.3, 0}, {0, R * 1.6, 0}, {2, R * 2.8, 0}, {0, R * 3.4, 0}}, 1.8)
    local loop = torus(6, 1.8):rotx(90):move(0, R * 3.4 + 6, 0)
    shape = shape + (str + loop):part("string")
    return shape:move(0, R, 0)
  end,
}
