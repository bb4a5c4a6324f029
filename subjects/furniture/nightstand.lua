-- A nightstand (bedside table): a small cabinet with a drawer over an
-- open shelf (or a second drawer), on tapered legs. Front faces +X.
local F = use("furniture")

return {
  id = "nightstand",
  names = {"nightstand", "night stand", "bedside table", "bedside cabinet", "night table", "bedside stand",
           "nighttable", "nite stand", "nightstnad"},
  lvis = {"nightstand"},
  family = "furniture",
  size_mm = 600,
  description = "A nightstand with a drawer and a shelf",
  params = {width = {450, 520}, open = {0, 1}},
  parts = {
    {"wood", "wood", color = "#8a5a34", role = "primary", names = {"wood", "body", "case", "top", "legs"}},
    {"drawers", "wood", color = "#c4945e", role = "secondary", names = {"drawers", "drawer", "fronts"}},
    {"knobs", "brass", color = "#c8a050", role = "detail", names = {"knobs", "knob", "handles", "handle"}},
  },
  points = {"top"},
  build = function(k)
    local W, D, H = k.p.width, 400, 600
    local leg_h = 160
    local case_h = H - leg_h
    local open = k.p.open > 0.5
    local body
    if open then
      body = subtract(box(D, case_h, W, 4), box(D, case_h * 0.45, W - 36):move(30, -case_h * 0.18, 0)):move(0, leg_h + case_h / 2, 0)
    else
      body = box(D, case_h, W, 4):move(0, leg_h + case_h / 2, 0)
    end
    local top = box(D + 16, 22, W + 16, 5):move(6, H + 8, 0)
    local legs = F.four_legs(D / 2 - 30, W / 2 - 30, leg_h + 4, 18, 11, "square")
    local rows = open and {1} or {1, 1}
    local y0 = open and leg_h + case_h * 0.54 or leg_h
    local fronts, knobs = F.drawers(D / 2, y0, H, W / 2, rows, 14, "knob", 6)
    k.attach("top", {0, H + 19, 0}, math.min(W, D) * 0.5)
    return (body + top + legs):part("wood") + fronts:part("drawers") + knobs:part("knobs")
  end,
}
