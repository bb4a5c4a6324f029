-- A toilet: a white porcelain bowl on a pedestal, an oval seat and open
-- lid, and a cistern tank at the back with a flush lever. Front +X.
return {
  id = "toilet",
  names = {"toilet", "toilet bowl", "loo", "lavatory", "water closet", "wc", "commode toilet", "toilett", "toliet"},
  lvis = {"toilet"},
  family = "household",
  size_mm = 780,
  description = "A white toilet with a tank and an open lid",
  params = {lid_open = {0, 1}},
  parts = {
    {"porcelain", "glazed", color = "#f6f6f2", role = "primary", names = {"porcelain", "bowl", "body", "tank"}},
    {"seat", "plastic", color = "#f0f0ec", role = "secondary", names = {"seat", "lid"}},
    {"lever", "steel", color = "#c8ccd2", role = "detail", names = {"lever", "handle", "flush"}},
  },
  points = {"top", "seat"},
  build = function(k)
    local seat_y = 400
    local base = loft({{y = 0, rx = 120, rz = 110, x = 40}, {y = 150, rx = 105, rz = 95, x = 40},
                       {y = 300, rx = 200, rz = 170, x = 60}, {y = seat_y - 20, rx = 230, rz = 185, x = 70}})
    local bowl = subtract(base, ellipsoid(180, 200, 140):move(80, seat_y, 0))
    local tank = box(200, 380, 470, 30):move(-200, seat_y + 170, 0) + box(220, 40, 490, 12):move(-200, seat_y + 370, 0)
    local neck = box(200, 220, 300, 40):move(-130, seat_y - 120, 0)
    local ring = subtract(ellipsoid(235, 14, 190):move(75, seat_y + 4, 0), ellipsoid(165, 30, 125):move(85, seat_y + 4, 0))
    local lid = ellipsoid(230, 12, 185)
    if k.p.lid_open > 0.3 then
      lid = lid:move(230, 0, 0):rotz(95):move(-150, seat_y + 20, 0)
    else
      lid = lid:move(75, seat_y + 24, 0)
    end
    local lever = limb({-95, seat_y + 300, 160}, {-80, seat_y + 300, 100}, 8) + cylinder(16, 10):rotz(-90):move(-100, seat_y + 300, 160)
    k.attach("top", {-200, seat_y + 390, 0}, 200)
    k.attach("seat", {70, seat_y + 18, 0}, 300)
    return smooth(30, bowl, neck, tank):part("porcelain") + (ring + lid):part("seat") + lever:part("lever")
  end,
}
