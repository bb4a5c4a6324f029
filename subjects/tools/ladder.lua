-- A ladder: two long side rails joined by evenly spaced rungs; a stepladder
-- is an A-frame of two such ladders hinged at the top with a tray.
return {
  id = "ladder",
  names = {"ladder", "wooden ladder", "rung ladder", "extension ladder", "latter"},
  lvis = {"ladder"},
  family = "tools",
  size_mm = 1800,
  description = "A wooden ladder",
  params = {rungs = {7, 9}},
  parts = {
    {"rails", "wood", color = "#c8904e", role = "primary", names = {"rails", "sides", "ladder"}},
    {"rungs", "wood", color = "#b07a40", role = "secondary", names = {"rungs", "steps"}},
    {"tray", "plastic", color = "#e8a020", role = "detail", names = {"tray", "top"}},
  },
  variants = {
    step = {names = {"step ladder", "stepladder", "a-frame ladder"}, size_mm = 1500, colors = {rails = "#c8ccd2", rungs = "#c8ccd2"}},
  },
  build = function(k)
    local n = math.floor(k.p.rungs + 0.5)
    local function ladder(H, W, lean)
      local rails = union(box(44, H, 30, 4):move(-W / 2, H / 2, 0), box(44, H, 30, 4):move(W / 2, H / 2, 0))
      local rungs = {}
      for i = 1, n do rungs[#rungs + 1] = box(W, 30, 24, 3):move(0, H * i / (n + 1), 0) end
      return rails:rotx(lean), union(rungs):rotx(lean)
    end
    if k.variant == "step" then
      local H = 1500
      local r1, g1 = ladder(H, 420, -10)
      local r2, g2 = ladder(H, 420, 10)
      local tray = box(480, 24, 200, 4):move(0, H * 0.985, 0)
      return union(union(r1:move(0, 0, 255), r2:move(0, 0, -255)):part("rails"), union(g1:move(0, 0, 255)):part("rungs"), tray:part("tray"))
    end
    local r, g = ladder(1800, 420, -14)
    return union(r:part("rails"), g:part("rungs"))
  end,
}
