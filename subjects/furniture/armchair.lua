-- An armchair: one deep upholstered seat with a thick seat cushion, a
-- high padded back and two broad arms, on short legs. A wingback has
-- wings at the top of the back. Front faces +X.
local F = use("furniture")

return {
  id = "armchair",
  names = {"armchair", "arm chair", "easy chair", "club chair", "lounge chair", "accent chair", "reading chair",
           "upholstered chair", "recliner", "tub chair", "comfy chair", "armchiar"},
  lvis = {"armchair"},
  family = "furniture",
  size_mm = 900,
  description = "An upholstered armchair",
  params = {width = {780, 880}, arm = {0, 1}},
  parts = {
    {"upholstery", "fabric", color = "#8a4a3a", role = "primary", names = {"upholstery", "fabric", "body", "arms"}},
    {"cushion", "fabric", color = "#9a5a48", role = "secondary", names = {"cushion", "cushions", "seat"}},
    {"legs", "wood", color = "#3a2a1e", role = "detail", names = {"legs", "feet", "leg"}},
  },
  variants = {
    wingback = {names = {"wingback chair", "wing chair", "wingback", "wing back chair", "fireside chair"}, size_mm = 1100,
                colors = {upholstery = "#2e5a48", cushion = "#2e5a48"}},
  },
  points = {"top", "seat", "back"},
  build = function(k)
    local wing = k.variant == "wingback"
    local W = wing and 800 or k.p.width
    local D = 850
    local arm_w = wing and 120 or 160
    local leg_h = wing and 160 or 110
    local base_h = 220
    local seat_y = leg_h + base_h
    local back_top = wing and 1100 or 900
    local back_d = 190
    local body = {}
    body[#body + 1] = box(D, base_h, W, 30):move(0, leg_h + base_h / 2, 0)
    body[#body + 1] = box(back_d, back_top - leg_h - 20, W - (wing and 0 or 40), 60):rotz(wing and 0 or 4)
      :move(-D / 2 + back_d / 2, (back_top + leg_h) / 2 - 10, 0)
    local arm_top = seat_y + 230
    for _, s in ipairs({-1, 1}) do
      local z = s * (W / 2 - arm_w / 2)
      if wing then
        body[#body + 1] = box(D - 40, arm_top - leg_h, arm_w, 40):move(20, (arm_top + leg_h) / 2, z)
        body[#body + 1] = cylinder(arm_w * 0.6, D - 60, 20):move(0, -(D - 60) / 2, 0):rotz(90):move(30, arm_top - 20, z + s * 10)
        -- Wings: tall curved panels at the sides of the back.
        body[#body + 1] = box(300, back_top - arm_top - 40, 70, 40):move(-D / 2 + 170, (back_top + arm_top) / 2 - 30, s * (W / 2 - 35))
      elseif k.p.arm > 0.5 then
        body[#body + 1] = box(D, arm_top - leg_h - 60, arm_w * 0.85, 30):move(0, (arm_top + leg_h - 60) / 2, z)
        body[#body + 1] = cylinder(arm_w * 0.55, D, 20):move(0, -D / 2, 0):rotz(90):move(0, arm_top - arm_w * 0.4, z + s * arm_w * 0.05)
      else
        body[#body + 1] = box(D, arm_top - leg_h, arm_w, 50):move(0, (arm_top + leg_h) / 2, z)
      end
    end
    local up = smooth(25 * k.soft, union(body))
    local inner_w = W - 2 * arm_w
    local cush = box(D - back_d - 20, 140, inner_w - 10, 45):move(back_d / 2 + 10, seat_y + 60, 0)
    if not wing then
      cush = cush + box(160, back_top - seat_y - 170, inner_w - 20, 60):rotz(10):move(-D / 2 + back_d + 60, seat_y + 130 + (back_top - seat_y - 170) / 2, 0)
    end
    local legs = F.four_legs(D / 2 - 60, W / 2 - 60, leg_h + 10, 22, 15, wing and "turned" or "round")
    k.attach("top", {back_d / 2, seat_y + 130, 0}, inner_w * 0.9)
    k.attach("seat", {back_d / 2, seat_y + 130, 0}, inner_w * 0.9)
    k.attach("back", {-D / 2 + back_d / 2, back_top, 0}, W * 0.6)
    return up:part("upholstery") + cush:part("cushion") + legs:part("legs")
  end,
}
