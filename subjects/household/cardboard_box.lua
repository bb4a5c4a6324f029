-- A cardboard box: a brown corrugated carton with its top flaps folded
-- open, a strip of tape, and printed marks.
return {
  id = "cardboard_box",
  names = {"cardboard box", "box", "carton", "moving box", "packing box", "open box", "empty box", "cardbox",
           "card board box", "amazon box", "cardboard carton"},
  lvis = {"box", "carton"},
  family = "household",
  size_mm = 300,
  description = "A brown cardboard box with open flaps",
  params = {w = {360, 440}, d = {300, 360}, h = {260, 320}},
  parts = {
    {"cardboard", "paper", color = "#b98a58", role = "primary", names = {"cardboard", "box", "body", "flaps"}},
    {"tape", "plastic", color = "#d8b880", role = "secondary", names = {"tape", "packing tape"}},
    {"print", "paint", color = "#2a2a2a", role = "detail", names = {"print", "label", "arrows", "marks"}},
  },
  variants = {
    closed = {names = {"parcel", "package", "sealed box", "closed box", "shipping box", "delivery box"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local w, d, h = k.p.w, k.p.d, k.p.h
    local closed = k.variant == "closed"
    local t = 12
    local shape
    local tape, print = {}, {}
    if closed then
      shape = box(d, h, w, 3):move(0, h / 2, 0)
      tape[#tape + 1] = box(60, 3, w + 2):move(0, h, 0) + box(60, 90, 3):move(0, h - 45, w / 2) + box(60, 90, 3):move(0, h - 45, -w / 2)
      k.attach("top", {0, h, 0}, math.min(w, d) * 0.8)
    else
      shape = subtract(box(d, h, w, 2), box(d - 2 * t, h, w - 2 * t):move(0, t, 0)):move(0, h / 2, 0)
      -- Four flaps folded out and down a little.
      local flaps = {}
      for _, s in ipairs({-1, 1}) do
        flaps[#flaps + 1] = box(t, d * 0.45, w - 4, 2):move(0, d * 0.225, 0):rotz(s * -70):move(s * d / 2, h, 0)
        flaps[#flaps + 1] = box(d - 4, w * 0.4, t, 2):move(0, w * 0.2, 0):rotx(s * 60):move(0, h, s * w / 2)
      end
      shape = shape + union(flaps)
      tape[#tape + 1] = box(60, 3, w + 2):move(0, 1.5, 0)
      k.attach("top", {0, h, 0}, math.min(w, d) * 0.8)
    end
    -- "This way up" arrows on the front (+X).
    for _, z in ipairs({-w * 0.22, -w * 0.12}) do
      print[#print + 1] = extrude({{-10, 0}, {10, 0}, {10, 30}, {20, 30}, {0, 50}, {-20, 30}, {-10, 30}}, 2)
        :roty(90):move(d / 2 + 0.5, h * 0.6, z)
    end
    print[#print + 1] = box(2, 40, 110):move(d / 2 + 0.5, h * 0.3, w * 0.15)
    -- Contents sit high in the box so they show over its rim.
    k.attach("inside", {0, closed and t or h * 0.6, 0}, math.min(w, d) - 2 * t)
    return shape:part("cardboard") + union(tape):part("tape") + union(print):part("print")
  end,
}
