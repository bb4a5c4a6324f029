-- A hanging bird feeder: a wooden seed tray with a low rim, a hopper of
-- seed behind open windows, a pitched roof with deep eaves and a rope loop
-- at the ridge to hang it by. "bird table" stands it on a post.
return {
  id = "bird_feeder",
  names = {"bird feeder", "birdfeeder", "seed feeder", "hanging bird feeder", "hopper feeder", "wooden bird feeder",
           "garden bird feeder"},
  lvis = {"birdfeeder"},
  family = "buildings",
  size_mm = 320,
  description = "A hanging wooden bird feeder with a roof and seed",
  params = {w = {190, 210}, h = {120, 140}, pitch = {26, 32}},
  parts = {
    {"frame", "wood", color = "#c89a62", role = "primary", names = {"frame", "tray", "feeder", "walls"}},
    {"roof", "wood", color = "#6a4a32", role = "secondary", names = {"roof"}},
    {"seed", "food", color = "#c89a48", role = "detail", names = {"seed", "seeds", "birdseed", "bird seed", "sunflower seeds"}},
    {"rope", "fabric", color = "#b8a078", role = "detail", names = {"rope", "loop", "chain", "hanger", "post", "perch", "perches"}},
  },
  variants = {
    table = {names = {"bird table", "bird feeding table", "feeding station", "bird feeder on a pole"}, size_mm = 1500},
  },
  points = {"top"},
  build = function(k)
    local w, h = k.p.w, k.p.h
    local hw = w / 2
    local tray_t, rim = 12, 16
    local shape = box(w, tray_t, w, 2):move(0, tray_t / 2, 0)
    -- Rim boards round the tray, a gap at each corner to let rain out.
    for _, s in ipairs({-1, 1}) do
      shape = shape + box(w * 0.8, rim, 8, 1.5):move(0, tray_t + rim / 2 - 2, s * (hw - 4))
      shape = shape + box(8, rim, w * 0.8, 1.5):move(s * (hw - 4), tray_t + rim / 2 - 2, 0)
    end
    -- The hopper: corner posts and a top plate, open windows showing the seed.
    local ph = h
    local hp = w * 0.32
    local seed = box(hp * 2 - 6, ph, hp * 2 - 6, 3):move(0, tray_t + ph / 2, 0)
    local frame = empty()
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do
        frame = frame + box(12, ph, 12, 1.5):move(sx * hp, tray_t + ph / 2, sz * hp)
      end
    end
    -- window sills and head rails
    for _, s in ipairs({-1, 1}) do
      frame = frame + box(hp * 2 + 12, 12, 8, 1):move(0, tray_t + ph - 6, s * hp)
      frame = frame + box(8, 12, hp * 2 + 12, 1):move(s * hp, tray_t + ph - 6, 0)
      frame = frame + box(hp * 2 + 12, 10, 8, 1):move(0, tray_t + 22, s * hp)
      frame = frame + box(8, 10, hp * 2 + 12, 1):move(s * hp, tray_t + 22, 0)
    end
    shape = shape + frame
    -- Seed spilled in heaps onto the tray round the hopper.
    local heaps = {}
    for i = 0, 7 do
      local a = math.rad(i * 45 + 22)
      local r = hp + (hw - hp) * 0.5
      heaps[#heaps + 1] = ellipsoid(w * 0.12, 26, w * 0.12):move(math.cos(a) * r, tray_t + 6, math.sin(a) * r)
    end
    local spill = union(table.unpack(heaps)):noise(4, 12)
    spill = intersect(spill, box(w - 16, 40, w - 16):move(0, tray_t + 20, 0))
    shape = shape + (seed:noise(3, 10) + spill):part("seed")
    -- Perches: dowels out past the tray on two sides.
    for _, s in ipairs({-1, 1}) do
      shape = shape + cylinder(4.5, w + 70):move(0, -(w + 70) / 2, 0):rotz(90):move(0, tray_t + 10, s * (hw - 36)):part("rope")
    end
    -- Pitched roof, ridge along Z, deep eaves beyond the tray.
    local y0 = tray_t + ph
    local pitch = math.rad(k.p.pitch)
    local half = (hw + 28) / math.cos(pitch)
    local rise = (hw + 28) * math.tan(pitch)
    local roof = empty()
    for _, s in ipairs({-1, 1}) do
      roof = roof + box(half, 13, w + 50, 2):move(-s * half / 2, 0, 0):rotz(s * k.p.pitch):move(0, y0 + rise - 10, 0)
    end
    local gx = hp + 6
    local gh = rise - 10 - gx * math.tan(pitch) + 4
    local gable = extrude({{-gx, 0}, {gx, 0}, {gx, gh}, {0, gh + gx * math.tan(pitch)}, {-gx, gh}}, hp * 2 + 6)
    roof = roof + gable:move(0, y0 - 2, 0):part("frame")
    roof = roof + cylinder(7, w + 56):move(0, -(w + 56) / 2, 0):rotx(90):move(0, y0 + rise - 4, 0)
    shape = shape + roof:part("roof")
    -- A rope loop at the ridge.
    local top = y0 + rise + 3
    if k.variant ~= "table" then
      local loop = torus(26, 4):rotx(90):move(0, top + 22, 0)
      local eye = cylinder(6, 10):move(0, top - 4, 0)
      shape = shape + (loop + eye):part("rope")
    end
    local total = top + 52
    local post_h = 0
    if k.variant == "table" then
      post_h = 900
      shape = shape:scale(1.8):move(0, post_h, 0)
      total = total * 1.8
      shape = shape + (cylinder(26, post_h + 4) + box(40, 30, 160, 3):move(0, post_h - 40, 0)):part("rope")
      shape = shape + (box(220, 24, 40, 3):move(0, 12, 0) + box(40, 24, 220, 3):move(0, 12, 0)):part("rope")
      total = total + post_h
    end
    k.attach("top", {0, total, 0}, w * 0.3)
    return shape:roty(25)
  end,
}
