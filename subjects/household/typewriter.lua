-- A vintage typewriter: a glossy black body sloping up from the front,
-- four stepped rows of round keys with bright rims, raised on their levers,
-- and a space bar before them; two round ribbon-spool covers on the deck;
-- and on top at the back the carriage: a long black platen roller with a
-- knob at each end, a sheet of paper standing up out of it against its paper
-- rest, and the carriage-return lever on the left. The typist sits at +X.
return {
  id = "typewriter",
  names = {"typewriter", "type writer", "vintage typewriter", "old typewriter", "manual typewriter",
           "antique typewriter", "retro typewriter", "typewritter"},
  lvis = {"typewriter"},
  family = "household",
  size_mm = 260,
  description = "A vintage manual typewriter with round keys and a sheet of paper",
  params = {paper = {165, 185}, carriage = {-30, 30}},
  parts = {
    {"body", "paint", color = "#17171a", role = "primary", names = {"body", "case", "frame", "machine"}},
    {"trim", "steel", color = "#c8ccd2", role = "secondary", names = {"trim", "chrome", "metal", "rims", "knobs", "lever", "spools"}},
    {"keys", "plastic", color = "#f2ecd8", role = "detail", names = {"keys", "keycaps", "key caps", "buttons"}},
    {"roller", "rubber", color = "#1e1e20", role = "detail", names = {"roller", "platen", "cylinder"}},
    {"paper", "paper", color = "#f8f6ee", role = "detail", names = {"paper", "sheet", "page"}},
  },
  points = {"top"},
  build = function(k)
    local W = 300
    -- The body in side view: low at the front, rising to the deck and
    -- dropping square at the back.
    local D = 104
    local body = extrude({{150, 0}, {150, 20}, {128, 30}, {40, 88}, {-30, D - 2}, {-120, D}, {-140, D - 10}, {-140, 0}}, W, 10)
    -- a shallow well in the deck where the type bars fan out
    body = subtract(body, cylinder(68, 40):stretch(0.8, 1, 1):move(-18, D - 12, 0))
    -- Four rows of keys stepping up the front; each row is one key repeated.
    local keys, rims, stalks = empty(), empty(), empty()
    local pitch = 25
    for r = 0, 3 do
      local x = 136 - r * 24
      local deck = 30 + (128 - x) * 0.66
      local y = deck + 16 + r * 2
      local n = 11 - (r == 0 and 1 or 0) - (r == 3 and 1 or 0)
      local z0 = -(n - 1) * pitch / 2 + (r % 2) * 5
      local cap = cylinder(7.5, 5, 1.5):move(0, y, 0)
      local rim = torus(8.2, 2.2):move(0, y + 4, 0)
      keys = keys + array(cap, n, 0, 0, pitch):move(x, 0, z0)
      rims = rims + array(rim, n, 0, 0, pitch):move(x, 0, z0)
      -- the stalks of a row dive back into the body together
      stalks = stalks + box(4, 24, (n - 1) * pitch + 4, 1.5):rotz(35):move(x - 6, y - 9, z0 + (n - 1) * pitch / 2)
    end
    -- the space bar on two arms in front of the first row
    local bar = box(9, 7, 180, 3):move(156, 34, 0)
    local arms = box(26, 4, 6, 1):rotz(-30):move(146, 28, -70) + box(26, 4, 6, 1):rotz(-30):move(146, 28, 70)
    -- a bright strip along the foot of the front
    local strip = box(4, 8, W - 30, 2):move(150, 10, 0)
    -- ribbon spool covers either side of the deck
    local spools = cylinder(28, 30, 4):move(-40, D - 4, -108) + cylinder(28, 30, 4):move(-40, D - 4, 108)
    -- The carriage: a rail on two posts, the platen roller over it with a
    -- knob at each end, and the return lever on the left.
    local shift = k.p.carriage
    local px, py, pr = -92, D + 42, 24
    local L = 360
    local rail = box(38, 14, L + 60, 4):move(px + 6, D + 10, shift) + box(30, 30, 30, 4):move(px + 10, D, 0)
    local posts = box(36, 30, 14, 3):move(px + 4, D + 22, shift - L / 2 - 14) + box(36, 30, 14, 3):move(px + 4, D + 22, shift + L / 2 + 14)
    local platen = cylinder(pr, L):move(0, -L / 2, 0):rotx(90):move(px, py, shift)
    local knobs = empty()
    for _, s in ipairs({-1, 1}) do
      knobs = knobs + cylinder(19, 16, 4):move(0, -8, 0):rotx(90):move(px, py, shift + s * (L / 2 + 14))
      knobs = knobs + cylinder(10, 30):move(0, -15, 0):rotx(90):move(px, py, shift + s * (L / 2 + 4))
    end
    local lever = tube({{px + 10, py + 18, shift + L / 2 + 6}, {px + 45, py + 34, shift + L / 2 + 14},
                        {px + 95, py + 40, shift + L / 2 + 18}}, 4) + sphere(8):move(px + 97, py + 40, shift + L / 2 + 18)
    -- the paper rest behind the roller, and the sheet rising from the roller
    local rest = box(6, 110, L - 40, 3):rotz(26):move(px - 40, py + 38, shift)
    local ph = k.p.paper
    local paper = box(5, ph, 215, 1):move(0, ph / 2, 0):rotz(22):move(px - pr * 0.55, py + pr * 0.6, shift)
    k.attach("top", {px, py + pr, 0}, 120)
    return union((body + stalks + bar + arms + rail + posts + rest):part("body"),
                 (rims + spools + knobs + lever + strip):part("trim"), keys:part("keys"), platen:part("roller"), paper:part("paper"))
      :roty(-8)
  end,
}
