-- A loudspeaker: an upright walnut cabinet with a black front baffle, a big
-- woofer low down (a bright trim ring, a black rubber surround, a grey cone
-- sloping in to a round dust cap) and a small dome tweeter in its own ring
-- above it, and a round bass port under the woofer. The bluetooth speaker is
-- a fabric-covered capsule lying on its side on a little foot, rubber end
-- caps with round passive radiators, and a strip of buttons along its top.
-- The listener stands at +X.
return {
  id = "loudspeaker",
  names = {"loudspeaker", "speaker", "speaker cabinet", "hifi speaker", "hi fi speaker",
           "stereo speaker", "bookshelf speaker", "speaker box", "studio monitor", "audio speaker", "floor speaker",
           "woofer speaker", "loud speaker", "speeker", "speacker", "sound speaker", "monitor speaker"},
  lvis = {"speaker_(stero_equipment)"},
  family = "household",
  size_mm = 380,
  description = "A hi-fi speaker cabinet with a big woofer cone and a small tweeter",
  params = {depth = {240, 270}},
  parts = {
    {"cabinet", "wood", color = "#6e4426", role = "primary", names = {"cabinet", "case", "body", "box", "wood", "enclosure"}},
    {"baffle", "paint", color = "#1c1c1e", role = "secondary", names = {"baffle", "front", "front panel", "panel", "face"}},
    {"cone", "paper", color = "#4a4b50", role = "detail", names = {"cone", "cones", "woofer", "driver", "speaker cone"}},
    {"trim", "steel", color = "#c4c8ce", role = "detail", names = {"trim", "rings", "ring", "chrome", "dust cap", "metal"}},
    {"surround", "rubber", color = "#121214", role = "detail", names = {"surround", "rubber", "port"}},
    {"tweeter", "gloss", color = "#2a2a2e", role = "detail", names = {"tweeter", "dome", "buttons"}},
    {"grille", "fabric", color = "#1f5a9a", role = "primary", names = {"grille", "grill", "fabric", "cloth", "mesh", "cover"}},
  },
  variants = {
    bluetooth = {names = {"bluetooth speaker", "portable speaker", "wireless speaker", "blue tooth speaker",
                          "bluetooth loudspeaker", "portable bluetooth speaker", "mini speaker", "outdoor speaker"},
                 size_mm = 80},
  },
  points = {"top"},
  build = function(k)
    if k.variant == "bluetooth" then
      -- A capsule along Z lying on its side, fabric round the middle.
      local L, R = 190, 38
      local cloth = cylinder(R, L - 36, 3):move(0, -(L - 36) / 2, 0):rotx(90):move(0, R + 4, 0)
      local caps, radiators, trim = empty(), empty(), empty()
      for _, s in ipairs({-1, 1}) do
        local z = s * (L / 2 - 14)
        caps = caps + cylinder(R + 3, 28, 10):move(0, -14, 0):rotx(90):move(0, R + 4, z)
        -- a round passive radiator set into each end
        local face_z = s * (L / 2)
        caps = subtract(caps, cylinder(R - 10, 20):move(0, -10, 0):rotx(90):move(0, R + 4, face_z))
        radiators = radiators + cylinder(R - 9, 8, 3):move(0, -4, 0):rotx(90):move(0, R + 4, face_z - s * 7)
        trim = trim + torus(R - 10, 2.5):rotx(90):move(0, R + 4, face_z - s * 4)
      end
      -- a rubber strip of buttons along the top and a foot underneath
      local strip = box(20, 8, 96, 4):move(4, 2 * R + 5, 0)
      local btns = empty()
      for i = -2, 2 do btns = btns + cylinder(5, 5, 1.5):move(4, 2 * R + 7, i * 18) end
      local foot = box(36, 12, 120, 5):move(0, 6, 0)
      k.attach("top", {0, 2 * R + 8, 0}, L * 0.5)
      return union(cloth:part("grille"), (caps + strip + foot):part("surround"), radiators:part("cone"),
                   trim:part("trim"), btns:part("tweeter")):roty(-30)
    end

    local W, H, D = 220, 380, k.p.depth
    local fx = D / 2
    local cab = box(D, H, W, 6):move(0, H / 2, 0)
    -- the black baffle across the whole front
    local baffle = box(10, H - 10, W - 10, 4):move(fx, H / 2, 0)
    -- The woofer: its hole, a steel ring, a rubber surround, a cone sloping
    -- in to a dust cap. (the cone's rim lies inside the surround)
    local wy, wr = 150, 86
    cab = subtract(cab, cylinder(wr, 60):rotz(90):move(fx + 20, wy, 0))
    baffle = subtract(baffle, cylinder(wr, 60):rotz(90):move(fx + 20, wy, 0))
    local cone = subtract(cylinder(wr + 3, 46):rotz(90):move(fx - 4, wy, 0), cone(wr - 14, 24, 34):rotz(90):move(fx - 2, wy, 0))
    local surround = torus(wr - 12, 8):rotz(90):move(fx - 8, wy, 0)
    local trim = torus(wr + 2, 5):rotz(90):move(fx + 4, wy, 0)
      + sphere(30):stretch(0.45, 1, 1):move(fx - 40, wy, 0)
    -- the tweeter above: a ring, a dark faceplate and a dome
    local ty = 300
    local tweeter = cylinder(36, 8, 3):rotz(-90):move(fx + 2, ty, 0) + sphere(17):stretch(0.6, 1, 1):move(fx + 8, ty, 0)
    trim = trim + torus(36, 3.5):rotz(90):move(fx + 9, ty, 0)
    -- a bass port below the woofer
    local port = subtract(cylinder(18, 10, 2):rotz(-90):move(fx - 2, 36, 0), cylinder(13, 60):rotz(-90):move(fx - 40, 36, 0))
    cab = subtract(cab, cylinder(13, 60):rotz(-90):move(fx - 40, 36, 0))
    baffle = subtract(baffle, cylinder(13, 60):rotz(-90):move(fx - 40, 36, 0))
    k.attach("top", {0, H, 0}, math.min(W, D) * 0.8)
    return union(cab:part("cabinet"), baffle:part("baffle"), cone:part("cone"), surround:part("surround"),
                 port:part("surround"), trim:part("trim"), tweeter:part("tweeter")):roty(-24)
  end,
}
