-- A rocking chair: a spindle-back wooden chair with armrests whose legs
-- stand on two long curved rockers. Front faces +X.
return {
  id = "rocking_chair",
  names = {"rocking chair", "rocker", "porch rocker", "nursery rocker", "rockin chair", "rocking chiar"},
  lvis = {"rocking_chair"},
  family = "furniture",
  size_mm = 1050,
  description = "A wooden rocking chair on curved rockers",
  params = {width = {480, 540}, spindles = {5, 7.99}},
  parts = {
    {"frame", "wood", color = "#8a5a34", role = "primary", names = {"frame", "wood", "back", "legs", "arms"}},
    {"seat", "wood", color = "#9a683e", role = "secondary", names = {"seat", "cushion"}},
    {"rockers", "wood", color = "#7a4c2a", role = "detail", names = {"rockers", "runners"}},
  },
  points = {"top", "seat", "back"},
  build = function(k)
    local W = k.p.width
    local D = 480
    local iz = W / 2 - 20
    local seat_y = 430
    local lean = 140
    local back_top = 1050
    local frame = {}
    -- Rockers: arcs along X under each side.
    local rockers = {}
    local Rr = 900
    for _, s in ipairs({-1, 1}) do
      local pts = {}
      for i = 0, 10 do
        local a = math.rad(-26 + 52 * i / 10)
        pts[#pts + 1] = {Rr * math.sin(a) - 20, 14 + Rr * (1 - math.cos(a)), s * iz}
      end
      rockers[#rockers + 1] = tube(pts, 14)
    end
    local function rocker_y(x) local a = math.asin((x + 20) / Rr); return 14 + Rr * (1 - math.cos(a)) end
    for _, s in ipairs({-1, 1}) do
      local z = s * iz
      local fxp, bxp = D / 2 - 30, -D / 2 + 30
      frame[#frame + 1] = limb({fxp, rocker_y(fxp), z}, {fxp, seat_y, z}, 16, 18)
      frame[#frame + 1] = limb({bxp, rocker_y(bxp), z}, {bxp, seat_y, z}, 16, 18)
      frame[#frame + 1] = limb({bxp, seat_y, z}, {bxp - lean, back_top, z}, 18, 15)
      -- Arm: from the front post up and back to the back post.
      frame[#frame + 1] = limb({fxp, seat_y, z}, {fxp + 20, seat_y + 230, z}, 14)
      frame[#frame + 1] = limb({fxp + 40, seat_y + 235, z + s * 10}, {bxp - lean * 0.3, seat_y + 250, z}, 20, 16)
      frame[#frame + 1] = capsule({fxp, 190, z}, {bxp, 190, z}, 9)
    end
    local n = math.floor(k.p.spindles)
    local top_rail_y = back_top - 60
    frame[#frame + 1] = box(40, 110, 2 * iz + 30, 14):rotz(math.deg(math.atan(lean, back_top - seat_y))):move(-D / 2 + 30 - lean * 0.93, top_rail_y, 0)
    for i = 1, n do
      local z = -iz + 2 * iz * i / (n + 1)
      frame[#frame + 1] = capsule({-D / 2 + 40, seat_y, z}, {-D / 2 + 30 - lean * 0.88, top_rail_y, z}, 8)
    end
    local seat = box(D + 20, 40, W, 12):move(0, seat_y, 0)
    k.attach("top", {20, seat_y + 20, 0}, W * 0.8)
    k.attach("seat", {20, seat_y + 20, 0}, W * 0.8)
    k.attach("back", {-D / 2 - lean, back_top, 0}, W * 0.8)
    return smooth(5, union(frame):part("frame"), seat:part("seat")) + union(rockers):part("rockers")
  end,
}
