-- A milkshake: a tall flared soda-fountain glass on a short foot, filled
-- with thick shake that shows through the glass and drips over the rim,
-- crowned with a swirl of whipped cream, a cherry on top and a striped straw
-- leaning out. Chocolate, strawberry and vanilla are variants; a smoothie
-- has no cream.
return {
  id = "milkshake",
  names = {"milkshake", "milk shake", "shake", "milkshake glass", "thick shake", "thickshake", "malted milkshake", "malted milk", "ice cream shake", "frozen shake", "milkshake with a straw", "milk shake glass"},
  lvis = {"milkshake", "smoothie"},
  family = "food",
  size_mm = 240,
  description = "A milkshake in a tall glass with whipped cream, a cherry and a straw",
  params = {straw_lean = {12, 20}, straw_turn = {-40, 40}},
  parts = {
    {"shake", "food", color = "#f2a6b8", role = "primary", names = {"shake", "milkshake", "drink", "milk"}},
    {"cream", "food", color = "#fdfbf6", role = "secondary", names = {"cream", "whipped cream", "topping"}},
    {"glass", "glass", color = "#e4f0f4", role = "detail", names = {"cup"}},
    {"cherry", "glazed", color = "#c8141e", role = "detail", names = {"cherry"}},
    {"straw", "plastic", color = "#fafafa", role = "detail", names = {"straw"}},
    {"stripes", "plastic", color = "#d8202a", role = "detail", names = {"stripes", "stripe"}},
  },
  variants = {
    strawberry = {names = {"strawberry milkshake", "strawberry shake", "pink milkshake", "strawberry milk shake"},
                  colors = {shake = "#f2a6b8"}},
    chocolate = {names = {"chocolate milkshake", "chocolate shake", "chocolate milk shake", "chocolate malt"},
                 colors = {shake = "#7a4a2e"}},
    vanilla = {names = {"vanilla milkshake", "vanilla shake", "vanilla milk shake"},
               colors = {shake = "#f4e6c2", stripes = "#e0282e"}},
    mint = {names = {"mint milkshake", "mint shake", "shamrock shake"}, colors = {shake = "#b4e4c4"}},
    smoothie = {names = {"smoothie", "fruit smoothie", "berry smoothie", "smoothie glass"},
                colors = {shake = "#b0305a", straw = "#3aa04a", stripes = "#3aa04a"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local smoothie = k.variant == "smoothie"
    -- The glass: a round foot, a short thick stem and a tall flaring bowl.
    local rim_y = 175
    local fill_y = 160
    local outer = {
      {40, 0}, {40, 5}, {30, 10}, {16, 16}, {14, 24}, {18, 30}, {26, 36},
      {30, 50}, {34, 80}, {38, 110}, {44, 140}, {50, 160}, {54, rim_y},
    }
    local function r_at(y)
      for i = 2, #outer do
        local p, q = outer[i - 1], outer[i]
        if y <= q[2] then return p[1] + (q[1] - p[1]) * (y - p[2]) / math.max(q[2] - p[2], 1e-6) end
      end
      return outer[#outer][1]
    end
    -- A hollow above the shake leaves a clear lip of glass at the rim.
    local wall = 3
    local clear = subtract(lathe(outer), cone(r_at(fill_y) - wall, r_at(rim_y) - wall + 0.6, rim_y - fill_y + 10):move(0, fill_y, 0))
    -- Below the fill line the shake shows through the glass: a skin just
    -- outside the bowl, and the shake's surface inside the lip.
    local skin = {}
    for _, p in ipairs(outer) do skin[#skin + 1] = {p[1] + 1.2, p[2]} end
    local shake = intersect(lathe(skin), cylinder(90, fill_y - 36):move(0, 36, 0))
    shake = shake + cylinder(r_at(fill_y) - wall + 0.5, 4):move(0, fill_y - 2, 0)
    -- Drips running over the rim and down the outside, hugging the glass.
    local drips = empty()
    for _, d in ipairs({{12, 40}, {52, 24}, {92, 34}, {200, 30}}) do
      local a = math.rad(d[1])
      local c, sn = math.cos(a), math.sin(a)
      local pts = {{c * (r_at(rim_y) - wall * 0.5), rim_y + 1.5, sn * (r_at(rim_y) - wall * 0.5)}}
      for j = 0, 3 do
        local y = rim_y - 2 - j * d[2] / 3
        local r = r_at(y) + 1.8
        pts[#pts + 1] = {c * r, y, sn * r}
      end
      drips = drips + tube(pts, 4, 3.4) + sphere(4.6):move(pts[#pts][1], pts[#pts][2], pts[#pts][3])
    end
    if not smoothie then shake = shake + drips end
    shake = shake:part("shake")
    local shape = clear:part("glass") + shake

    local top_y = rim_y
    if smoothie then
      -- A thick domed top.
      local rin = r_at(fill_y) - wall
      shape = shape + ellipsoid(rin, 26, rin):move(0, fill_y, 0):part("shake")
      top_y = fill_y + 26
    else
      -- Whipped cream: a fat rosette swirling up to a peak.
      local swirl = {}
      local n = 28
      for i = 0, n do
        local t = i / n
        local a = t * math.pi * 2 * 2.2
        local r = 40 * (1 - t) + 4
        swirl[#swirl + 1] = {math.cos(a) * r, rim_y + 10 + t * 46, math.sin(a) * r}
      end
      local rin = r_at(fill_y) - wall
      local cream = smooth(6, cylinder(rin + 0.5, rim_y - fill_y + 2):move(0, fill_y - 1, 0),
                           ellipsoid(50, 16, 50):move(0, rim_y + 4, 0), tube(swirl, 15, 8),
                           cone(14, 2, 22):move(0, rim_y + 52, 0))
      shape = shape + cream:part("cream")
      top_y = rim_y + 66
      -- The cherry and its stem.
      local cy = rim_y + 64
      shape = shape + sphere(11):move(2, cy, 0):part("cherry")
      shape = shape + tube({{2, cy + 8, 0}, {4, cy + 20, 2}, {12, cy + 30, 4}}, 1.6):part("cherry")
    end

    -- The striped straw, leaning out of the glass.
    local lean, turn = k.p.straw_lean, k.p.straw_turn
    local sr = 6
    local len = 230
    local y0 = 90
    local straw = empty()
    local stripes = empty()
    local bands = 12
    for i = 0, bands - 1 do
      local seg = cylinder(sr, len / bands + 0.2):move(0, i * len / bands, 0)
      if i % 2 == 0 then straw = straw + seg else stripes = stripes + seg end
    end
    local function place(s) return s:rotz(lean):roty(turn - 150):move(-14, y0, 10) end
    shape = shape + subtract(place(straw), place(cylinder(sr * 0.5, 12):move(0, len - 10, 0))):part("straw")
    shape = shape + place(stripes):part("stripes")

    k.attach("inside", {0, 40, 0}, 60)
    k.attach("fill", {0, fill_y, 0}, 96)
    k.attach("top", {0, top_y, 0}, 60)
    return shape
  end,
}
