-- A parking meter: a grey post carrying a rounded meter head with a domed
-- glass window over the dial and a coin slot.
return {
  id = "parking_meter",
  names = {"parking meter", "parking-meter", "meter post", "coin meter", "parking metre"},
  lvis = {"parking_meter"},
  family = "buildings",
  size_mm = 1400,
  description = "A parking meter on a post",
  params = {h = {240, 260}},
  parts = {
    {"body", "paint", color = "#8a9aa8", role = "primary", names = {"body", "head", "meter"}},
    {"post", "steel", color = "#6a6e74", role = "secondary", names = {"post", "pole"}},
    {"glass", "gloss", color = "#c8dce4", role = "detail", names = {"glass", "window", "dome"}},
    {"dial", "plastic", color = "#e8b020", role = "detail", names = {"dial", "flag", "sign"}},
  },
  points = {"top"},
  build = function(k)
    local h = k.p.h
    local post = cylinder(9, h) + cylinder(20, 8, 2)
    local hy = h
    local head = box(56, 70, 44, 14):move(0, hy + 30, 0) + box(50, 16, 40, 4):move(0, hy - 4, 0)
    local dome = intersect(sphere(26):stretch(1, 1, 0.55), box(80, 80, 40):move(0, 0, 20)):move(0, hy + 44, 18)
    local dial = box(34, 12, 3, 1):move(0, hy + 44, 23)
    local slot = box(4, 16, 4):move(0, hy + 10, 22)
    local shape = head:part("body") + post:part("post") + dome:part("glass") + dial:part("dial") + slot:part("post")
    k.attach("top", {0, hy + 66, 0}, 40)
    return shape:roty(20)
  end,
}
