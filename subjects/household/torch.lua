-- A medieval hand torch: a wooden shaft, thicker towards the top, a head of
-- pitch-soaked rag wound round it and tied with dark bands, and stylised
-- flames rising from it: orange tongues licking up round a yellow core.
-- Variant: the torch held in an iron wall bracket on a small back plate.

-- A flame tongue: a round foot tapering along a gently curving path.
local function tongue(base, tip, r, bend)
  local mid = {(base[1] + tip[1]) / 2 + bend[1], (base[2] + tip[2]) / 2, (base[3] + tip[3]) / 2 + bend[2]}
  return smooth(r * 0.6, sphere(r):move(base[1], base[2], base[3]), tube({base, mid, tip}, r * 0.92, 0.8))
end

-- The torch standing on its butt end at the origin, its top at y = H.
local function torch(k, H)
  local hs = H * 0.6                      -- where the shaft meets the head
  local shaft = lathe({{13, 0}, {15, 4}, {16, hs * 0.5}, {20, hs}, {18, hs + 20}})
  -- a pommel-like knob at the butt and a rough bark ring
  shaft = shaft + torus(15.5, 2.6):move(0, 6, 0)
  -- the head: a swollen bundle of wrapped rag with lumpy wraps and dark bands
  local hh = H * 0.15
  local head = lathe({{18, hs - 6}, {29, hs + 6}, {33, hs + hh * 0.5}, {31, hs + hh - 4}, {24, hs + hh}})
  local wraps = {}
  for i = 0, 3 do
    local y = hs + 8 + i * (hh - 14) / 3
    local r = 31 + (i == 1 and 2 or (i == 2 and 1.5 or 0)) - (i == 0 and 2 or 0)
    wraps[#wraps + 1] = torus(r, 4.2):rotx(k.rand(-7, 7)):rotz(k.rand(-7, 7)):move(0, y, 0)
  end
  head = smooth(3, head, union(wraps))
  local bands = torus(30.5, 3.2):move(0, hs + 3, 0) + torus(32.5, 3.2):move(0, hs + hh * 0.62, 0)
  -- flames: a ring of orange tongues leaning out, a tall one at the back and
  -- a yellow core rising between them
  local fy = hs + hh - 8
  local FH = H * 0.34                      -- height of the tallest tongue
  local flames = {}
  local n = 6
  for i = 1, n do
    local a = (i / n) * 2 * math.pi + k.rand(-0.25, 0.25)
    local ca, sa = math.cos(a), math.sin(a)
    local h = k.rand(0.42, 0.7) * FH
    local base = {ca * 20, fy + 10, sa * 20}
    local tip = {ca * 36, fy + h, sa * 36}
    flames[#flames + 1] = tongue(base, tip, 18, {ca * 12, sa * 12})
  end
  -- the tallest tongue stands a little behind the core (away from the viewer)
  local top = fy + FH
  flames[#flames + 1] = tongue({-6, fy + 14, -8}, {-4 + k.rand(-5, 5), top, -6 + k.rand(-5, 5)}, 28, {-8, 4})
  local flame = smooth(6, union(flames), sphere(36):stretch(1, 0.7, 1):move(0, fy + 12, 0))
  -- the yellow core: a fat teardrop leaning out towards the viewer
  local core = smooth(5, sphere(23):move(11, fy + 26, 14),
                      tube({{11, fy + 26, 14}, {16, fy + 54, 16}, {10, fy + FH * 0.7, 10}}, 21, 1))
  return {shaft = shaft, head = head, bands = bands, flame = flame, core = core, top = top}
end

return {
  id = "torch",
  names = {"torch", "flaming torch", "medieval torch", "fire torch", "burning torch", "lit torch",
           "wooden torch", "hand torch", "castle torch", "firebrand"},
  family = "household",
  size_mm = 600,
  description = "A medieval hand torch: a wooden shaft with a wrapped head and flames",
  params = {h = {560, 620}},
  parts = {
    {"shaft", "wood", color = "#7a4e2c", role = "primary", names = {"shaft", "handle", "stick", "pole", "haft"}},
    {"head", "fabric", color = "#b89c6c", role = "secondary", names = {"head", "wrap", "wrapping", "rag", "rags",
                                                                       "cloth"}},
    {"bands", "iron", color = "#34312e", role = "detail", names = {"bands", "band", "bracket", "plate", "holder",
                                                                    "sconce", "ring"}},
    {"flame", "candy", color = "#ff6a14", role = "fixed", glows = true, names = {"flame", "flames", "fire"}},
    {"core", "candy", color = "#ffd23c", role = "fixed", names = {"core", "inner flame"}},
  },
  variants = {
    sconce = {names = {"wall sconce", "torch sconce", "wall torch", "wall mounted torch", "dungeon torch",
                       "torch bracket", "torch holder"}, size_mm = 520},
  },
  points = {"top"},
  build = function(k)
    local H = k.p.h
    if k.variant == "sconce" then
      H = H * 0.78
      local t = torch(k, H)
      local tilt = 16
      -- the torch leans out from the wall (at -X) towards +X
      local function place(s) return s:rotz(-tilt):move(38, 20, 0) end
      local torchs = union(place(t.shaft):part("shaft"), place(t.head):part("head"),
                           place(t.flame):part("flame"), place(t.core):part("core"))
      local bands = place(t.bands)
      -- where the shaft passes two heights: a collar ring and a cup at the foot
      local s = math.sin(math.rad(tilt))
      local c = math.cos(math.rad(tilt))
      local function on_axis(y) return {38 + y * s, 20 + y * c, 0} end
      local p1, p0 = on_axis(H * 0.5), on_axis(12)
      local collar = torus(19, 4.5):rotz(-tilt):move(p1[1], p1[2], p1[3])
      local cup = lathe({{6, -14}, {16, -6}, {17, 14}, {13, 14}, {12, -4}, {4, -10}}):rotz(-tilt):move(p0[1], p0[2], p0[3])
      local plateh = p1[2] + 40
      local plate = box(8, plateh - 0, 96, 4):move(-4, plateh / 2, 0)
      -- a pointed top to the plate and four rivets
      plate = plate + extrude({{-45, 0}, {45, 0}, {0, 38}}, 8, 3):roty(90):move(-4, plateh - 4, 0)
      local rivets = {}
      for _, q in ipairs({{plateh - 22, 32}, {plateh - 22, -32}, {16, 32}, {16, -32}}) do
        rivets[#rivets + 1] = sphere(5):stretch(0.6, 1, 1):move(0.5, q[1], q[2])
      end
      -- two arms from the plate: one to the collar, one to the cup
      local arm1 = polyline({{-2, p1[2] + 6, 0}, {p1[1] - 32, p1[2] + 6, 0}, {p1[1] - 15, p1[2] + 1, 0}}, 5.5)
      local arm2 = polyline({{-2, p0[2] + 22, 0}, {p0[1] - 26, p0[2] + 4, 0}, {p0[1] - 9, p0[2] - 2, 0}}, 6)
      -- a scroll curl under the top arm
      local scroll = tube({{-3, p1[2] - 30, 0}, {14, p1[2] - 34, 0}, {24, p1[2] - 22, 0}, {18, p1[2] - 12, 0},
                          {8, p1[2] - 16, 0}}, 4.6)
      local iron = union(bands, collar, cup, plate, union(rivets), arm1, arm2, scroll)
      k.attach("top", {38 + t.top * s, 20 + t.top * c, 0}, 60)
      return union(torchs, iron:part("bands")):roty(-5)
    end
    local t = torch(k, H)
    k.attach("top", {0, t.top, 0}, 60)
    return union(t.shaft:part("shaft"), t.head:part("head"), t.bands:part("bands"),
                 t.flame:part("flame"), t.core:part("core")):rotz(-4)
  end,
}
