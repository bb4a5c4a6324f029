-- A salt shaker: a small glass body with a domed metal cap pierced with
-- holes; a pepper shaker is the same with a darker body; a pepper mill is
-- a tall turned wooden column with a crank.
return {
  id = "salt_shaker",
  names = {"salt shaker", "saltshaker", "salt cellar", "salt pot", "shaker", "cruet", "salt shacker"},
  lvis = {"saltshaker", "pepper_mill"},
  family = "kitchen",
  size_mm = 90,
  description = "A glass salt shaker with a metal cap",
  params = {r = {20, 24}},
  parts = {
    {"body", "glass", color = "#e8f0f2", role = "primary", names = {"body", "glass"}},
    {"cap", "steel", color = "#c8ccd2", role = "secondary", names = {"cap", "lid", "top"}},
    {"salt", "food", color = "#f8f8f6", role = "detail", names = {"salt", "contents"}},
    {"pepper", "food", color = "#3a3430", role = "detail", names = {"pepper", "ground pepper"}},
  },
  variants = {
    pepper = {names = {"pepper shaker", "pepper pot"}, colors = {salt = "#3a3430"}},
    -- "salt and pepper shakers": the two side by side on a little tray.
    pair = {names = {"salt and pepper shaker", "salt and pepper shakers", "salt and pepper set", "salt and pepper",
                     "cruet set", "salt and pepper pots"}, size_mm = 95},
    mill = {names = {"pepper mill", "pepper grinder", "salt mill", "salt grinder", "peppermill"}, size_mm = 200,
            colors = {body = "#6a3e22", cap = "#b8bcc2"}},
  },
  points = {"top"},
  build = function(k)
    local r = k.p.r
    if k.variant == "mill" then
      -- A turned wooden column with a steel band under its domed cap and a
      -- crank on top: the crank is what says "grinder" rather than a
      -- skittle or a chess piece.
      local prof = {{25, 0}, {26, 5}, {23, 40}, {21, 80}, {23, 120}, {25, 140}, {25, 151}}
      local body = lathe(prof)
      local band = cylinder(26.5, 4):move(0, 147, 0)
      local cap = lathe({{25, 0}, {25, 10}, {19, 20}, {9, 26}, {1, 27}}):move(0, 150, 0)
      local shaft = cylinder(4, 13):move(0, 174, 0)
      local arm = box(52, 5, 9):round(2):move(22, 186, 0)
      local knob = lathe({{6, 0}, {8, 6}, {7, 14}, {1, 17}}):move(45, 185, 0)
      k.attach("top", {0, 205, 0}, 20)
      return (body + cap):part("body") + (band + shaft + arm):part("cap") + knob:part("body")
    end
    local h = 65
    if k.variant == "pair" then
      -- Two shakers on an oval tray; the pepper's contents are dark. Built
      -- here rather than by the count so the pair is one piece.
      local function shaker(dark)
        local prof = {{r - 2, 0}, {r, 3}, {r + 2, 30}, {r, 55}, {r - 3, h}}
        local body = lathe(prof)
        local fill = intersect(lathe(prof):round(0.8), box(200, 32, 200):move(0, 4 + 16, 0))
        local cap = lathe({{r - 2, 0}, {r - 1, 14}, {r * 0.6, 24}, {1, 27}}):move(0, h - 4, 0)
        local holes = {}
        local n = dark and 3 or 5
        for i = 0, n - 1 do
          local a = i * 2 * math.pi / n
          holes[#holes + 1] = cylinder(1.8, 20):move(math.cos(a) * r * 0.35, h + 12, math.sin(a) * r * 0.35)
        end
        return body:part("body") + subtract(cap, union(holes)):part("cap") + fill:part(dark and "pepper" or "salt")
      end
      local gap = r * 1.25
      local tray = cylinder(1, 6, 2):stretch(r * 1.5, 1, r * 2.9):part("cap")
      k.attach("top", {0, h + 27 + 6, 0}, r * 3)
      return tray + shaker(false):move(0, 5, -gap) + shaker(true):move(0, 5, gap)
    end
    local prof = {{r - 2, 0}, {r, 3}, {r + 2, 30}, {r, 55}, {r - 3, h}}
    local body = lathe(prof) -- solid: a hollow closed by the cap would be a loose inner skin
    -- The salt shows through the glass: the lower skin of the body is tinted.
    local salt = intersect(lathe(prof):round(0.8), box(200, 32, 200):move(0, 4 + 16, 0))
    local cap = lathe({{r - 2, 0}, {r - 1, 14}, {r * 0.6, 24}, {1, 27}}):move(0, h - 4, 0)
    local holes = {}
    for i = 0, 4 do
      local a = i * 2 * math.pi / 5
      holes[#holes + 1] = cylinder(1.8, 20):move(math.cos(a) * r * 0.35, h + 12, math.sin(a) * r * 0.35)
    end
    holes[#holes + 1] = cylinder(1.8, 20):move(0, h + 14, 0)
    cap = subtract(cap, union(holes))
    k.attach("top", {0, h + 23, 0}, r)
    return body:part("body") + cap:part("cap") + salt:part("salt")
  end,
}
