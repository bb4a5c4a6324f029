-- A roll of toilet paper standing on its end: a white cylinder round a
-- cardboard core (a hole right through), the loose sheet peeling off one
-- side with faint perforation lines. Variant: the roll on a wall holder,
-- its sheet hanging down the front.
return {
  id = "toilet_paper",
  names = {"toilet paper", "toilet roll", "toilet paper roll", "loo roll", "bathroom tissue", "tp roll",
           "roll of toilet paper", "toilet tissue", "bog roll", "toilet tissue roll", "roll of toilet tissue",
           "toliet paper", "toilet papper", "toilet roll paper", "tp"},
  lvis = {"toilet_tissue"},
  family = "household",
  size_mm = 100,
  description = "A roll of toilet paper",
  params = {peel = {28, 40}, curl = {0.004, 0.008}},
  parts = {
    {"paper", "paper", color = "#f6f5f0", role = "primary", names = {"paper", "roll", "tissue", "sheet", "sheets", "tail"}},
    {"core", "paper", color = "#b88c5c", role = "detail", names = {"core", "tube", "cardboard", "cardboard tube"}},
    {"holder", "steel", color = "#c4c8ce", role = "secondary", names = {"holder", "bar", "bracket", "arm", "plate", "rod"}},
  },
  variants = {
    holder = {names = {"toilet paper holder", "toilet roll holder", "toilet paper on a holder", "loo roll holder",
                       "tp holder", "toilet paper dispenser", "toilet roll on a holder", "toilet paper roll holder",
                       "toilet paper on a wall holder", "toilet roll dispenser"},
              size_mm = 170},
  },
  points = {"top"},
  build = function(k)
    local R, H, rc = 56, 100, 21       -- the roll's radius and width, the core hole
    local t = 2.2                      -- the loose sheet's thickness
    -- The roll, axis along Y, standing on y = 0.
    local roll = subtract(cylinder(R, H, 3), cylinder(rc + 2.8, H + 20):move(0, -10, 0))
    -- Perforation lines: faint grooves across the outer sheet, parallel to the
    -- axis (on the holder, the hanging sheet shows them instead).
    local grooves = {}
    for i = 0, k.variant == "holder" and -1 or 2 do
      grooves[#grooves + 1] = box(1.6, H - 8, 1.6):move(R, H / 2, 0):roty(40 + i * 105)
    end
    -- The end shows the wound layers: a few faint rings.
    for _, r in ipairs({33, 41, 49}) do
      grooves[#grooves + 1] = torus(r, 1.1):move(0, H, 0)
    end
    roll = subtract(roll, union(grooves))
    local core = subtract(cylinder(rc + 3.3, H - 1, 0.5), cylinder(rc, H + 20):move(0, -10, 0)):move(0, 0.5, 0)

    if k.variant == "holder" then
      -- On its side, axis along Z, on a chrome bar between two arms from a
      -- wall plate at -X; the sheet comes over the top and hangs down the front.
      local Hc = 130
      local shape = union(roll:part("paper"), core:part("core")):move(0, -H / 2, 0):rotx(90):move(0, Hc, 0)
      -- The sheet leaves the roll's front face, its top tucked into the roll,
      -- swinging out a degree or two as it hangs.
      local tail = box(t, 128, H - 6, 0.8):move(t / 2, -54, 0)
      local perf = {}
      for i = 1, 2 do perf[#perf + 1] = box(3, 1.4, H):move(t + 0.2, -40 * i, 0) end
      tail = subtract(tail, union(perf)):rotz(1.5):move(R - 0.8, Hc, 0)
      local by = Hc + rc - 10            -- the bar rests against the top of the core
      local bar = cylinder(11, H + 26):move(0, -(H + 26) / 2, 0):rotx(90):move(0, by, 0)
      local arms = {}
      for _, z in ipairs({-(H / 2 + 10), H / 2 + 10}) do
        arms[#arms + 1] = limb({0, by, z}, {-R - 28, by, z}, 8, 8) + sphere(10):move(0, by, z)
      end
      local plate = box(12, 60, H + 50, 5):move(-R - 32, by, 0)
      return shape + tail:part("paper") + union(bar, union(arms), plate):part("holder")
    end

    -- Standing: the loose end peels off the side and curls out a little,
    -- its edge resting on the floor. Drawn in plan (x, z), stood up along Y.
    local a0 = math.rad(-30)
    local P = {R * math.cos(a0), R * math.sin(a0)}
    local T = {-math.sin(a0), math.cos(a0)}
    local N = {math.cos(a0), math.sin(a0)}
    local left, right = {}, {}
    local L, c = k.p.peel, k.p.curl
    for i = -3, 8 do
      local s = L * i / 8
      local off = s > 0 and c * s * s or 0
      local x = P[1] + T[1] * s + N[1] * off
      local z = P[2] + T[2] * s + N[2] * off
      left[#left + 1] = {x - N[1] * (t / 2 + 0.4), z - N[2] * (t / 2 + 0.4)}
      right[#right + 1] = {x + N[1] * t / 2, z + N[2] * t / 2}
    end
    local outline = {}
    for i = 1, #left do outline[#outline + 1] = left[i] end
    for i = #right, 1, -1 do outline[#outline + 1] = right[i] end
    -- extrude along Z, then turned so that the plan's second axis is Z again
    local flap = extrude(outline, H - 4, 0.8):rotx(90):move(0, H / 2, 0)
    local shape = union(roll:part("paper"), core:part("core"), flap:part("paper"))
    k.attach("top", {0, H, 0}, 2 * R)
    return shape
  end,
}
