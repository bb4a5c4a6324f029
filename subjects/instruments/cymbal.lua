-- A cymbal: a golden brass disc with a raised bell in the middle, tilted on
-- a chrome tripod stand, like a drum kit's crash or ride; a hi-hat puts two
-- cymbals face to face on a stand with a foot pedal.
return {
  id = "cymbal",
  names = {"cymbal", "crash cymbal", "ride cymbal", "splash cymbal", "china cymbal", "cymbal stand",
           "drum cymbal", "symbal", "cymbol"},
  lvis = {"cymbal"},
  family = "instruments",
  size_mm = 1000,
  description = "A crash cymbal on a tripod stand",
  params = {tilt = {12, 20}},
  parts = {
    {"cymbal", "brass", color = "#d8a83c", role = "primary", names = {"cymbal", "disc", "bell", "metal"}},
    {"stand", "steel", color = "#d0d4d8", role = "secondary", names = {"stand", "tripod", "legs", "pole"}},
    {"felt", "fabric", color = "#2a2a2e", role = "detail", names = {"felt", "wing nut", "pedal", "feet"}},
  },
  variants = {
    hihat = {names = {"hi hat", "hihat", "hi-hat", "hi hat cymbal", "hi hat stand", "hi hats"},
             size_mm = 900},
  },
  build = function(k)
    local hihat = k.variant == "hihat"
    -- A disc of radius R: a shallow cone rising to a domed bell, thin but
    -- thick enough to hold together once meshed; the underside follows it.
    local function disc(R, t)
      return revolve({{0, -t * 0.5}, {R * 0.24, -t * 0.5}, {R * 0.3, R * 0.03 - t * 0.3}, {R, -R * 0.06 - t * 0.5},
                      {R, -R * 0.06 + t * 0.5}, {R * 0.3, R * 0.03 + t * 0.7}, {R * 0.24, R * 0.1}, {R * 0.14, R * 0.14},
                      {0, R * 0.145}})
    end
    -- the tripod: three splayed legs braced to a collar, a tube rising from it
    local function tripod(H, spread)
      local legs = {}
      for i = 0, 2 do
        local a = math.rad(30 + 120 * i)
        local foot = {math.cos(a) * spread, 8, math.sin(a) * spread}
        legs[#legs + 1] = capsule({0, spread * 0.75, 0}, foot, 12)
        legs[#legs + 1] = capsule({0, spread * 0.32, 0}, {foot[1] * 0.55, spread * 0.33, foot[3] * 0.55}, 9)
      end
      local feet = {}
      for i = 0, 2 do
        local a = math.rad(30 + 120 * i)
        feet[#feet + 1] = sphere(15):stretch(1, 0.6, 1):move(math.cos(a) * spread, 9, math.sin(a) * spread)
      end
      local tube = union(cylinder(16, H * 0.55):move(0, spread * 0.3, 0), cylinder(12, H * 0.45):move(0, spread * 0.3 + H * 0.5, 0),
                         cylinder(19, 36, 4):move(0, spread * 0.75 - 12, 0), cylinder(16, 28, 4):move(0, spread * 0.3 + H * 0.52, 0))
      return union(union(legs), tube), union(feet)
    end
    if hihat then
      local H = 820
      local stand, feet = tripod(H, 260)
      local R = 180
      local bottom = disc(R, 16):flip("y"):move(0, H - 8, 0)
      local top = disc(R, 16):move(0, H + 55, 0)
      local rod = cylinder(7, 120):move(0, H - 20, 0)
      local clutch = cylinder(16, 26, 4):move(0, H + 55 + R * 0.145 - 4, 0)
      -- a foot pedal between two legs, linked to the rod by a chain
      local pedal = box(280, 16, 90, 5):rotz(8):move(190, 42, 0)
      local heel = box(70, 44, 100, 6):move(40, 22, 0)
      local strut = cylinder(9, 110):move(0, 0, 0)
      return union(union(stand, rod, clutch, strut):part("stand"), union(bottom, top):part("cymbal"),
                   union(feet, pedal, heel):part("felt")):roty(-25)
    end
    local H = 720
    local stand, feet = tripod(H, 300)
    local R = 260
    local tilt = k.p.tilt
    local topy = 300 * 0.3 + H - 20
    -- the tilter: a knuckle at the top of the tube, a short post through the bell, felt washers
    local knuckle = sphere(20):move(0, topy, 0)
    local post = cylinder(6, 70):move(0, -20, 0)
    local felt = union(cylinder(22, 12, 4):move(0, -12, 0), cylinder(20, 14, 4):move(0, R * 0.145 - 4, 0))
    local nut = box(40, 12, 10, 3):move(0, R * 0.145 + 16, 0)
    local head = function(s) return s:rotz(-tilt):move(0, topy + 10, 0) end
    local cym = head(disc(R, 16))
    return union(union(stand, knuckle, head(post)):part("stand"), cym:part("cymbal"),
                 union(feet, head(felt), head(nut)):part("felt")):roty(-25)
  end,
}
