-- A tripod: a camera tripod standing with its three legs fully extended,
-- each leg three telescoping tubes, thick at the top and thinner below,
-- with flip-lock clamps at the joints and rubber feet, hinged from a
-- triangular spider casting; a centre column rising out of the middle with
-- a hook under it, topped by a pan-and-tilt head with a quick-release
-- plate and a long pan handle reaching back. The camera variant carries a
-- camera on the plate. The camera (and the plate) face +X.

-- A camera sitting on y = 0 with its lens towards +X.
local function camera()
  local body = box(70, 84, 128, 10):move(0, 42, 0)
  local grip = box(76, 78, 36, 14):move(6, 40, -48)
  local prism = box(52, 34, 48, 6):move(-4, 88, 6)
  local lens = cylinder(34, 78, 4):rotz(-90):move(30, 46, 6)
  local ring = cylinder(37, 22, 3):rotz(-90):move(70, 46, 6)
  local glass = cylinder(27, 8):rotz(-90):move(104, 46, 6)
  local button = cylinder(8, 8, 2):move(6, 80, -50)
  return body + grip + prism + button, lens + ring, glass
end

return {
  id = "tripod",
  names = {"tripod", "camera tripod", "photo tripod", "photography tripod", "video tripod", "camera stand",
           "tripod stand", "telescopic tripod", "aluminium tripod", "aluminum tripod", "tri pod", "tripd", "tripood"},
  lvis = {"tripod"},
  family = "tools",
  size_mm = 1450,
  description = "A camera tripod with three telescoping legs, a centre column and a pan head",
  params = {spread = {20, 24}, handle = {18, 30}},
  parts = {
    {"legs", "steel", color = "#2e3034", role = "primary", names = {"legs", "leg", "tubes", "column", "centre column", "center column"}},
    {"fittings", "plastic", color = "#17181a", role = "secondary",
     names = {"fittings", "clamps", "leg locks", "locks", "head", "pan head", "handle", "feet", "spider", "plate"}},
    {"camera", "plastic", color = "#1d1e21", role = "detail", names = {"camera", "camera body", "lens"}},
    {"glass", "gloss", color = "#22324a", role = "detail", names = {"glass", "lens glass"}},
    {"trim", "steel", color = "#bfc2c7", role = "detail", names = {"trim", "knobs", "knob", "hook"}},
  },
  variants = {
    camera = {names = {"tripod with a camera", "camera on a tripod", "tripod camera", "camera on tripod",
                       "video camera on a tripod", "tripod with camera", "camera mounted on a tripod"},
              size_mm = 1600},
  },
  points = {"top"},
  build = function(k)
    local hy = 1120                     -- the spider, where the legs hinge
    local spread = math.rad(k.p.spread)
    local legs, fit, trim = {}, {}, {}
    for _, a in ipairs({180, 60, -60}) do
      local ar = math.rad(a)
      local ux, uz = math.cos(ar), -math.sin(ar)
      local top = {ux * 46, hy, uz * 46}
      local R = 46 + hy * math.tan(spread)
      local foot = {ux * R, 22, uz * R}
      local function at(t) return {top[1] + (foot[1] - top[1]) * t, top[2] + (foot[2] - top[2]) * t, top[3] + (foot[3] - top[3]) * t} end
      -- three tubes, each overlapping into the one above
      legs[#legs + 1] = limb(at(0.02), at(0.42), 17, 17)
      legs[#legs + 1] = limb(at(0.38), at(0.74), 14.5, 14.5)
      legs[#legs + 1] = limb(at(0.70), at(1.0), 12.5, 12.5)
      -- flip-lock clamps at the ends of the upper two tubes
      for _, t in ipairs({0.42, 0.74}) do
        local r = t < 0.5 and 23 or 20
        fit[#fit + 1] = limb(at(t - 0.035), at(t + 0.005), r, r)
        local p = at(t - 0.02)
        fit[#fit + 1] = limb(p, {p[1] + ux * 24, p[2] + 4, p[3] + uz * 24}, 8, 7)
      end
      -- the hinge lug at the spider and the rubber foot
      fit[#fit + 1] = limb(at(-0.01), at(0.06), 21, 19)
      fit[#fit + 1] = sphere(17):stretch(1, 0.9, 1):move(foot[1], 14, foot[3])
    end
    -- The spider: a round casting with three lugs reaching to the legs.
    fit[#fit + 1] = cylinder(44, 46, 10):move(0, hy - 26, 0)
    for _, a in ipairs({180, 60, -60}) do
      local ar = math.rad(a)
      fit[#fit + 1] = box(60, 34, 34, 8):move(34, 0, 0):roty(a):move(0, hy - 2, 0)
    end
    -- Centre column with its lock knob and a weight hook under it.
    local cy = 1290
    legs[#legs + 1] = cylinder(16, cy - 880):move(0, 880, 0)
    trim[#trim + 1] = cylinder(10, 24, 3):rotz(-90):move(40, hy - 8, 0)
    trim[#trim + 1] = tube({{0, 882, 0}, {0, 850, 0}, {0, 826, 12}, {0, 836, 26}}, 4)
    -- The pan-and-tilt head: a body, a level plate on top and a handle
    -- reaching back and down.
    local head = cylinder(30, 24, 4):move(0, cy - 4, 0)
      + box(56, 60, 46, 10):move(0, cy + 44, 0)
      + cylinder(16, 70, 4):move(0, -35, 0):rotx(90):move(0, cy + 50, 0)
      + box(80, 12, 62, 3):move(6, cy + 78, 0)
    local hang = k.p.handle
    local handle = (limb({0, 0, 0}, {-200, 0, 0}, 10, 9) + limb({-140, 0, 0}, {-310, 0, 0}, 14, 14))
      :rotz(hang):move(-10, cy + 46, 0)
    fit[#fit + 1] = head
    fit[#fit + 1] = handle
    trim[#trim + 1] = cylinder(11, 20, 3):rotx(90):move(0, cy + 50, -46)
    local shape = union(union(legs):part("legs"), union(fit):part("fittings"), union(trim):part("trim"))
    local py = cy + 84
    if k.variant == "camera" then
      local cb, lens, glass = camera()
      local function sit(s) return s:scale(1.35):move(-8, py - 4, 0) end
      shape = shape + sit(cb):part("camera") + sit(lens):part("camera") + sit(glass):part("glass")
      k.attach("top", {0, py + 140, 0}, 90)
    else
      k.attach("top", {0, py, 0}, 70)
    end
    return shape
  end,
}
