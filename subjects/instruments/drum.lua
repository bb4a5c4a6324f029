-- A drum: a snare drum is a glossy shell between two chrome rims with tension
-- rods and a white head, two sticks crossed on top; a bass drum is big, on
-- its side; a drum kit puts a bass drum, snare, toms and cymbals together.
return {
  id = "drum",
  names = {"drum", "snare drum", "snare", "tom drum", "marching drum", "tom tom"},
  lvis = {"drum_(musical_instrument)"},
  family = "instruments",
  size_mm = 200,
  description = "A snare drum with sticks",
  params = {},
  parts = {
    {"shell", "glazed", color = "#c81e24", role = "primary", names = {"shell", "body", "drum"}},
    {"rims", "steel", color = "#d8dce0", role = "detail", names = {"rims", "hardware", "chrome", "stands"}},
    {"head", "plastic", color = "#f4f2ec", role = "secondary", names = {"head", "skin", "drumhead"}},
    {"sticks", "wood", color = "#e0c090", role = "detail", names = {"sticks", "drumsticks"}},
    {"cymbals", "brass", color = "#d8b040", role = "detail", names = {"cymbals", "cymbal"}},
  },
  variants = {
    bass = {names = {"bass drum", "kick drum"}, size_mm = 560},
    kit = {names = {"drum kit", "drum set", "drumkit", "drums", "drumset"}, size_mm = 1200},
  },
  build = function(k)
    local v = k.variant
    local function drum(R, H)
      local shell = cylinder(R, H)
      local rims = union(torus(R + 1.5, 3.5):move(0, H - 1, 0), torus(R + 1.5, 3.5):move(0, 1, 0))
      local rods = {}
      local n = math.max(6, math.floor(R / 20))
      for i = 0, n - 1 do
        local a = 2 * math.pi * i / n
        rods[#rods + 1] = capsule({math.cos(a) * (R + 4), 6, math.sin(a) * (R + 4)}, {math.cos(a) * (R + 4), H - 6, math.sin(a) * (R + 4)}, 2)
        rods[#rods + 1] = box(10, 16, 8, 2):move(0, H * 0.5, 0):aim({0, 1, 0}, {0, 0, 0}):move(math.cos(a) * (R + 3), 0, math.sin(a) * (R + 3))
      end
      local head = cylinder(R - 0.5, 2):move(0, H - 1.2, 0)
      return shell, union(rims, union(rods)), head
    end
    if v == "bass" then
      local s, r, h = drum(260, 200)
      local t = function(x) return x:move(0, -100, 0):rotx(90):move(0, 270, 0) end
      local legs = union(capsule({-150, 60, 60}, {-230, 0, 120}, 7), capsule({150, 60, 60}, {230, 0, 120}, 7))
      return union(t(s):part("shell"), union(t(r), legs):part("rims"), union(t(h), t(h):flip("z")):part("head"))
    end
    if v == "kit" then
      local parts = {shell = {}, rims = {}, head = {}, cymbals = {}}
      local function add(s, r, h, f)
        table.insert(parts.shell, f(s)); table.insert(parts.rims, f(r)); table.insert(parts.head, f(h))
      end
      local s, r, h = drum(260, 200)
      add(s, r, h, function(x) return x:move(0, -100, 0):rotx(90):move(0, 270, 0) end)
      add(s, r, h, function(x) return union(x:move(0, -100, 0):rotx(90):move(0, 270, 0)):flip("z") end)
      s, r, h = drum(180, 140)
      add(s, r, h, function(x) return x:move(320, 480, 220) end)
      s, r, h = drum(120, 100)
      add(s, r, h, function(x) return x:rotz(-12):move(-110, 560, 0) end)
      add(s, r, h, function(x) return x:rotz(12):move(110, 560, 0) end)
      -- the kit stands on a rug, the floor tom on its leg, cymbals thick enough to hold together
      local hw = {box(1300, 18, 900, 4):move(0, 9, 0), capsule({320, 0, 220}, {320, 500, 220}, 10), capsule({-420, 0, 200}, {-420, 900, 200}, 10), capsule({420, 0, -150}, {420, 1000, -150}, 10),
                  capsule({0, 470, 0}, {0, 540, 0}, 10)}
      local function cymbal(R) return lathe({{R, -4}, {R, 10}, {R * 0.3, 22}, {26, 30}, {22, 46}, {0, 48}}) end
      local cym = union(cymbal(190):move(-420, 890, 200), cymbal(220):rotz(12):move(420, 990, -150))
      return union(union(parts.shell):part("shell"), union(union(parts.rims), union(hw)):part("rims"), union(parts.head):part("head"), cym:part("cymbals"))
    end
    local s, r, h = drum(180, 140)
    local sticks = union(capsule({-160, 152, -40}, {140, 148, 60}, 6), capsule({-150, 148, 60}, {150, 154, -30}, 6),
                         sphere(8):move(140, 148, 60), sphere(8):move(150, 154, -30))
    return union(s:part("shell"), r:part("rims"), h:part("head"), sticks:part("sticks"))
  end,
}
