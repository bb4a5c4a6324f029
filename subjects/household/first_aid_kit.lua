-- A first aid kit: a red carry case standing upright, a raised white plus
-- sign on its front and back, the seam of the lid running round the middle,
-- two latches and a carry handle on top. Front at +x.
return {
  id = "first_aid_kit",
  names = {"first aid kit", "medical kit", "med kit", "medkit", "first aid box",
           "first aid case", "emergency kit", "health kit", "medkit box", "first aid kit box", "frist aid kit",
           "first aid", "medic kit", "medical box", "health pack"},
  lvis = {"first-aid_kit"},
  family = "household",
  size_mm = 230,
  description = "A first aid kit with a cross on the lid",
  params = {turn = {-8, 8}, depth = {92, 106}},
  parts = {
    {"case", "plastic", color = "#d41e22", role = "primary", names = {"case", "box", "body", "lid", "kit"}},
    {"cross", "plastic", color = "#f8f8f6", role = "secondary", names = {"cross", "plus", "plus sign", "symbol", "sign"}},
    {"handle", "plastic", color = "#f2f2f0", role = "detail", names = {"handle", "latches", "clasps", "catches"}},
  },
  points = {"top"},
  build = function(k)
    local D, H, W = k.p.depth, 180, 270
    -- The case: two rounded halves with a shallow groove between them.
    local case = box(D, H, W, 18):move(0, H / 2, 0)
    case = subtract(case, subtract(box(D + 10, H + 10, W + 10), box(D - 3, H + 20, W - 3, 16)):move(0, H / 2, 0)
      * box(4, 400, 400):move(-D * 0.12, H / 2, 0))
    -- A feet rim at the bottom.
    case = case + box(D - 16, 8, W - 30, 4):move(0, 4, 0)
    -- The raised cross on the front and the back.
    local bar = 40
    local function plus(sx)
      local c = box(8, bar, 130, 4) + box(8, 130, bar, 4)
      return c:move(sx * (D / 2), H / 2, 0)
    end
    local cross = plus(1) + plus(-1)
    -- Carry handle: two posts and a grip across the top.
    local hy = H
    local handle = union(
      box(D * 0.36, 22, 18, 5):move(-D * 0.12, hy + 4, 62), box(D * 0.36, 22, 18, 5):move(-D * 0.12, hy + 4, -62),
      tube({{-D * 0.12, hy + 8, 62}, {-D * 0.12, hy + 34, 50}, {-D * 0.12, hy + 40, 0}, {-D * 0.12, hy + 34, -50},
            {-D * 0.12, hy + 8, -62}}, 8))
    -- Two latches over the seam on top.
    local latches = box(30, 12, 26, 3):move(-D * 0.12, hy, 105) + box(30, 12, 26, 3):move(-D * 0.12, hy, -105)
    local shape = union(case:part("case"), cross:part("cross"), (handle + latches):part("handle"))
    k.attach("top", {0, hy + 40, 0}, 60)
    return shape:roty(k.p.turn - 28)
  end,
}
