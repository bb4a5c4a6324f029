-- A toaster: a rounded steel box with two bread slots on top, a lever and
-- a dial on the front, on a dark base; often with two slices of toast
-- popping up.
return {
  id = "toaster",
  names = {"toaster", "pop up toaster", "popup toaster", "bread toaster", "electric toaster",
           "tosater", "toster"},
  lvis = {"toaster"},
  family = "kitchen",
  size_mm = 200,
  description = "A two-slot toaster",
  params = {toast = {0, 1}},
  parts = {
    {"body", "steel", color = "#c8ccd2", role = "primary", names = {"body", "case", "shell"}},
    {"trim", "plastic", color = "#1e1e22", role = "secondary", names = {"trim", "base", "lever", "knob", "dial"}},
    {"toast", "food", color = "#c88a40", role = "detail", names = {"toast", "bread", "slices"}},
  },
  points = {"top"},
  build = function(k)
    local w, d, h = 280, 160, 180
    -- Slots run along X (the long side faces the viewer along Z).
    local body = box(w, h, d, 30):move(0, h / 2 + 12, 0)
    local slots = {}
    for _, z in ipairs({-32, 32}) do
      slots[#slots + 1] = box(w - 70, 80, 16, 6):move(0, h + 12, z)
    end
    body = subtract(body, union(slots))
    local base = box(w + 6, 16, d + 6, 6):move(0, 8, 0)
    -- Lever on the right end (+X) and a dial.
    local lever = box(12, 60, 30, 4):move(w / 2 + 2, h * 0.75, 0) + box(30, 14, 34, 5):move(w / 2 + 18, h * 0.75, 0)
    local dial = cylinder(14, 10):rotz(-90):move(w / 2, h * 0.35, 0)
    local shape = body:part("body") + (base + lever + dial):part("trim")
    if k.p.toast > 0.35 then
      local toast = {}
      for _, z in ipairs({-32, 32}) do
        local slice = smooth(20, box(w - 90, 110, 10, 4), sphere(40):stretch(1.6, 1, 0.125):move(0, 45, 0))
        toast[#toast + 1] = slice:move(0, h + 12 - 40, z)
      end
      shape = shape + union(toast):part("toast")
    end
    k.attach("top", {0, h + 12, 0}, d)
    return shape
  end,
}
