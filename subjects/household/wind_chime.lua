-- A wind chime on a little table stand: a round top disc with a hanging
-- ring, five to seven metal tubes of different lengths hung on strings in a
-- circle below it, a clapper disc in the middle and a flat wind sail at the
-- bottom, all hung from the hook of an inverted-L post on a round base.
return {
  id = "wind_chime",
  names = {"wind chime", "windchime", "wind chimes", "chime", "wind bell", "tubular wind chime",
           "garden chime", "wind chime with stand"},
  lvis = {"wind_chime"},
  family = "household",
  size_mm = 480,
  description = "A wind chime of metal tubes on a small table stand",
  params = {tubes = {5, 7.99}, tilt = {0, 360}},
  parts = {
    {"tubes", "silver", color = "#c4c8cc", role = "primary", names = {"tubes", "tube", "chimes", "pipes", "rods"}},
    {"frame", "wood", color = "#b07c48", role = "secondary", names = {"frame", "top", "disc", "ring", "clapper", "striker"}},
    {"sail", "wood", color = "#b07c48", role = "detail", names = {"sail", "wind sail", "paddle", "catcher", "wind catcher"}},
    {"strings", "fabric", color = "#3a3430", role = "detail", names = {"strings", "string", "cords", "cord", "line"}},
    {"stand", "wood", color = "#5a3a24", role = "detail", names = {"stand", "post", "hook", "base", "hanger"}},
  },
  points = {"top"},
  build = function(k)
    local n = math.floor(k.p.tubes)
    local R = 44                       -- radius of the circle the tubes hang on
    local top_y = 370                  -- underside of the top disc
    local tube_top = top_y - 28        -- the tubes' tops are level
    local tube_r = 7.5
    local strings = {}
    local tubes = {}
    -- Tubes: lengths falling round the circle, longest 175, shortest ~95.
    for i = 0, n - 1 do
      local a = math.rad(k.p.tilt + 360 * i / n)
      local x, z = math.cos(a) * R, math.sin(a) * R
      local len = 175 - 80 * i / (n - 1)
      tubes[#tubes + 1] = cylinder(tube_r, len, 1.5):move(x, tube_top - len, z)
      -- a cross pin in the tube's top the string is tied to
      tubes[#tubes + 1] = capsule({x - tube_r * 0.6, tube_top + 2, z}, {x + tube_r * 0.6, tube_top + 2, z}, 2.4)
      strings[#strings + 1] = capsule({x, tube_top - 5, z}, {x, top_y + 2, z}, 3)
    end
    -- The top disc with a rim bead and a turned knob.
    local disc = cylinder(R + 14, 12, 3):move(0, top_y, 0)
    -- Three strings from the disc rim up to the hanging ring.
    local ring_y = top_y + 62
    for i = 0, 2 do
      local a = math.rad(90 + i * 120)
      strings[#strings + 1] = capsule({math.cos(a) * (R + 6), top_y + 11, math.sin(a) * (R + 6)}, {0, ring_y - 8, 0}, 3.4)
    end
    local ring = torus(11, 3.8):rotx(90):move(0, ring_y, 0)
    local knot = sphere(6.5):move(0, ring_y - 9, 0)
    -- The centre string down through the clapper to the sail.
    local clap_y = tube_top - 110
    local sail_top = tube_top - 175 - 22
    strings[#strings + 1] = capsule({0, top_y + 1, 0}, {0, sail_top - 2, 0}, 2.3)
    local clapper = cylinder(26, 7, 2):move(0, clap_y, 0)
    -- The sail: a flat rounded paddle hanging edge-on below the tubes.
    local sail_h = 92
    local sail = leaf(sail_h, 58, 5, 0.15):rotz(180):roty(25):move(0, sail_top + 2, 0)
    local eyelet = torus(4, 1.4):rotx(90):move(0, sail_top + 1, 0)
    -- The stand: a round base, a post behind the chime and an arm with a hook.
    local base_h = 16
    local px = -(R + 42)
    local arm_y = ring_y + 30
    local base = lathe({{96, 0}, {98, 4}, {96, base_h - 2}, {88, base_h}})
    local post = cylinder(7, arm_y + 8 - base_h + 2):move(px, base_h - 1, 0)
      + lathe({{16, 0}, {12, 8}, {8, 16}}):move(px, base_h - 1, 0)
    local arm = capsule({px, arm_y, 0}, {12, arm_y, 0}, 6)
    local finial = sphere(9):move(px, arm_y + 10, 0)
    local hook = tube({{10, arm_y, 0}, {12, arm_y - 10, 0}, {8, ring_y + 10, 0}, {0, ring_y + 9, 0}}, 3.6)
    -- the base sits between the post and the chime so both stand over it
    local stand = base:move(px * 0.45, 0, 0) + post + arm + finial + hook
    k.attach("top", {px, arm_y + 18, 0}, 30)
    return union(tubes):part("tubes")
      + (disc + ring + knot + clapper):part("frame")
      + (sail + eyelet):part("sail")
      + union(strings):part("strings")
      + stand:part("stand")
  end,
}
