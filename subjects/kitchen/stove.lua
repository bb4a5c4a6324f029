-- A stove (cooker, range): a kitchen range with four burners and grates
-- on the hob, a back panel with knobs, and an oven door with a window and a
-- long handle below. Front faces +X.
return {
  id = "stove",
  names = {"stove", "cooker", "gas cooker", "electric cooker", "kitchen cooker", "kitchen stove", "range", "kitchen range", "cooking range", "oven", "gas stove",
           "electric stove", "range cooker", "stove top", "stovetop oven", "stov"},
  lvis = {"stove", "oven"},
  family = "kitchen",
  size_mm = 950,
  description = "A kitchen stove with burners and an oven door",
  params = {w = {600, 760}},
  parts = {
    {"body", "steel", color = "#d8dadc", role = "primary", names = {"body", "case"}},
    {"hob", "iron", color = "#55585c", role = "secondary", names = {"hob", "burners", "grates", "top", "cooktop"}},
    {"window", "gloss", color = "#1a1c1e", role = "detail", names = {"window", "door", "glass", "oven door"}},
    {"knobs", "plastic", color = "#2a2a2e", role = "detail", names = {"knobs", "knob", "handle", "controls"}},
  },
  points = {"top"},
  build = function(k)
    local W, D, H = k.p.w, 620, 900
    local body = box(D, H - 20, W, 8):move(0, 10 + (H - 20) / 2, 0)
    local hob = box(D, 20, W, 4):move(0, H - 6, 0)
    local grates = {}
    for _, x in ipairs({-D * 0.22, D * 0.22}) do
      for _, z in ipairs({-W * 0.24, W * 0.24}) do
        grates[#grates + 1] = cylinder(W * 0.13, 14):move(x, H, z) + torus(W * 0.17, 5):move(x, H + 16, z)
          + box(W * 0.36, 8, 10):move(x, H + 16, z) + box(10, 8, W * 0.36):move(x, H + 16, z)
      end
    end
    local back = box(60, 140, W, 8):move(-D / 2 + 30, H + 70, 0)
    local knobs = {}
    for i = -2, 2 do knobs[#knobs + 1] = cylinder(18, 24):rotz(-90):move(-D / 2 + 60, H + 70, i * W * 0.17) end
    local fx = D / 2
    local door = box(16, H * 0.55, W - 50, 8):move(fx + 4, 90 + H * 0.275, 0)
    local window = box(8, H * 0.28, W * 0.6, 6):move(fx + 10, 90 + H * 0.3, 0)
    local handle = capsule({fx + 40, 90 + H * 0.52, -W * 0.38}, {fx + 40, 90 + H * 0.52, W * 0.38}, 10)
      + capsule({fx + 10, 90 + H * 0.52, -W * 0.36}, {fx + 40, 90 + H * 0.52, -W * 0.36}, 7)
      + capsule({fx + 10, 90 + H * 0.52, W * 0.36}, {fx + 40, 90 + H * 0.52, W * 0.36}, 7)
    local drawer = box(12, 60, W - 50, 6):move(fx + 2, 50, 0)
    k.attach("top", {D * 0.1, H + 24, 0}, W * 0.6)
    return (body + door + drawer):part("body") + hob:part("hob") + window:part("window")
      + (union(knobs) + handle + back + union(grates)):part("knobs")
  end,
}
