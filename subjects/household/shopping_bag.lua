-- A paper shopping bag standing open: a tall box of kraft paper, open at the
-- top, its rim folded over into a band, a V notch where each side gusset
-- folds in, and two twisted paper rope handles glued inside the front and
-- back walls. The tote is a soft canvas bag with long webbing straps; the
-- grocery bag is a plain brown paper sack with a zigzag-cut mouth.

-- A twisted cord along pts: two strands wound round each other.
local function twisted(pts, r, turns)
  local line = spline(pts, 8)
  -- cumulative length for an even twist
  local acc, total = {0}, 0
  for i = 2, #line do
    local a, b = line[i - 1], line[i]
    total = total + math.sqrt((b[1] - a[1]) ^ 2 + (b[2] - a[2]) ^ 2 + (b[3] - a[3]) ^ 2)
    acc[i] = total
  end
  local strands = {}
  for s = 0, 1 do
    local sp = {}
    for i, p in ipairs(line) do
      local ang = acc[i] / total * turns * 2 * math.pi + s * math.pi
      -- wind in the plane across the cord: X and a mix of Y and Z
      sp[#sp + 1] = {p[1] + r * 0.55 * math.cos(ang), p[2] + r * 0.55 * math.sin(ang), p[3]}
    end
    strands[#strands + 1] = polyline(sp, r * 0.62)
  end
  return union(strands)
end

return {
  id = "shopping_bag",
  names = {"shopping bag", "paper shopping bag", "gift bag", "carrier bag", "boutique bag",
           "shopper bag", "retail bag", "paper carrier bag", "party bag", "goody bag", "shoping bag",
           "kraft bag"},
  lvis = {"shopping_bag", "tote_bag", "grocery_bag", "plastic_bag"},
  family = "household",
  size_mm = 420,
  description = "A paper shopping bag with twisted paper handles and a folded top edge",
  params = {w = {300, 340}, d = {140, 160}},
  parts = {
    {"bag", "paper", color = "#c69c6c", role = "primary", names = {"bag", "paper", "body", "sides"}},
    {"handles", "paper", color = "#a47a4c", role = "secondary", names = {"handles", "handle", "rope",
                                                                        "cord", "strings", "straps"}},
    {"rim", "paper", color = "#b88e60", role = "primary", names = {"rim", "top", "band", "fold", "edge"}},
    -- the tote's canvas and webbing straps
    {"canvas", "fabric", color = "#e6dcc4", role = "primary", names = {"canvas", "cotton", "fabric", "cloth"}},
    {"straps", "fabric", color = "#d2c4a4", role = "detail", names = {"straps", "strap", "webbing"}},
  },
  variants = {
    tote = {names = {"tote bag", "tote", "canvas bag", "canvas tote", "cotton bag", "cloth bag",
                     "reusable bag", "canvas tote bag", "beach bag", "book tote", "totebag", "shopper tote",
                     "jute bag", "fabric bag"}, size_mm = 420},
    paper = {names = {"paper bag", "brown paper bag", "grocery bag", "paper sack", "grocery sack",
                      "lunch bag", "brown bag", "paper grocery bag", "sack lunch", "lunch sack"},
             size_mm = 330},
  },
  points = {"inside", "top"},
  hangs = true,
  attach_to = {"hand", "top"},
  build = function(k)
    local v = k.variant
    if v == "tote" then
      -- a soft flat canvas bag: slightly wider at the bottom, a hemmed mouth,
      -- and two long straps sewn down the front and back
      local W, H, D = 380, 390, 76
      local outline = {{-W / 2, 0}, {W / 2, 0}, {W / 2 - 8, H}, {-W / 2 + 8, H}}
      local body = extrude(outline, D, 14):roty(90)
      -- the soft bottom bulges a little
      body = smooth(30, body, ellipsoid(D * 0.6, 50, W * 0.46):move(0, 52, 0))
      body = intersect(body, box(3 * D, H + 40, 2 * W):move(0, H / 2 + 20 - 1, 0))
      local inner = box(D - 28, H, W - 36, 10):move(0, H / 2 + 14, 0)
      local bag = body - inner
      local hem = subtract(box(D + 6, 30, W - 10, 12):move(0, H - 13, 0), inner)
      local straps = {}
      local sz = W * 0.24
      local rise = 240
      for _, sx in ipairs({-1, 1}) do
        local x = sx * (D / 2 + 1)
        -- sewn down the face, then up in a long loop
        for _, s in ipairs({-1, 1}) do
          straps[#straps + 1] = box(5, 150, 30, 2):move(x, H - 72, s * sz)
        end
        local pts = {}
        for i = 0, 12 do
          local a = math.pi * i / 12
          pts[#pts + 1] = {x * 0.3 * math.sin(a) / 0.55, H - 6 + rise * math.sin(a) ^ 0.75, -sz * math.cos(a)}
        end
        straps[#straps + 1] = tube(pts, 12):stretch(0.55, 1, 1):move(x, 0, 0)
      end
      -- something put in the bag fills it nearly to the mouth and shows
      local floor_y = 14
      if k.filled then
        floor_y = H - 35
        bag = bag + box(D - 24, floor_y, W - 30, 4):move(0, floor_y / 2 + 4, 0)
      end
      k.attach("inside", {0, floor_y, 0}, W * 0.4)
      k.attach("top", {0, H + rise, 0}, 40)
      return union(bag:part("canvas"), hem:part("canvas"), union(straps):part("straps")):roty(-20)
    end

    local W, D = k.p.w, k.p.d
    local H = (v == "paper") and W * 1.08 or W * 1.22
    if v == "paper" then W, D = W * 0.8, D * 1.15 end
    local wall = 5
    local outer = box(D, H, W, 2):move(0, H / 2, 0)
    local inner = box(D - 2 * wall, H, W - 2 * wall):move(0, H / 2 + 6, 0)
    local bag = outer - inner
    -- the side gussets fold in: a V notch down from the rim on each side,
    -- and a crease line below it
    for _, sz in ipairs({-1, 1}) do
      local notch = box(D * 0.5, D * 0.5, 40):rotz(45):move(0, H + D * 0.05, sz * W / 2)
      bag = bag - notch
      bag = bag - box(3, H * 0.7, 6):move(0, H * 0.5, sz * (W / 2 + 1))
    end
    local shape
    if v == "paper" then
      -- a zigzag-cut mouth: teeth along the top of every wall
      local teeth = {}
      local n = 14
      for i = 0, n do
        local z = -W / 2 + W * i / n
        teeth[#teeth + 1] = box(D + 10, 12, 12):rotx(45):move(0, H + 1, z)
      end
      for i = 0, 6 do
        local x = -D / 2 + D * i / 6
        teeth[#teeth + 1] = box(12, 12, W + 10):rotz(45):move(x, H + 1, 0)
      end
      bag = bag - union(teeth)
      -- a folded base seam across the bottom of the front
      local seam = box(4, 3, W - 20, 1):move(D / 2 + 1, 30, 0)
      shape = union(bag:part("bag"), seam:part("rim"))
      k.attach("top", {0, H, 0}, W * 0.6)
    else
      -- the folded-over rim: a band just proud of the outside round the top
      local rim = subtract(box(D + 3, 40, W + 3, 1.5):move(0, H - 22, 0), inner)
      for _, sz in ipairs({-1, 1}) do
        rim = rim - box(D * 0.5, D * 0.5, 40):rotz(45):move(0, H + D * 0.05, sz * W / 2)
      end
      -- twisted paper rope handles, their ends glued inside each long wall
      local handles = {}
      local hz = W * 0.2
      local rise = H * 0.36
      for _, sx in ipairs({-1, 1}) do
        local x = sx * (D / 2 - wall - 5)
        local pts = {{x, H - 50, -hz}, {x, H - 10, -hz}}
        for i = 1, 7 do
          local a = math.pi * i / 8
          pts[#pts + 1] = {x, H + rise * math.sin(a) ^ 0.8, -hz * math.cos(a)}
        end
        pts[#pts + 1] = {x, H - 10, hz}
        pts[#pts + 1] = {x, H - 50, hz}
        handles[#handles + 1] = twisted(pts, 7, 9)
        -- the glued card patch holding the ends
        handles[#handles + 1] = box(4, 56, W * 0.6, 1):move(sx * (D / 2 - wall - 1), H - 44, 0)
      end
      shape = union(bag:part("bag"), rim:part("rim"), union(handles):part("handles"))
      k.attach("top", {0, H + rise, 0}, 40)
    end
    -- something put in the bag fills it nearly to the mouth and shows
    local floor_y = 8
    if k.filled then
      floor_y = H - 35
      shape = shape + box(D - 2 * wall + 2, floor_y, W - 2 * wall + 2):move(0, floor_y / 2 + 4, 0):part("bag")
    end
    k.attach("inside", {0, floor_y, 0}, W * 0.4)
    return shape:roty(-25)
  end,
}
