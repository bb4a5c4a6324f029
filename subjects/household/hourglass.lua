-- An hourglass (sand timer): two glass bulbs meeting at a narrow waist
-- between round wooden end plates joined by three turned posts, sand in
-- the lower bulb and a trickle through the neck.
return {
  id = "hourglass",
  names = {"hourglass", "hour glass", "sand timer", "sandglass", "egg timer", "sand clock", "hourglas"},
  lvis = {"hourglass"},
  family = "household",
  size_mm = 220,
  description = "An hourglass with sand",
  params = {sand = {0.3, 0.7}},
  parts = {
    {"frame", "wood", color = "#7a4c2a", role = "primary", names = {"frame", "wood", "posts", "ends"}},
    {"glass", "glass", color = "#e4f0f4", role = "secondary", names = {"glass", "bulbs"}},
    {"sand", "food", color = "#e0b870", role = "detail", names = {"sand"}},
  },
  points = {"top"},
  build = function(k)
    local h = 220
    local plate_t = 18
    local gh = h - 2 * plate_t
    local prof = {{30, 0}, {42, 14}, {46, 40}, {36, 65}, {14, 84}, {5, 92}}
    local bulb_prof = {}
    for _, p in ipairs(prof) do bulb_prof[#bulb_prof + 1] = {p[1], p[2]} end
    local lower = lathe(bulb_prof)
    local upper = lower:flip("y"):move(0, 2 * 92, 0)
    local glass = (lower + upper):move(0, plate_t, 0)
    local s = k.p.sand
    -- The glass is solid (it renders opaque) and the sand shows as the
    -- coloured heaps through its skin, in the lower bulb and the neck of the upper.
    local skin = glass:round(0.8)
    local sand = intersect(skin, box(200, 60 * s, 200):move(0, plate_t + 30 * s, 0))
    local top_s = 1 - s
    sand = sand + intersect(skin, box(200, 50 * top_s, 200):move(0, plate_t + 92 + 8 + 25 * top_s, 0))
    local plates = cylinder(58, plate_t, 5) + cylinder(58, plate_t, 5):move(0, plate_t + 2 * 92, 0)
    local posts = {}
    for i = 0, 2 do
      local a = i * 2 * math.pi / 3
      posts[#posts + 1] = lathe({{6, 0}, {9, 10}, {6, 30}, {6, 70}, {10, 92}, {6, 114}, {6, 154}, {9, 174}, {6, 184}})
        :move(math.cos(a) * 48, plate_t, math.sin(a) * 48)
    end
    k.attach("top", {0, 2 * plate_t + 2 * 92, 0}, 90)
    return (plates + union(posts)):part("frame") + glass:part("glass") + sand:part("sand")
  end,
}
