-- A candlestick: a turned brass stick on a wide dished base (sometimes
-- with a finger ring), holding a tall lit taper. A candelabra branches into
-- several arms.
return {
  id = "candlestick",
  names = {"candlestick", "candle stick", "candle holder", "holder", "candleholder", "brass candlestick", "chamberstick",
           "candlestick holder", "candle stand"},
  lvis = {"candle_holder", "candle"},
  family = "household",
  size_mm = 300,
  description = "A brass candlestick with a lit taper candle",
  params = {base_r = {55, 70}, stick_h = {120, 160}},
  parts = {
    {"holder", "brass", color = "#c8a048", role = "primary", names = {"holder", "stick", "base", "metal"}},
    {"candle", "wax", color = "#f4eee0", role = "secondary", names = {"candle", "wax", "taper", "candles"}},
    {"flame", "candy", color = "#ffb020", role = "fixed", names = {"flame", "flames", "fire"}},
  },
  variants = {
    candelabra = {names = {"candelabra", "candelabrum", "candle tree", "branched candlestick"}, size_mm = 420},
    menorah = {names = {"menorah", "seven branched candlestick"}, size_mm = 400},
  },
  points = {"top", "inside"},
  build = function(k)
    local br, sh = k.p.base_r, k.p.stick_h
    local candela = k.variant == "candelabra"
    local menorah = k.variant == "menorah"
    if menorah then br, sh = 80, 160 end
    if candela then br, sh = 75, 200 end
    local prof = {{br, 0}, {br, 6}, {br * 0.85, 10}, {br * 0.35, 22}, {14, 32}, {20, 40}, {12, 50}, {10, sh * 0.5},
                  {16, sh * 0.55}, {10, sh * 0.6}, {9, sh - 16}, {14, sh - 10}, {24, sh - 4}, {24, sh}}
    local holder = lathe(prof)
    local cups = {{0, sh}}
    if menorah then
      -- Seven branches in one plane: nested U-shaped arms rising to one height.
      local top_y = sh + 150
      local arm_y = sh * 0.55
      for i = 1, 3 do
        local x = i * 55
        for _, s in ipairs({-1, 1}) do
          local pts = {{0, arm_y + 20 - i * 4, 0}, {s * x * 0.55, arm_y - i * 22, 0}, {s * x, arm_y + 30, 0}, {s * x, top_y - 10, 0}}
          holder = holder + tube(pts, 6)
          holder = holder + lathe({{8, 0}, {18, 8}, {18, 14}}):move(s * x, top_y - 12, 0)
          cups[#cups + 1] = {s * x, top_y + 2}
        end
      end
      holder = holder + cylinder(9, top_y - sh):move(0, sh, 0) + lathe({{8, 0}, {18, 8}, {18, 14}}):move(0, top_y - 12, 0)
      cups[1] = {0, top_y + 2}
    elseif candela then
      local arm_y = sh * 0.72
      for _, s in ipairs({-1, 1}) do
        local pts = {{0, arm_y, 0}, {s * 50, arm_y - 10, 0}, {s * 95, arm_y + 20, 0}, {s * 105, arm_y + 70, 0}}
        holder = holder + tube(pts, 7)
        holder = holder + lathe({{10, 0}, {22, 10}, {22, 16}}):move(s * 105, arm_y + 66, 0)
        cups[#cups + 1] = {s * 105, arm_y + 82}
      end
    elseif k.chance(0.4) then
      holder = holder + torus(22, 5):rotx(90):move(br * 0.75, 26, 0)
    end
    local candles, flames = {}, {}
    local ch = menorah and 90 or (candela and 150 or 170)
    -- A candle the prompt puts in it ("a white candle in a brass holder")
    -- stands in the middle cup instead of its own.
    if k.filled then
      k.attach("inside", {cups[1][1], cups[1][2] - 6, 0}, 22)
      table.remove(cups, 1)
    end
    for _, c in ipairs(cups) do
      local x, y = c[1], c[2] - 4
      candles[#candles + 1] = cylinder(menorah and 8 or 11, ch, 2):move(x, y, 0) + limb({x, y + ch - 2, 0}, {x, y + ch + 8, 0}, 2.5)
      -- The flame sits on the wick, touching the candle, so it stays attached.
      local fy = y + ch + 1
      flames[#flames + 1] = smooth(4, sphere(5.5):move(x, fy + 4, 0), limb({x, fy + 4, 0}, {x, fy + 24, 0}, 4.5, 0.5))
    end
    k.attach("top", {0, sh + ch + 20, 0}, 24)
    return holder:part("holder") + (#candles > 0 and union(candles):part("candle") or empty()) + (#flames > 0 and union(flames):part("flame") or empty())
  end,
}
