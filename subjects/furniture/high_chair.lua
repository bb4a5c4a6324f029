-- A high chair: a baby's tall chair with splayed legs, a small seat with
-- a back and arms, a footrest, and a tray in front.
return {
  id = "high_chair",
  names = {"high chair", "highchair", "baby chair", "feeding chair", "baby high chair", "hi chair"},
  lvis = {"highchair"},
  family = "furniture",
  size_mm = 1000,
  description = "A baby high chair with a tray",
  params = {},
  parts = {
    {"frame", "wood", color = "#d8b888", role = "primary", names = {"frame", "legs", "wood", "chair"}},
    {"tray", "plastic", color = "#f4f4f0", role = "secondary", names = {"tray", "seat", "cushion"}},
  },
  points = {"top", "seat"},
  build = function(k)
    local seat_y = 560
    local frame = {}
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        frame[#frame + 1] = limb({sx * 150, seat_y, sz * 170}, {sx * 260, 10, sz * 260}, 18, 15)
      end
    end
    for _, sz in ipairs({-1, 1}) do
      frame[#frame + 1] = capsule({-220, 160, sz * 230}, {220, 160, sz * 230}, 10)
    end
    frame[#frame + 1] = box(80, 18, 480, 4):move(215, 250, 0) -- footrest, fixed between the legs
    -- Seat box with back and arms.
    frame[#frame + 1] = box(320, 30, 360, 6):move(0, seat_y, 0)
    frame[#frame + 1] = box(30, 420, 360, 10):rotz(8):move(-175, seat_y + 200, 0)
    for _, sz in ipairs({-1, 1}) do
      frame[#frame + 1] = box(300, 24, 26, 6):move(0, seat_y + 200, sz * 175)
      frame[#frame + 1] = box(24, 200, 26, 6):move(130, seat_y + 100, sz * 175)
    end
    local tray = box(200, 22, 480, 10):move(240, seat_y + 210, 0) + subtract(box(210, 30, 490, 12), box(180, 30, 460, 10):move(0, 8, 0)):move(240, seat_y + 215, 0) -- resting on the arms
    local cushion = box(280, 30, 320, 12):move(0, seat_y + 28, 0)
    k.attach("seat", {0, seat_y + 45, 0}, 260)
    k.attach("top", {240, seat_y + 235, 0}, 180)
    return union(frame):part("frame") + (tray + cushion):part("tray")
  end,
}
