-- A gong: a big bronze disc with a raised centre boss, hanging by cords in a
-- dark wooden frame, with a padded mallet.
return {
  id = "gong",
  names = {"gong", "chinese gong", "tam tam", "gong stand", "dinner gong"},
  lvis = {"gong"},
  family = "instruments",
  size_mm = 900,
  description = "A gong in a wooden frame",
  params = {},
  parts = {
    {"gong", "bronze", color = "#c89040", role = "primary", names = {"gong", "disc", "metal"}},
    {"frame", "wood", color = "#4a2418", role = "secondary", names = {"frame", "stand", "wood"}},
    {"cords", "fabric", color = "#c81e1e", role = "detail", names = {"cords", "rope", "mallet"}},
  },
  build = function(k)
    local R = 280
    local cy = 480
    local disc = union(cylinder(R, 20, 6):rotx(90):move(0, cy, -10), torus(R - 4, 10):rotx(90):move(0, cy, 6),
                       sphere(70):stretch(1, 1, 0.35):move(0, cy, 6))
    local frame = union(box(50, 860, 60, 8):move(-R - 70, 430, 0), box(50, 860, 60, 8):move(R + 70, 430, 0),
                        box(2 * R + 260, 50, 70, 10):move(0, 860, 0), box(2 * R + 80, 30, 50, 6):move(0, 60, 0),
                        box(60, 30, 260, 8):move(-R - 70, 15, 0), box(60, 30, 260, 8):move(R + 70, 15, 0))
    local cords = union(capsule({-120, cy + R - 40, 0}, {-150, 845, 0}, 10), capsule({120, cy + R - 40, 0}, {150, 845, 0}, 10))
    -- the mallet rests on a foot and leans on the post
    local mallet = union(capsule({R + 62, 20, 95}, {R + 40, 500, 52}, 10), sphere(34):move(R + 38, 530, 48))
    return union(disc:part("gong"), frame:part("frame"), union(cords, mallet):part("cords")):roty(30)
  end,
}
