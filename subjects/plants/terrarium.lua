-- A terrarium: a small glass case in a slim black metal frame, showing its
-- layers through the glass (grey gravel, dark soil, green moss) with a little
-- fern, a succulent rosette and a spiky plant growing from the moss, and a
-- pebble. "globe" is a round glass bubble with a mouth cut at the top front.
-- A small green frog sits on the moss when asked for.
local function leafy(at, n, len, wid, tilt, spin)
  local out = {}
  for i = 0, n - 1 do
    out[#out + 1] = leaf(len, wid, 3, 1):rotx(tilt):roty(spin + 360 * i / n):move(at[1], at[2], at[3])
  end
  return union(out)
end

return {
  id = "terrarium",
  names = {"terrarium", "glass terrarium", "plant terrarium", "moss terrarium", "vivarium", "bottle garden",
           "succulent terrarium", "mini garden terrarium", "terrarum"},
  lvis = {},
  family = "plants",
  size_mm = 220,
  description = "A glass terrarium with soil, moss and small plants",
  params = {spin = {0, 40}, fern_h = {80, 92}},
  parts = {
    {"frame", "iron", color = "#26272a", role = "primary", names = {"frame", "edges", "rim"}},
    {"plants", "plant", color = "#2f8a3c", role = "secondary", names = {"plants", "fern", "succulent", "leaves", "greenery"}},
    {"glass", "glass", color = "#dcece8", role = "detail", names = {"case", "box", "tank", "enclosure", "container", "bubble", "dome"}},
    {"soil", "clay", color = "#4a3222", role = "detail", names = {"soil", "earth", "dirt"}},
    {"gravel", "stone", color = "#8c8276", role = "detail", names = {"gravel", "pebbles", "stones", "rocks", "sand"}},
    {"moss", "plant", color = "#6a9a2e", role = "detail", names = {"moss"}},
    {"frog", "skin", color = "#4cb03a", role = "detail", names = {"frog", "tree frog"}},
    {"eyes", "gloss", color = "#141414", role = "fixed"},
  },
  variants = {
    globe = {names = {"globe terrarium", "terrarium globe", "bubble terrarium", "round terrarium", "glass globe terrarium"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local globe = k.variant == "globe"
    local t = 3
    local glass, frame, cavity
    local W, D, H = 190, 150, 150
    local cx, cz = 0, 0
    local R, cy = 110, 100
    if globe then
      -- A glass bubble on a flattened foot with its mouth at the top front.
      local outer = intersect(sphere(R):move(0, cy, 0), box(3 * R, 2 * R, 3 * R):move(0, R, 0))
      cavity = intersect(sphere(R - t):move(0, cy, 0), box(3 * R, 2 * R, 3 * R):move(0, R + t, 0))
      local mouth = cylinder(R * 0.52, R):move(0, R * 0.55, 0):rotz(-35):rotx(25):move(0, cy, 0)
      glass = subtract(outer, cavity, mouth)
      local lip = intersect(subtract(sphere(R + 1.5):move(0, cy, 0), sphere(R - t - 1.5):move(0, cy, 0)),
        subtract(cylinder(R * 0.52 + 5, R):move(0, R * 0.55, 0), cylinder(R * 0.52, R * 1.2):move(0, R * 0.45, 0))
          :rotz(-35):rotx(25):move(0, cy, 0))
      frame = lip
      H = cy + R
    else
      -- A glass box with an open top, every edge in a slim metal bar.
      glass = subtract(box(W, H, D), box(W - 2 * t, H, D - 2 * t):move(0, t, 0)):move(0, H / 2, 0)
      cavity = box(W - 2 * t, H, D - 2 * t):move(0, H / 2 + t, 0)
      local b = 7
      local bars = {}
      for _, sx in ipairs({-1, 1}) do
        for _, sz in ipairs({-1, 1}) do
          bars[#bars + 1] = box(b, H, b, 1):move(sx * W / 2, H / 2, sz * D / 2)
        end
        for _, y in ipairs({b / 2, H - b / 2}) do
          bars[#bars + 1] = box(b, b, D + b, 1):move(sx * W / 2, y, 0)
          bars[#bars + 1] = box(W + b, b, b, 1):move(0, y, sx * D / 2)
        end
      end
      frame = union(bars)
    end
    -- Layers: gravel, soil, then the moss on top (each filling the floor).
    local function layer(y0, y1) return intersect(cavity, box(3 * W, y1 - y0, 3 * W):move(0, (y0 + y1) / 2, 0)) end
    local g1 = globe and 34 or 24
    local s1 = globe and 58 or 52
    local gravel = layer(0, g1 + 0.5):noise(2, 10)
    local soil = layer(g1, s1)
    -- Moss: lumpy cushions on the soil.
    local moss = {}
    local spots = {{-50, -30, 34}, {30, 30, 36}, {60, -40, 28}, {-20, 40, 30}, {-70, 30, 24}, {5, -5, 28}}
    for _, m in ipairs(spots) do
      -- the middle and front are left clear for what the prompt puts in it
      if not k.filled or m[2] < 0 then moss[#moss + 1] = ellipsoid(m[3], m[3] * 0.42, m[3] * 0.9):move(m[1], s1, m[2]) end
    end
    moss = intersect(union(moss):noise(2.5, 12), cavity)
    local top = s1 + 6
    -- A little fern: arching fronds from one crown.
    local fh = k.p.fern_h
    local plants = leafy({-45, top - 6, -25}, 8, fh, 24, 52, k.p.spin)
      + leafy({-45, top - 6, -25}, 4, fh * 0.8, 14, 12, k.p.spin + 45)
    -- With an animal in it, only the fern and the spiky plant at the back:
    -- the front is left clear for it.
    if k.filled then plants = plants + leafy({50, top - 6, -35}, 7, 78, 10, 16, k.p.spin + 10) end
    -- A succulent rosette.
    if not k.filled then plants = plants + leafy({45, top - 4, 25}, 9, 34, 20, 62, k.p.spin)
      + leafy({45, top - 2, 25}, 7, 24, 15, 35, k.p.spin + 30) + sphere(9):move(45, top + 4, 25)
    -- A spiky upright plant at the back right.
    plants = plants + leafy({50, top - 6, -35}, 7, 78, 10, 16, k.p.spin + 10)
    end
    -- Round leaves on thin stems.
    for i = 0, k.filled and -1 or 4 do
      local a = math.rad(k.p.spin + i * 72)
      local tip = {-60 + 30 * math.cos(a), top + 40 + 8 * (i % 2), 40 + 26 * math.sin(a)}
      plants = plants + tube({{-60, top - 6, 40}, {-60 + 12 * math.cos(a), top + 20, 40 + 10 * math.sin(a)}, tip}, 2)
        + cylinder(13, 3, 1.5):move(tip[1], tip[2], tip[3])
    end
    plants = intersect(plants, cavity)
    -- A grey pebble half sunk in the moss.
    local pebble = ellipsoid(16, 10, 13):noise(1, 8):move(-5, s1 + 2, 45)
    gravel = gravel + pebble
    local frog = empty()
    local eyes = empty()
    if k.asked.frog and not k.filled then
      local fx, fz = 10, 10
      local fy = s1 + 12
      frog = smooth(5, ellipsoid(16, 11, 13):move(0, 0, 0), ellipsoid(11, 9, 12):move(13, 6, 0),
        ellipsoid(9, 5, 4):rotx(30):move(-4, -6, 12):mirror("z"),
        ellipsoid(5, 4, 6):move(14, 12, 6):mirror("z"))
      frog = frog:move(fx, fy, fz)
      eyes = sphere(3):move(fx + 17, fy + 13, fz + 7) + sphere(3):move(fx + 17, fy + 13, fz - 7)
    end
    k.attach("inside", {10, s1, 15}, k.filled and 150 or 80)
    k.attach("top", {0, H, 0}, globe and 90 or W * 0.6)
    local shape = glass:part("glass") + frame:part("frame") + gravel:part("gravel") + soil:part("soil")
      + moss:part("moss") + plants:part("plants") + frog:part("frog") + eyes:part("eyes")
    return shape:roty(-10)
  end,
}
