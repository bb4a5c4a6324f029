-- A cooking pot (stockpot, casserole): a wide deep pot with two loop
-- handles on the sides and a lid with a knob; a cast-iron Dutch oven is
-- squat and enamelled; a cauldron is a round-bellied iron pot on three
-- legs with a bail handle.
local V = use("vessel")

return {
  id = "cooking_pot",
  names = {"cooking pot", "stockpot", "stock pot", "soup pot", "stewpot", "stew pot", "casserole dish", "casserole",
           "kitchen pot", "big pot", "pasta pot", "soup kettle"},
  lvis = {"pot", "casserole"},
  family = "kitchen",
  size_mm = 220,
  description = "A cooking pot with two handles and a lid",
  params = {radius = {110, 130}, height = {130, 160}, lidded = {0, 1}},
  parts = {
    {"pot", "steel", color = "#c8ccd2", role = "primary", names = {"pot", "body"}},
    {"lid", "steel", color = "#c8ccd2", role = "secondary", names = {"lid", "cover"}},
    {"handles", "plastic", color = "#1e1e22", role = "detail", names = {"handles", "handle", "knob"}},
  },
  variants = {
    dutch_oven = {names = {"dutch oven", "french oven", "cocotte", "enamel pot", "le creuset"}, size_mm = 180,
                  colors = {pot = "#d04828", lid = "#d04828", handles = "#d04828"}},
    cauldron = {names = {"cauldron", "witch's cauldron", "witches cauldron", "witch cauldron"}, size_mm = 320,
                colors = {pot = "#26262a", lid = "#26262a", handles = "#3a3a3e"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local v = k.variant
    local R, h = k.p.radius, k.p.height
    if v == "cauldron" then
      local prof = V.keyed({{0, 60}, {0.1, 120}, {0.45, 160}, {0.85, 120}, {0.92, 118}, {1, 130}}, 260, 24)
      local body = vessel(prof, 8, 14):move(0, 50, 0)
      local legs = {}
      for i = 0, 2 do
        local a = i * 2 * math.pi / 3
        legs[#legs + 1] = limb({math.cos(a) * 90, 80, math.sin(a) * 90}, {math.cos(a) * 120, 0, math.sin(a) * 120}, 16, 12)
      end
      local lugs = union(torus(18, 6):rotx(90):move(124, 50 + 240, 0), torus(18, 6):rotx(90):move(-124, 50 + 240, 0))
      local bail = tube({{-124, 50 + 225, 0}, {-140, 420, 0}, {0, 470, 0}, {140, 420, 0}, {124, 50 + 225, 0}}, 5)
      for _, p in ipairs(prof) do p[2] = p[2] + 50 end
      V.cavity(k, prof, 8, 14, 0.85, {inside_at = 0.3})
      k.attach("top", {0, 310, 0}, 240)
      return (body + union(legs) + lugs):part("pot") + bail:part("handles")
    end
    local dutch = v == "dutch_oven"
    if dutch then R, h = 130, 115 end
    local prof = dutch and V.keyed({{0, R - 12}, {0.15, R}, {1, R}}, h, 10) or {{R - 3, 0}, {R, 4}, {R, h}}
    local wall = dutch and 8 or 6
    local lidded = dutch or k.p.lidded > 0.7
    -- A lidded pot is solid: a hollow closed by the lid would be a loose inner skin.
    local body = lidded and lathe(prof) or V.solid_vessel(prof, wall, h * 0.6)
    if not dutch then body = body + torus(R + 1, 2.5):move(0, h - 1, 0) end
    local handles = {}
    for _, s in ipairs({-1, 1}) do
      if dutch then
        handles[#handles + 1] = intersect(cylinder(38, 18):move(s * R, h - 34, 0), box(60, 40, 120):move(s * (R + 30), h - 30, 0))
      else
        handles[#handles + 1] = V.loop_handle({s * (R - 2), h - 22, -32}, {s * (R - 2), h - 22, 32}, {s, 0.15, 0}, 34, 7)
      end
    end
    local shape = body:part("pot") + (dutch and union(handles):part("pot") or union(handles):part("handles"))
    local top = h
    if lidded then
      local lid = lathe({{R + 4, 0}, {R + 4, 6}, {R * 0.7, 20}, {1, 24}}):move(0, h - 2, 0)
      local knob = dutch and (cylinder(10, 10):move(0, h + 20, 0) + cylinder(24, 14, 6):move(0, h + 28, 0))
                 or (cylinder(8, 10):move(0, h + 20, 0) + ellipsoid(26, 10, 14):move(0, h + 32, 0))
      shape = shape + lid:part("lid") + knob:part("handles")
      top = h + 42
    end
    V.cavity(k, prof, wall, 0, 0.78, {inside_at = 0.42})
    k.attach("top", {0, top, 0}, R)
    return shape
  end,
}
