-- An office chair: a five-star base on caster wheels, a chrome gas-lift
-- column under the seat mechanism, a padded seat, a curved padded backrest
-- on a spine bar and two T-shaped armrests. A gaming chair has a tall
-- racing-style back with side wings, a head cushion and coloured panels.
-- Front faces +X.
return {
  id = "office_chair",
  names = {"office chair", "desk chair", "swivel chair", "computer chair", "task chair", "rolling chair", "executive chair", "ergonomic chair", "chair on wheels", "revolving chair", "study chair", "work chair", "office seat", "swivel seat"},
  lvis = {"chair"},
  family = "furniture",
  size_mm = 1050,
  description = "A swivel office chair on casters",
  params = {turn = {0, 36}, back_tilt = {6, 12}},
  parts = {
    {"upholstery", "fabric", color = "#34363c", role = "primary", names = {"upholstery", "seat", "back", "backrest", "cushion"}},
    {"frame", "plastic", color = "#1c1c1e", role = "secondary", names = {"frame", "base", "armrests", "arms", "legs", "star base"}},
    {"column", "steel", color = "#c4c8ce", role = "detail", names = {"column", "gas lift", "cylinder", "post"}},
    {"wheels", "rubber", color = "#141416", role = "detail", names = {"wheels", "casters", "castors"}},
    {"trim", "fabric", color = "#c8202a", role = "detail", names = {"trim", "panels", "stripes", "accents"}},
  },
  variants = {
    gaming = {names = {"gaming chair", "racing chair", "gamer chair", "e-sports chair", "esports chair", "racing seat chair"},
              size_mm = 1300, colors = {upholstery = "#1c1c20", trim = "#c8202a"}},
  },
  points = {"top", "seat", "back"},
  build = function(k)
    local gaming = k.variant == "gaming"
    local seat_y = 480
    local seat_d, seat_w = 480, 500
    local seat_t = 80
    -- The five-star base with casters.
    local hub_y = 110
    local star_r = 330
    local leg = polyline({{0, hub_y, 0}, {star_r - 20, hub_y - 20, 0}}, 22) + box(50, 34, 46, 10):move(star_r - 10, hub_y - 26, 0)
    local wheel_r = 32
    local caster = cylinder(wheel_r, 44, 8):move(0, -22, 0):rotx(90):move(star_r + 12, wheel_r, 0)
    local fork = box(36, 40, 24, 8):move(star_r + 4, wheel_r + 28, 0) + cylinder(7, 30):move(star_r - 10, wheel_r + 30, 0)
    local turn = k.p.turn
    local base = radial(leg + fork, 5, turn) + cylinder(52, 60, 12):move(0, hub_y - 30, 0)
    local wheels = radial(caster, 5, turn)
    -- The gas lift: a black shroud and a chrome column.
    local column = cylinder(22, seat_y - hub_y - 60):move(0, hub_y + 20, 0)
    local shroud = cylinder(34, 120, 8):move(0, hub_y + 10, 0)
    -- The seat mechanism plate.
    local mech = box(220, 40, 220, 10):move(0, seat_y - 30, 0)
    -- The seat: a padded cushion with a rounded waterfall front.
    local seat = smooth(20, box(seat_d, seat_t, seat_w, 36):move(20, seat_y + seat_t / 2, 0),
                        capsule({seat_d / 2 + 10, seat_y + 30, -seat_w / 2 + 40}, {seat_d / 2 + 10, seat_y + 30, seat_w / 2 - 40}, 38))
    -- The back: a curved padded panel on a spine bar, leaning back.
    local tilt = k.p.back_tilt
    local bx = -seat_d / 2 + 10
    local back_h = gaming and 820 or 560
    local back_w = gaming and 520 or 470
    local back_y0 = seat_y + (gaming and 70 or 130)
    local spine = polyline({{-60, seat_y - 20, 0}, {bx - 40, seat_y + 10, 0}, {bx - 40, back_y0 + 120, 0}}, 24)
    local back
    local trim = empty()
    local seat_trim = empty()
    if gaming then
      -- A racing-style back: a tall panel, side wings, shoulder cut-outs and a head cushion.
      local panel = box(110, back_h, back_w * 0.72, 40)
      local wings = empty()
      for _, s in ipairs({-1, 1}) do
        wings = wings + box(150, back_h * 0.62, 80, 34):rotx(s * 10):move(28, -back_h * 0.12, s * back_w * 0.42)
        -- Shoulder bolsters flaring near the top.
        wings = wings + box(130, back_h * 0.18, 90, 40):rotx(s * -8):move(20, back_h * 0.3, s * back_w * 0.38)
      end
      local head = box(90, back_h * 0.22, back_w * 0.58, 40):move(0, back_h * 0.38, 0)
      back = smooth(14, panel, wings, head)
      -- Head-cushion slots (harness holes) and side panels in the trim colour.
      back = subtract(back, box(200, 60, 44, 18):move(0, back_h * 0.32, back_w * 0.2))
      back = subtract(back, box(200, 60, 44, 18):move(0, back_h * 0.32, -back_w * 0.2))
      local stripes = empty()
      for _, s in ipairs({-1, 1}) do
        stripes = stripes + box(40, back_h * 0.78, 50, 12):move(58, -back_h * 0.04, s * back_w * 0.24)
      end
      trim = trim + intersect(stripes, back:round(3))
      trim = trim + box(60, 90, back_w * 0.44, 20):move(48, back_h * 0.08, 0)
      -- Side bolsters on the seat.
      for _, s in ipairs({-1, 1}) do
        seat = smooth(14, seat, capsule({-seat_d / 2 + 50, seat_y + 70, s * (seat_w / 2 - 20)}, {seat_d / 2 - 40, seat_y + 70, s * (seat_w / 2 - 20)}, 40))
        seat_trim = seat_trim + capsule({-seat_d / 2 + 60, seat_y + 78, s * (seat_w / 2 - 20)}, {seat_d / 2 - 50, seat_y + 78, s * (seat_w / 2 - 20)}, 36)
      end
    else
      -- A gently curved panel with a lumbar bulge.
      local panel = intersect(box(90, back_h, back_w, 40), cylinder(back_w * 1.1, back_h + 20):move(back_w * 1.05, -back_h / 2 - 10, 0))
      back = smooth(20, panel, ellipsoid(40, back_h * 0.2, back_w * 0.36):move(38, -back_h * 0.18, 0))
      back = back:stretch(1, 1, 1)
    end
    local function place(s) return s:rotz(tilt):move(bx - 20, back_y0 + back_h / 2, 0) end
    back = place(back)
    trim = place(trim)
    -- Armrests: a post from under the seat rising to a padded top.
    local arms = empty()
    local arm_y = seat_y + 230
    for _, s in ipairs({-1, 1}) do
      local z = s * (seat_w / 2 + 30)
      arms = arms + polyline({{-40, seat_y - 10, s * 90}, {-40, seat_y - 10, z}, {-20, arm_y - 20, z}}, 20)
      arms = arms + box(260, 36, 80, 16):move(-10, arm_y, z)
    end
    k.attach("top", {20, seat_y + seat_t, 0}, seat_w * 0.9)
    k.attach("seat", {20, seat_y + seat_t, 0}, seat_w * 0.9)
    k.attach("back", {bx - 40, back_y0 + back_h, 0}, back_w)
    local shape = (seat + back):part("upholstery") + (base + shroud + mech + spine + arms):part("frame")
      + column:part("column") + wheels:part("wheels")
    if gaming then shape = shape + (trim + seat_trim):part("trim") end
    return shape
  end,
}
