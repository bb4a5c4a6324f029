-- A licence plate: a rounded rectangular plate with a raised rim, raised
-- blocky characters and two screw holes along the top, standing a little
-- leant back in a low display stand. Variant: the long European plate with
-- a blue band at the left.
local glyphs = {
  -- strokes on a 6 x 10 cell (x right, y up); each stroke a polyline
  A = {{{0, 0}, {0, 7}, {3, 10}, {6, 7}, {6, 0}}, {{0, 4.5}, {6, 4.5}}},
  B = {{{0, 0}, {0, 10}, {4.3, 10}, {5.8, 8.6}, {5.8, 6.5}, {4.3, 5.2}, {0, 5.2}}, {{4.3, 5.2}, {6, 3.7}, {6, 1.5}, {4.5, 0}, {0, 0}}},
  C = {{{6, 8.6}, {4.6, 10}, {1.4, 10}, {0, 8.6}, {0, 1.4}, {1.4, 0}, {4.6, 0}, {6, 1.4}}},
  D = {{{0, 0}, {0, 10}, {3.8, 10}, {6, 7.8}, {6, 2.2}, {3.8, 0}, {0, 0}}},
  E = {{{6, 10}, {0, 10}, {0, 0}, {6, 0}}, {{0, 5.2}, {4.6, 5.2}}},
  H = {{{0, 0}, {0, 10}}, {{6, 0}, {6, 10}}, {{0, 5.2}, {6, 5.2}}},
  K = {{{0, 0}, {0, 10}}, {{6, 10}, {0.4, 4.6}}, {{2.4, 6.2}, {6, 0}}},
  L = {{{0, 10}, {0, 0}, {6, 0}}},
  N = {{{0, 0}, {0, 10}, {6, 0}, {6, 10}}},
  P = {{{0, 0}, {0, 10}, {4.5, 10}, {6, 8.5}, {6, 6.2}, {4.5, 4.7}, {0, 4.7}}},
  R = {{{0, 0}, {0, 10}, {4.5, 10}, {6, 8.5}, {6, 6.2}, {4.5, 4.7}, {0, 4.7}}, {{3, 4.7}, {6, 0}}},
  T = {{{0, 10}, {6, 10}}, {{3, 10}, {3, 0}}},
  X = {{{0, 10}, {6, 0}}, {{0, 0}, {6, 10}}},
  ["0"] = {{{1.4, 0}, {0, 1.4}, {0, 8.6}, {1.4, 10}, {4.6, 10}, {6, 8.6}, {6, 1.4}, {4.6, 0}, {1.4, 0}}},
  ["1"] = {{{1, 7.8}, {3.4, 10}, {3.4, 0}}, {{0.8, 0}, {6, 0}}},
  ["2"] = {{{0, 8.4}, {1.6, 10}, {4.4, 10}, {6, 8.4}, {6, 6.4}, {0, 0.6}, {0, 0}, {6, 0}}},
  ["3"] = {{{0, 10}, {6, 10}, {2.6, 5.8}, {4.4, 5.8}, {6, 4.2}, {6, 1.5}, {4.5, 0}, {1.4, 0}, {0, 1.4}}},
  ["4"] = {{{4.6, 0}, {4.6, 10}, {0, 3}, {6, 3}}},
  ["5"] = {{{6, 10}, {0.4, 10}, {0, 5.6}, {4.4, 5.8}, {6, 4.2}, {6, 1.5}, {4.5, 0}, {1.4, 0}, {0, 1.4}}},
  ["6"] = {{{5.6, 9.4}, {4.4, 10}, {1.6, 10}, {0, 8.4}, {0, 1.5}, {1.5, 0}, {4.5, 0}, {6, 1.5}, {6, 4.2}, {4.5, 5.6}, {1.5, 5.6}, {0, 4.2}}},
  ["7"] = {{{0, 10}, {6, 10}, {6, 8.8}, {2.2, 0}}},
  ["8"] = {{{1.5, 5.3}, {0.2, 6.6}, {0.2, 8.7}, {1.5, 10}, {4.5, 10}, {5.8, 8.7}, {5.8, 6.6}, {4.5, 5.3}, {1.5, 5.3},
            {0, 3.8}, {0, 1.4}, {1.4, 0}, {4.6, 0}, {6, 1.4}, {6, 3.8}, {4.5, 5.3}}},
  ["9"] = {{{0.4, 0.6}, {1.6, 0}, {4.4, 0}, {6, 1.6}, {6, 8.5}, {4.5, 10}, {1.5, 10}, {0, 8.5}, {0, 5.8}, {1.5, 4.4}, {4.5, 4.4}, {6, 5.8}}},
}

-- The characters of `text`, raised strokes of radius r, `cw` wide and `ch`
-- tall, on the plane z = 0, centred on x = 0 (y = 0 is the baseline).
local function lettering(text, cw, ch, advance, gap, r)
  local sx, sy = cw / 6, ch / 10
  local width = 0
  for i = 1, #text do width = width + (text:sub(i, i) == " " and gap or advance) end
  width = width - (advance - cw)
  local x = -width / 2
  local strokes = {}
  for i = 1, #text do
    local c = text:sub(i, i)
    if c == " " then
      x = x + gap
    else
      for _, line in ipairs(glyphs[c] or {}) do
        local pts = {}
        for _, p in ipairs(line) do pts[#pts + 1] = {x + p[1] * sx, p[2] * sy, 0} end
        strokes[#strokes + 1] = polyline(pts, r)
      end
      x = x + advance
    end
  end
  return union(strokes)
end

return {
  id = "license_plate",
  names = {"license plate", "licence plate", "number plate", "registration plate", "car plate", "license tag",
           "car number plate", "car license plate", "vehicle registration plate", "vehicle plate",
           "licens plate", "lisence plate", "liscense plate", "numberplate", "licenseplate", "reg plate"},
  lvis = {"license_plate"},
  family = "vehicles",
  size_mm = 170,
  description = "A car licence plate on a little stand",
  params = {lean = {7, 11}, text = {1, 4.99}},
  parts = {
    {"plate", "paint", color = "#f4f3ec", role = "primary", names = {"plate", "background", "face", "metal"}},
    {"characters", "paint", color = "#1b1f2e", role = "secondary", names = {"characters", "letters", "numbers", "text",
                                                                           "digits", "numerals", "lettering", "registration"}},
    {"rim", "paint", color = "#1b1f2e", role = "detail", names = {"rim", "border", "edge", "frame"}},
    {"band", "paint", color = "#1f45a8", role = "detail", names = {"band", "eu band", "blue band", "flag", "strip"}},
    {"stand", "plastic", color = "#26262a", role = "detail", names = {"stand", "base", "holder"}},
  },
  variants = {
    european = {names = {"european license plate", "european licence plate", "european number plate", "eu license plate",
                         "eu number plate", "eu licence plate", "euro plate", "uk number plate", "british number plate",
                         "german license plate", "german number plate", "french license plate"},
                size_mm = 120},
  },
  points = {"top"},
  build = function(k)
    local eu = k.variant == "european"
    -- width (along x here), height, and a thickness kept to 2% of the width
    -- so the plate stays solid when meshed
    local W, H, T = 305, 152, 6
    if eu then W, H, T = 520, 112, 10 end
    local texts = eu and {"AB12 CDE", "B KL 482", "HN 703 TX", "PR 56 FXT"} or {"ABC 123", "KLN 482", "TXR 705", "HPE 936"}
    local text = texts[math.floor(k.p.text)]
    -- Built facing +Z, the characters reading along +X, then turned to face +X.
    local plate = box(W, H, T, 2):move(0, 0, -T / 2)
    local inner = box(W - 16, H - 16, 2 * T + 10, 6)
    local rim = subtract(box(W, H, T + 3, 2.5):move(0, 0, -T / 2 + 1.5), inner)
    -- Two screw holes near the top edge (through, so they show dark).
    local sx, sy = eu and W * 0.3 or 89, eu and H / 2 - 13 or H / 2 - 16
    local holes = union(cylinder(4.5, 30):move(0, -15, 0):rotx(90):move(-sx, sy, 0),
                        cylinder(4.5, 30):move(0, -15, 0):rotx(90):move(sx, sy, 0))
    local ring = union(torus(6.5, 1.4):rotx(90):move(-sx, sy, 0), torus(6.5, 1.4):rotx(90):move(sx, sy, 0))
    local chars
    local band = nil
    if eu then
      chars = lettering(text, 34, 66, 44, 20, 3.8):move(22, -37, 0)
      band = box(44, H - 8, T + 1.6, 2):move(-W / 2 + 26, 0, -T / 2 + 0.8)
      -- the ring of stars, a few small dots, and the country letter
      local stars = {}
      for i = 0, 11 do
        local a = math.rad(i * 30)
        stars[#stars + 1] = sphere(3.2):move(-W / 2 + 26 + 12 * math.cos(a), 22 + 12 * math.sin(a), 0.8)
      end
      band = band + union(stars):part("plate")
    else
      chars = lettering(text, 30, 66, 39, 18, 3.9):move(0, -40, 0)
    end
    local shape = subtract(plate, holes):part("plate") + subtract(rim, holes):part("rim") + ring:part("rim")
      + chars:part("characters")
    if band then shape = shape + band:part("band") end
    -- Stand it up: face +X, leaning back, its bottom edge in a low stand.
    shape = shape:roty(90):move(0, H / 2, 0)
    shape = shape:rotz(k.p.lean):move(0, 8, 0)
    local stand = box(44 + T, 16, W * 0.7, 5):move(-4, 8, 0)
    shape = shape + stand:part("stand")
    k.attach("top", {0, H + 8, 0}, 40)
    return shape
  end,
}
