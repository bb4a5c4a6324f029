-- A coat hanger standing upright on its bottom bar: a wire triangle with a
-- twisted neck and a question-mark hook on top. Wooden variant: a curved
-- wooden shoulder bar with a chrome hook and a trouser bar under it.
return {
  id = "coat_hanger",
  names = {"coat hanger", "clothes hanger", "hanger", "wire hanger", "wire coat hanger", "garment hanger",
           "shirt hanger", "cloth hanger", "coathanger", "clotheshanger"},
  lvis = {"coat_hanger"},
  family = "household",
  size_mm = 200,
  description = "A coat hanger with a hook",
  params = {w = {400, 430}, shoulder = {118, 132}},
  parts = {
    {"wire", "steel", color = "#c8ccd2", role = "primary", names = {"wire", "arms", "frame"}},
    {"wood", "wood", color = "#b07a45", role = "primary", names = {"wood", "shoulders"}},
    {"hook", "steel", color = "#d4d8de", role = "secondary", names = {"hook", "neck"}},
    {"bar", "wood", color = "#a06c3c", role = "detail", names = {"bar", "trouser bar", "rod"}},
  },
  variants = {
    wooden = {names = {"wooden hanger", "wooden coat hanger", "wood hanger", "wooden clothes hanger",
                       "wood coat hanger", "suit hanger"}, size_mm = 160},
  },
  points = {"top"},
  build = function(k)
    local W, S = k.p.w, k.p.shoulder
    local r = 4.0                                  -- wire radius
    local hx = W / 2
    local hook_y                                   -- where the hook leaves the neck
    local shape
    if k.variant == "wooden" then
      -- The shoulder bar: a flat curved plank, deep in the middle, slimmer at the tips.
      local top, bot = {}, {}
      local n = 12
      for i = 0, n do
        local t = i / n * 2 - 1                    -- -1 .. 1 across
        local x = t * hx
        local arch = S - 30 - (S - 60) * math.abs(t) ^ 1.6
        local depth = 42 - 16 * math.abs(t)
        top[#top + 1] = {x, arch}
        bot[#bot + 1] = {x, arch - depth}
      end
      local outline = {}
      for i = 1, #bot do outline[#outline + 1] = bot[i] end
      for i = #top, 1, -1 do outline[#outline + 1] = top[i] end
      local plank = extrude(outline, 13, 4)
      -- The trouser bar, held by a wire from each tip of the plank.
      local by = 8
      local legs = {}
      for _, s in ipairs({-1, 1}) do
        local tip_y = bot[s < 0 and 1 or #bot][2]
        legs[#legs + 1] = polyline({{s * (hx - 12), tip_y + 8, 0}, {s * (hx - 30), by, 0}}, 2.6)
      end
      local bar = cylinder(7, 2 * (hx - 26), 2):rotz(90):move(hx - 26, by, 0)
      hook_y = S - 16
      shape = plank:part("wood") + union(legs):part("hook") + bar:part("bar")
    else
      -- The wire loop: down from the neck to the corners, along the bottom.
      local c = 14                                 -- corner rounding
      local yb = r
      local ny = S                                 -- neck at the top of the shoulders
      local pts = {{-5, ny, 0}, {-hx * 0.5, ny - (ny - yb) * 0.5 + 4, 0}, {-hx + c * 1.6, yb + c * 0.7, 0},
                   {-hx + c * 0.2, yb + 2, 0}, {-hx + c * 1.8, yb, 0}, {0, yb, 0}}
      local half = {}
      for i = 1, #pts do half[#half + 1] = pts[i] end
      for i = #pts - 1, 1, -1 do half[#half + 1] = {-pts[i][1], pts[i][2], 0} end
      local loop = tube(half, r)
      -- The twisted neck: two wires winding round each other.
      local twist = {}
      for _, ph in ipairs({0, math.pi}) do
        local hp = {}
        for i = 0, 10 do
          local y = ny - 2 + i * 2.6
          hp[#hp + 1] = {3.4 * math.cos(ph + i * 1.1), y, 3.4 * math.sin(ph + i * 1.1)}
        end
        twist[#twist + 1] = polyline(hp, r * 0.9)
      end
      hook_y = ny + 24
      shape = loop:part("wire") + union(twist):part("wire")
    end
    -- The hook: up from the neck, over in a curl and down, ending open.
    local R = 24
    local hk = {{0, hook_y - 6, 0}, {0, hook_y + 14, 0}}
    local cy = hook_y + 14 + 0                     -- centre of the curl
    for i = 0, 10 do
      local a = math.pi - math.pi * 1.25 * i / 10  -- from the left, over the top, round the right
      hk[#hk + 1] = {R + R * math.cos(a), cy + R * 0.95 * math.sin(a) + 8, 0}
    end
    local hook = tube(hk, r * 1.05)
    local tip = hk[#hk]
    hook = hook + sphere(r * 1.05):move(tip[1], tip[2], 0)
    k.attach("top", {R, cy + R + 8, 0}, 30)
    -- Turned a little so its face, not its edge, is seen from the front.
    return (shape + hook:part("hook")):roty(40)
  end,
}
