-- A sofa (couch): an upholstered base on short legs, two or three seat
-- cushions, back cushions leaning on a high back, and padded arms at both
-- ends. The front faces +X.
local F = use("furniture")

return {
  id = "sofa",
  names = {"sofa", "couch", "settee", "three seater sofa", "lounge", "divan", "couch sofa", "living room sofa", "soffa",
           "coutch", "cauch"},
  lvis = {"sofa", "sofa_bed"},
  family = "furniture",
  size_mm = 850,
  description = "A sofa with seat and back cushions and padded arms",
  params = {seats = {2.0, 3.99}, width_per = {560, 640}, arm = {0, 1}},
  parts = {
    {"upholstery", "fabric", color = "#5a6e8a", role = "primary", names = {"upholstery", "fabric", "body", "frame", "arms"}},
    {"cushions", "fabric", color = "#6a7e9a", role = "secondary", names = {"cushions", "cushion", "seat", "seats", "pillows"}},
    {"legs", "wood", color = "#3a2a1e", role = "detail", names = {"legs", "feet", "leg"}},
  },
  variants = {
    loveseat = {names = {"loveseat", "love seat", "two seater", "small sofa"}, size_mm = 850},
    chesterfield = {names = {"chesterfield", "leather sofa", "leather couch", "chesterfield sofa"},
                    colors = {upholstery = "#6a3420", cushions = "#6a3420"}},
  },
  points = {"top", "seat", "back"},
  build = function(k)
    local v = k.variant
    local n = math.floor(k.p.seats)
    if v == "loveseat" then n = 2 end
    if v == "chesterfield" then n = 3 end
    local arm_w = v == "chesterfield" and 200 or 170
    local seat_w = n * k.p.width_per
    local W = seat_w + 2 * arm_w
    local D = 900
    local leg_h = v == "chesterfield" and 60 or 120
    local base_h = 230
    local seat_y = leg_h + base_h
    local cush_t = 130
    local back_top = 850
    local body = {}
    body[#body + 1] = box(D, base_h, W, 30):move(0, leg_h + base_h / 2, 0)
    -- The back: a thick slab behind the seat.
    local back_d = 200
    body[#body + 1] = box(back_d, back_top - leg_h - 20, W, 50):move(-D / 2 + back_d / 2, (back_top + leg_h) / 2 - 10, 0)
    -- Arms: padded blocks, rolled at the top.
    local arm_top = seat_y + 260
    local rolled = v == "chesterfield" or k.p.arm > 0.5
    for _, s in ipairs({-1, 1}) do
      local z = s * (W / 2 - arm_w / 2)
      if rolled then
        body[#body + 1] = box(D, arm_top - leg_h - 60, arm_w * 0.85, 30):move(0, (arm_top + leg_h - 60) / 2, z)
        body[#body + 1] = cylinder(arm_w * 0.55, D, 20):move(0, -D / 2, 0):rotz(90):move(0, arm_top - arm_w * 0.4, z + s * arm_w * 0.05)
      else
        body[#body + 1] = box(D, arm_top - leg_h, arm_w, 45):move(0, (arm_top + leg_h) / 2, z)
      end
    end
    local cushions = {}
    local cw = seat_w / n
    local inner_d = D - back_d
    for i = 0, n - 1 do
      local z = -seat_w / 2 + cw * (i + 0.5)
      cushions[#cushions + 1] = box(inner_d - 10, cush_t, cw - 12, 40):move(back_d / 2 + 5, seat_y + cush_t / 2 - 10, z)
      if v ~= "chesterfield" then
        cushions[#cushions + 1] = box(170, back_top - seat_y - cush_t + 40, cw - 16, 60)
          :rotz(12):move(-D / 2 + back_d + 60, seat_y + cush_t + (back_top - seat_y - cush_t) / 2, z)
      end
    end
    local up = smooth(25 * k.soft, union(body))
    if v == "chesterfield" then
      -- Buttoned tufting on the back.
      local tufts = {}
      for r = 0, 2 do
        for i = 0, math.floor(W / 120) do
          local z = -W / 2 + arm_w + 60 + i * 120 + (r % 2) * 60
          if z < W / 2 - arm_w - 30 then
            tufts[#tufts + 1] = sphere(12):move(-D / 2 + back_d + 2, seat_y + cush_t + 60 + r * 110, z)
          end
        end
      end
      up = subtract(up, union(tufts))
    end
    local legs = F.four_legs(D / 2 - 60, W / 2 - 70, leg_h + 10, 22, 16, v == "chesterfield" and "turned" or "round")
    k.attach("top", {back_d / 2, seat_y + cush_t - 10, 0}, math.min(seat_w, inner_d) * 0.9)
    k.attach("seat", {back_d / 2, seat_y + cush_t - 10, 0}, math.min(seat_w, inner_d) * 0.9)
    k.attach("back", {-D / 2 + back_d / 2, back_top, 0}, W * 0.6)
    return up:part("upholstery") + union(cushions):part("cushions") + legs:part("legs")
  end,
}
