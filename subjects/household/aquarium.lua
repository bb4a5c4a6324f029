-- An aquarium (fish tank): a rectangular glass tank with a black frame and
-- lid, water to near the top, a gravel floor, green plants and a rock.
return {
  id = "aquarium",
  names = {"aquarium", "fish tank", "fishtank", "tropical tank", "glass tank", "aquarum", "aquarium tank"},
  lvis = {"fishbowl"},
  family = "household",
  size_mm = 400,
  description = "A fish tank with water, gravel and plants",
  params = {w = {560, 700}},
  parts = {
    {"frame", "plastic", color = "#1e1e22", role = "primary", names = {"frame", "lid", "trim", "stand"}},
    {"water", "glass", color = "#6ab4e0", role = "secondary", names = {"water", "glass"}},
    {"gravel", "stone", color = "#c8a878", role = "detail", names = {"gravel", "sand", "stones", "rock"}},
    {"plants", "plant", color = "#3a9a4a", role = "detail", names = {"plants", "weeds", "seaweed"}},
    {"fish", "plastic", color = "#f08a20", role = "fixed", names = {"fish", "goldfish"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local W, D, H = k.p.w, 320, 380
    local frame = {}
    frame[#frame + 1] = subtract(box(D + 10, 30, W + 10, 3), box(D - 20, 40, W - 20)):move(0, 15, 0)
    frame[#frame + 1] = subtract(box(D + 16, 24, W + 16, 4), box(D - 16, 40, W - 16)):move(0, H + 12, 0)
    for _, sx in ipairs({-1, 1}) do
      for _, sz in ipairs({-1, 1}) do frame[#frame + 1] = box(14, H, 14, 2):move(sx * D / 2, H / 2 + 15, sz * W / 2) end
    end
    -- Tinted back and side panes; the panes towards the viewer (+X, +Z) are
    -- left out so the plants and fish show (glass renders opaque).
    local water = box(8, H - 10, W - 4):move(-D / 2 + 4, 15 + (H - 10) / 2, 0)
      + box(D - 4, H - 10, 8):move(0, 15 + (H - 10) / 2, -W / 2 + 4)
    local gravel = box(D - 8, 40, W - 8, 6):move(0, 40, 0):noise(4, 20)
    local plants = {}
    for i = 1, 5 do
      local z = -W * 0.4 + W * 0.8 * (i - 1) / 4
      local x = k.rand(-D * 0.3, D * 0.1)
      local h = k.rand(200, 320)
      plants[#plants + 1] = tube({{x, 50, z}, {x + 12, 50 + h * 0.4, z + 10}, {x - 8, 50 + h * 0.75, z - 8}, {x + 6, 50 + h, z}}, 9, 4)
    end
    local rock = sphere(50):stretch(1.3, 0.8, 1):noise(6, 30):move(-D * 0.1, 60, W * 0.15)
    -- Fish swim along the back pane, touching it (a fish in open water would
    -- be a loose piece).
    local fish = {}
    for i = 1, 3 do
      local z = k.rand(-W * 0.3, W * 0.3)
      local y = k.rand(150, H - 80)
      fish[#fish + 1] = smooth(6, ellipsoid(10, 22, 34), cone(2, 18, 24):rotx(-90):move(0, 0, -30)):move(-D / 2 + 14, y, z)
    end
    k.attach("top", {0, H + 30, 0}, math.min(W, D) * 0.6)
    -- what the prompt puts in the tank stands on the gravel, in front
    k.attach("inside", {D * 0.12, 62, 0}, math.min(W, D) * 0.75)
    return union(frame):part("frame") + water:part("water") + (gravel + rock):part("gravel") + union(plants):part("plants")
      + (k.filled and empty() or union(fish):part("fish"))
  end,
}
