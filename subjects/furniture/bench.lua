-- A bench: a long seat for several people. A park bench has slatted seat
-- and back on cast-iron side frames with armrests; a plain wooden bench is
-- a thick plank on two slab or splayed legs.
local F = use("furniture")

return {
  id = "bench",
  names = {"bench", "park bench", "garden bench", "outdoor bench", "benchs", "bentch", "street bench", "seat bench"},
  lvis = {"bench"},
  family = "furniture",
  size_mm = 820,
  description = "A park bench with a slatted seat and back",
  params = {length = {1400, 1700}},
  parts = {
    {"slats", "wood", color = "#a8743f", role = "primary", names = {"slats", "seat", "wood", "planks", "back"}},
    {"frame", "iron", color = "#262a2c", role = "secondary", names = {"frame", "legs", "ends", "arms", "armrests"}},
  },
  variants = {
    plain = {names = {"wooden bench", "plank bench", "simple bench", "bench seat", "picnic bench", "kitchen bench"},
             size_mm = 450, colors = {slats = "#b07a44", frame = "#8a5a34"}},
  },
  points = {"top", "seat"},
  build = function(k)
    local Lz = k.p.length
    if k.variant == "plain" then
      local h, t, d = 450, 50, 320
      local top = box(d, t, Lz, 8):move(0, h - t / 2, 0)
      local legs
      if k.chance(0.5) then
        legs = union(box(d - 40, h - t, 50, 6):move(0, (h - t) / 2, Lz / 2 - 120), box(d - 40, h - t, 50, 6):move(0, (h - t) / 2, -Lz / 2 + 120))
          + box(30, 90, Lz - 240, 4):move(0, h * 0.35, 0)
      else
        legs = F.four_legs(d / 2 - 50, Lz / 2 - 110, h - t, 24, 18, "round", 40) + box(30, 30, Lz - 200, 4):move(0, 140, 0)
      end
      k.attach("top", {0, h, 0}, d * 0.9)
      k.attach("seat", {0, h, 0}, d * 0.9)
      return top:part("slats") + legs:part("frame")
    end
    local seat_y, D = 440, 480
    local slats = {}
    for i = 0, 4 do
      local x = D / 2 - 40 - i * 95
      slats[#slats + 1] = box(80, 28, Lz, 6):move(x, seat_y - 14 - i * 6, 0)
    end
    -- Back slats leaning back.
    for i = 0, 2 do
      local y = seat_y + 110 + i * 115
      slats[#slats + 1] = box(26, 90, Lz, 6):rotz(15):move(-D / 2 + 10 - (y - seat_y) * 0.27, y, 0)
    end
    local frame = {}
    for _, z in ipairs({-(Lz / 2 - 90), Lz / 2 - 90, 0}) do
      local side = z ~= 0 or Lz > 1500
      if side then
        local pts = {{D / 2 - 30, 0, z}, {D / 2 - 50, seat_y - 40, z}, {-D / 2 + 20, seat_y - 60, z}, {-D / 2 - 10, 0, z}}
        frame[#frame + 1] = polyline(pts, 22)
        frame[#frame + 1] = polyline({{-D / 2 + 20, seat_y - 60, z}, {-D / 2 - 130, seat_y + 360, z}}, 20)
        if z ~= 0 then
          frame[#frame + 1] = tube({{-D / 2 - 40, seat_y + 200, z}, {0, seat_y + 220, z}, {D / 2 - 20, seat_y + 200, z}, {D / 2 - 30, seat_y - 20, z}}, 18)
        end
      end
    end
    k.attach("top", {40, seat_y, 0}, D * 0.8)
    k.attach("seat", {40, seat_y, 0}, D * 0.8)
    return union(slats):part("slats") + union(frame):part("frame")
  end,
}
