-- A skateboard: a long deck with kicked-up nose and tail, grip tape on top,
-- two trucks and four small wheels.
local V = use and use("vehicle")

return {
  id = "skateboard",
  names = {"skateboard", "skatebord", "skatboard", "skate board", "longboard", "skate deck", "penny board", "cruiser board"},
  lvis = {"skateboard"},
  family = "vehicles",
  size_mm = 110,
  description = "A skateboard with four wheels",
  params = {len = {780, 820}},
  parts = {
    {"deck", "wood", color = "#c8863e", role = "primary", names = {"deck", "board", "body"}},
    {"grip", "rubber", color = "#222226", role = "secondary", names = {"grip", "grip tape", "top"}},
    {"wheels", "plastic", color = "#f0e6c8", role = "detail", names = {"wheels", "wheel"}},
    {"trucks", "steel", color = "#b8bcc4", role = "detail", names = {"trucks", "axles"}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local W = L * 0.26
    local t = 12
    local r = 27
    local y0 = r * 2 + 26
    -- the deck in side profile: flat middle, kicked-up ends
    local half = L / 2
    local kick = 55
    local pts = {}
    local n = 8
    local function yk(x)
      local ax = math.abs(x)
      if ax < half - 120 then return 0 end
      local u = (ax - (half - 120)) / 120
      return kick * u * u
    end
    local top, bot = {}, {}
    for i = 0, 24 do
      local x = -half + L * i / 24
      top[#top + 1] = {x, y0 + yk(x) + t}
      bot[#bot + 1] = {x, y0 + yk(x)}
    end
    local outline = {}
    for i = 1, #bot do outline[#outline + 1] = bot[i] end
    for i = #top, 1, -1 do outline[#outline + 1] = top[i] end
    local deck = extrude(outline, W, 4)
    -- round the ends in plan
    local plan = capsule({-half + W / 2, 0, 0}, {half - W / 2, 0, 0}, W / 2):stretch(1, 100, 1)
    deck = intersect(deck, plan)
    local grip = intersect(extrude(outline, W - 6, 4):move(0, 1.5, 0), plan:scale(0.99))
    grip = grip - extrude(outline, W + 10):move(0, -t + 1.5, 0)
    local shape = deck:part("deck") + grip:part("grip")
    for _, x in ipairs({-half + 150, half - 150}) do
      local base = V.block(x - 22, y0 - 12, -24, x + 22, y0, 24, 3)
      local hanger = V.block(x - 10, r + 4, -W * 0.42, x + 10, y0 - 10, W * 0.42, 6) * V.block(x - 20, 0, -W, x + 20, y0, W)
      local axle = capsule({x, r, -W * 0.52}, {x, r, W * 0.52}, 5)
      shape = shape + (base + hanger + axle):part("trucks")
      for _, sz in ipairs({-1, 1}) do
        shape = shape + cylinder(r, 30, 7):move(0, -15, 0):rotx(90):move(x, r, sz * (W * 0.5 + 4)):part("wheels")
      end
    end
    k.attach("top", {0, y0 + t, 0}, W)
    return shape
  end,
}
