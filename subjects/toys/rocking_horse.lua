-- A rocking horse: a wooden horse with a painted mane, saddle and bridle on
-- two curved rockers.
return {
  id = "rocking_horse",
  names = {"rocking horse", "rocking-horse", "wooden horse", "toy horse", "rocker horse", "rocking pony"},
  lvis = {},
  family = "toys",
  size_mm = 700,
  description = "A wooden rocking horse",
  parts = {
    {"horse", "wood", color = "#e8d4b0", role = "primary", names = {"horse", "body", "wood"}},
    {"rockers", "wood", color = "#a8402a", role = "secondary", names = {"rockers", "base", "rocker"}},
    {"mane", "fur", color = "#3a2a1e", role = "detail", names = {"mane", "tail", "hair"}},
    {"saddle", "leather", color = "#c8282d", role = "detail", names = {"saddle", "bridle", "reins"}},
    {"eyes", "plastic", color = "#141416", role = "fixed"},
  },
  points = {"back", "head", "neck", "top"},
  build = function(k)
    local L = 260
    local by = 380
    local body = ellipsoid(L, 85, 75):move(0, by, 0)
    local horse = body
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        local hip = {sx * L * 0.6, by - 30, sz * 45}
        local foot = {sx * L * 1.05, 90, sz * 70}
        horse = smooth(20, horse, limb(hip, foot, 30, 20))
      end
    end
    local chest = {L * 0.8, by + 30, 0}
    local poll = {L * 1.1, by + 250, 0}
    horse = smooth(30, horse, limb(chest, poll, 65, 45))
    local head = limb(poll, {L * 1.5, by + 150, 0}, 52, 38)
    horse = smooth(20, horse, head, sphere(55):move(poll[1] + 10, poll[2], 0))
    for _, z in ipairs({-1, 1}) do
      horse = smooth(6, horse, limb({poll[1] - 10, poll[2] + 40, z * 25}, {poll[1] - 20, poll[2] + 100, z * 30}, 16, 4))
    end
    local shape = horse:part("horse")
    for _, z in ipairs({-1, 1}) do shape = shape + sphere(10):move(poll[1] + 40, poll[2] + 5, z * 38):part("eyes") end
    -- Mane and tail.
    local mane = tube({{poll[1] - 30, poll[2] + 50, 0}, {chest[1] + 20, chest[2] + 140, 0}, {chest[1] - 60, chest[2] + 70, 0}}, 20, 14)
    local tail = tube({{-L, by + 20, 0}, {-L - 80, by - 10, 0}, {-L - 120, by - 140, 0}}, 26, 10)
    shape = shape + union(mane, tail):noise(3, 18):part("mane")
    -- Saddle and bridle.
    shape = shape + intersect(ellipsoid(90, 40, 85):move(0, by + 75, 0), box(400, 200, 400):move(0, by + 180, 0)):part("saddle")
    shape = shape + box(8, 16, 160, 4):move(0, by + 10, 0):rotz(0):part("saddle")
    shape = shape + torus(40, 5):rotz(60):move(L * 1.35, by + 190, 0):part("saddle")
    -- Rockers: two long arcs under the feet.
    local R = 900
    for _, z in ipairs({-1, 1}) do
      local arc = subtract(cylinder(R, 26):rotx(90):move(0, R, z * 70 - 13), cylinder(R - 40, 40):rotx(90):move(0, R, z * 70 - 20))
      arc = intersect(arc, box(L * 2.8, 150, 60):move(0, 60, z * 70))
      shape = shape + arc:part("rockers")
    end
    for _, x in ipairs({-L * 1.05, L * 1.05}) do shape = shape + box(20, 18, 150, 4):move(x, 95, 0):part("rockers") end
    k.attach("back", {0, by + 100, 0}, 170)
    k.attach("head", {poll[1], poll[2] + 55, 0}, 100)
    k.attach("neck", {chest[1] + 60, chest[2] + 110, 0}, 90, {1, 0.4, 0})
    return shape
  end,
}
