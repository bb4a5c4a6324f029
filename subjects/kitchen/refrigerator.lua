-- A refrigerator (fridge): a tall white cabinet with rounded edges, a
-- freezer door over a taller fridge door, long vertical handles and a
-- base grille. Front faces +X.
return {
  id = "refrigerator",
  names = {"refrigerator", "fridge", "freezer", "fridge freezer", "icebox", "refridgerator", "refrigirator", "frige",
           "kitchen fridge"},
  lvis = {"refrigerator"},
  family = "kitchen",
  size_mm = 1800,
  description = "A fridge freezer with two doors and handles",
  params = {w = {680, 760}},
  parts = {
    {"body", "plastic", color = "#f2f2f0", role = "primary", names = {"body", "doors", "door", "case"}},
    {"handles", "steel", color = "#b8bcc2", role = "secondary", names = {"handles", "handle"}},
    {"grille", "plastic", color = "#3a3c40", role = "detail", names = {"grille", "base", "vent"}},
  },
  variants = {
    steel = {names = {"stainless steel fridge", "steel fridge", "stainless fridge"}, colors = {body = "#c8ccd2", handles = "#2a2a2e"}},
    retro = {names = {"retro fridge", "vintage fridge", "smeg fridge", "50s fridge"}, size_mm = 1500,
             colors = {body = "#9ad0c8", handles = "#d8dce0"}},
  },
  points = {"top"},
  build = function(k)
    local W, D, H = k.p.w, 680, 1800
    local retro = k.variant == "retro"
    local r = retro and 90 or 25
    local body = box(D - 40, H - 60, W, r):move(-20, 60 + (H - 60) / 2, 0)
    local base = box(D - 60, 60, W - 20, 4):move(-20, 30, 0)
    local fx = D / 2 - 40
    local split = retro and H * 0.72 or H * 0.68
    local gap = 14
    local doors = box(40, split - 60 - gap, W - 10, retro and 60 or 18):move(fx + 10, 60 + (split - 60 - gap) / 2, 0)
      + box(40, H - split - gap, W - 10, retro and 60 or 18):move(fx + 10, split + (H - split) / 2, 0)
    local hz = -W / 2 + 60
    local handles = union(
      box(30, split * 0.4, 26, 10):move(fx + 45, split - 120 - split * 0.2, hz),
      box(30, (H - split) * 0.5, 26, 10):move(fx + 45, split + 80 + (H - split) * 0.25, hz))
    if retro then
      handles = union(box(60, 40, 140, 12):move(fx + 45, split - 160, hz + 60), box(60, 40, 140, 12):move(fx + 45, split + 120, hz + 60))
    end
    local slots = {}
    for i = -4, 4 do slots[#slots + 1] = box(8, 30, 40, 3):move(fx + 4, 30, i * 60) end
    k.attach("top", {0, H, 0}, math.min(W, D) * 0.7)
    return (body + doors):part("body") + handles:part("handles") + (base + union(slots)):part("grille")
  end,
}
