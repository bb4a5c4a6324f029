-- A dresser (chest of drawers): a wide wooden case with a top that
-- overhangs, two small drawers over three or four wide ones, each with
-- two knobs, on short bracket feet. Front faces +X.
local F = use("furniture")

return {
  id = "dresser",
  names = {"dresser", "commode", "dreser", "drawer chest", "chest of drawer",
           "drawer unit", "bedroom dresser"},
  lvis = {"dresser", "drawer"},
  family = "furniture",
  size_mm = 900,
  description = "A chest of drawers with knobs",
  params = {width = {900, 1100}, rows = {3, 4.99}},
  parts = {
    {"wood", "wood", color = "#6e4426", role = "primary", names = {"wood", "body", "case", "top"}},
    {"drawers", "wood", color = "#a87244", role = "secondary", names = {"drawers", "drawer", "fronts"}},
    {"knobs", "brass", color = "#c8a050", role = "detail", names = {"knobs", "knob", "handles", "handle", "pulls"}},
  },
  points = {"top"},
  build = function(k)
    local W, D, H = k.p.width, 480, 900
    local feet_h = 80
    local body, fx = F.case(D, H - feet_h - 30, W, feet_h, 4)
    local top = box(D + 30, 30, W + 40, 6):move(15, H - 15, 0)
    local feet = {}
    for _, s in ipairs({-1, 1}) do
      for _, sx in ipairs({-1, 1}) do
        feet[#feet + 1] = box(70, feet_h + 6, 70, 8):move(sx * (D / 2 - 35), (feet_h + 6) / 2, s * (W / 2 - 35))
      end
    end
    local plinth = box(D + 10, 40, W + 10, 4):move(5, feet_h + 20, 0)
    local rows = {}
    local n = math.floor(k.p.rows)
    for i = 1, n do rows[i] = 1 end
    rows[n + 1] = 2
    local style = k.pick({"pair", "bar"})
    local fronts, knobs = F.drawers(fx, feet_h + 40, H - 30, W / 2, rows, 20, style, 10)
    k.attach("top", {0, H, 0}, math.min(W, D) * 0.5)
    return (body + top + union(feet) + plinth):part("wood") + fronts:part("drawers") + knobs:part("knobs")
  end,
}
