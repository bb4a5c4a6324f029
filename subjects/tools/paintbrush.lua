-- A paintbrush: a long tapering painted wooden handle, a metal ferrule and a
-- flat tuft of bristles with paint on the tip, bristles up.
return {
  id = "paintbrush",
  names = {"paintbrush", "paint brush", "artist brush", "artist's brush", "paintbrushes", "painting brush"},
  lvis = {"paintbrush"},
  family = "tools",
  size_mm = 240,
  description = "A paintbrush",
  params = {len = {220, 250}},
  parts = {
    {"handle", "paint", color = "#d8302a", role = "primary", names = {"handle"}},
    {"ferrule", "silver", color = "#c8ccd2", role = "detail", names = {"ferrule", "metal"}},
    {"bristles", "fur", color = "#e8d8b8", role = "secondary", names = {"bristles", "hair", "brush"}},
    {"paint", "paint", color = "#2a68d8", role = "detail", names = {"paint", "tip"}},
  },
  build = function(k)
    local L = k.p.len
    local hl = L * 0.64
    local handle = lathe({{3, 0}, {4.5, 4}, {5.2, hl * 0.45}, {6.5, hl * 0.85}, {6, hl}})
    local ferrule = lathe({{6.2, hl - 2}, {7, hl + 6}, {7.5, hl + 26}, {7.8, hl + 28}})
    local bl = L - hl - 28
    local bristles = lathe({{7.2, 0}, {7.6, bl * 0.35}, {6, bl * 0.8}, {2, bl}}):stretch(1.25, 1, 0.6):move(0, hl + 26, 0)
    local paint = intersect(bristles:round(0.5), box(40, bl * 0.35, 40):move(0, hl + 26 + bl * 0.83, 0))
    return union(handle:part("handle"), ferrule:part("ferrule"), bristles:part("bristles"), paint:part("paint"))
  end,
}
