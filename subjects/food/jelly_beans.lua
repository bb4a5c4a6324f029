-- Jelly beans: a small heap of glossy kidney-shaped candies in many bright
-- colours, piled in a low mound with a few spilled at its foot.
local COLOURS = {"red", "orange", "yellow", "green", "purple", "pink", "white", "black"}

return {
  id = "jelly_beans",
  names = {"jelly beans", "jelly bean", "jellybean", "jellybeans", "jelly bellies", "jelly belly", "pile of jelly beans",
           "heap of jelly beans", "jelly been", "jely bean", "jelly bean candy", "jelly bean candies"},
  lvis = {"jelly_bean"},
  family = "food",
  size_mm = 40,
  description = "A small heap of colourful jelly beans",
  several = true,
  params = {turn = {0, 360}},
  parts = {
    {"red", "candy", color = "#e0202a", role = "primary", names = {"beans", "candies", "jelly beans"}},
    {"orange", "candy", color = "#f27a18", role = "secondary"},
    {"yellow", "candy", color = "#f6d028", role = "detail"},
    {"green", "candy", color = "#4cb83a", role = "detail"},
    {"purple", "candy", color = "#7a2e9a", role = "detail"},
    {"pink", "candy", color = "#f27aa8", role = "detail"},
    {"white", "candy", color = "#f8f2e4", role = "detail"},
    {"black", "candy", color = "#26161e", role = "detail"},
  },
  points = {"top"},
  build = function(k)
    -- one bean: two capsules bent into a gentle kidney, about 30 x 18 mm
    local function bean()
      return smooth(3, capsule({-8, -1.5, 0}, {0, 1.2, 0}, 8.6), capsule({0, 1.2, 0}, {8, -1.5, 0}, 8.6)):stretch(1, 1, 0.92)
    end
    local groups = {}
    for _, c in ipairs(COLOURS) do groups[c] = {} end
    local ga = math.pi * (3 - math.sqrt(5))
    local last = nil
    local function put(x, y, z, tilt, spin, n)
      local c = COLOURS[k.int(1, #COLOURS)]
      if c == last then c = COLOURS[(k.int(1, #COLOURS - 1) + n) % #COLOURS + 1] end
      last = c
      local b = bean():rotx(tilt):roty(spin):move(x, y, z)
      table.insert(groups[c], b)
    end
    -- the mound: beans over a low dome, spiralling from the top down
    local RX, RY = 52, 34
    local n = 0
    for i = 0, 33 do
      local t = (i + 0.5) / 34
      local h = 1 - t * 0.92                  -- from the crown to near the floor
      local r = math.sqrt(math.max(0, 1 - h * h))
      local a = ga * i + k.p.turn
      local x, z = math.cos(a) * r * RX, math.sin(a) * r * RX
      local y = h * RY + 6
      put(x, y, z, k.rand(-35, 35), k.rand(0, 180), n)
      n = n + 1
    end
    -- a few spilled on the floor round the foot, touching the heap
    for j = 0, 4 do
      local a = math.rad(k.p.turn * 0.7 + 72 * j + k.rand(-12, 12))
      local r = RX + 8
      put(math.cos(a) * r, 8, math.sin(a) * r, k.rand(-8, 8), k.rand(0, 180), n)
      n = n + 1
    end
    -- a hidden core holds the heap in one piece
    local core = intersect(ellipsoid(RX - 2.5, RY - 1, RX - 2.5), box(300, 200, 300):move(0, 98, 0)):move(0, 6, 0)
    table.insert(groups.red, core)
    local shape = empty()
    for _, c in ipairs(COLOURS) do
      shape = shape + union(groups[c]):part(c)
    end
    k.attach("top", {0, RY + 14, 0}, 40)
    return shape
  end,
}
