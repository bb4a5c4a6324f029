-- An underarm crutch: two bowed aluminium rails joined under a padded
-- armrest on top and by a hand grip in the middle, meeting in a clamp
-- above one straight leg with a black rubber tip. It stands on its tip,
-- leaning a little. Forearm variant: one tube with a grip sticking forward
-- and an open cuff at the top.
return {
  id = "crutch",
  names = {"crutch", "underarm crutch", "axillary crutch", "walking crutch", "aluminium crutch", "aluminum crutch",
           "cruch", "cructh"},
  lvis = {"crutch"},
  family = "household",
  size_mm = 1300,
  description = "An underarm crutch with a pad, a hand grip and a rubber tip",
  params = {lean = {2, 4}, bow = {64, 72}},
  parts = {
    {"frame", "steel", color = "#cdd1d6", role = "primary", names = {"frame", "rails", "tubes", "leg", "shaft", "tube"}},
    {"pad", "rubber", color = "#3a3c40", role = "secondary", names = {"pad", "armrest", "underarm pad", "cuff"}},
    {"grip", "rubber", color = "#1e1e20", role = "detail", names = {"grip", "handle", "hand grip", "handgrip"}},
    {"tip", "rubber", color = "#161618", role = "detail", names = {"tip", "foot", "ferrule", "rubber tip"}},
  },
  variants = {
    forearm = {names = {"forearm crutch", "elbow crutch", "lofstrand crutch", "canadian crutch", "arm crutch"},
               size_mm = 1000, colors = {frame = "#8a9098", pad = "#2a4c8a", grip = "#2a2c30"}},
  },
  build = function(k)
    local shape
    if k.variant == "forearm" then
      local r = 11
      local gy = 790                                 -- grip height
      local tube = polyline({{0, 40, 0}, {0, gy, 0}, {-40, gy + 200, 0}}, r)
      local grip = capsule({-4, gy, 0}, {118, gy - 6, 0}, 15) + sphere(17):move(118, gy - 6, 0)
      -- The cuff: an open C round the forearm, its axis forward (x), open on top.
      local cy = gy + 215
      local cuff = subtract(cylinder(46, 44, 3):move(0, -22, 0), cylinder(37, 60):move(0, -30, 0),
                            box(120, 60, 60):move(0, 0, 46))
      -- Its axis along the forearm: back and up from the grip.
      cuff = cuff:rotz(-90):rotz(-38):move(-48, cy, 0)
      local joint = limb({-40, gy + 196, 0}, {-42, cy - 40, 0}, r)
      local tip = cylinder(18, 48, 6) + cylinder(21, 10, 3)
      shape = union((tube + joint):part("frame"), cuff:part("pad"), grip:part("grip"), tip:part("tip"))
    else
      local r = 11                                   -- rail radius
      local B = k.p.bow                              -- half the rails' widest spread
      local jy = 450                                 -- where the rails meet
      local gy = 780                                 -- hand grip
      local top = 1262
      local rails = {}
      for _, s in ipairs({-1, 1}) do
        rails[#rails + 1] = tube({{s * 58, top - 4, 0}, {s * B, 1050, 0}, {s * (B - 4), gy, 0},
                                  {s * (B * 0.55), 600, 0}, {s * 14, jy + 20, 0}, {s * 8, jy - 10, 0}}, r)
      end
      -- The clamp where the rails meet, and the single leg below it.
      local clamp = limb({0, jy - 40, 0}, {0, jy + 20, 0}, 21, 19)
      local leg = limb({0, 40, 0}, {0, jy - 30, 0}, 10.5)
      -- Push-button holes up the leg, facing the front.
      local holes = {}
      for i = 0, 5 do holes[#holes + 1] = cylinder(3.2, 20):rotx(90):move(0, 150 + i * 32, 0) end
      leg = subtract(leg, union(holes))
      -- The hand grip between the rails, with its bolt heads.
      local gx = B - 4
      local grip = capsule({-gx + 6, gy, 0}, {gx - 6, gy, 0}, 17)
      local bolts = {}
      for _, s in ipairs({-1, 1}) do bolts[#bolts + 1] = cylinder(8, 10, 2):rotz(90):move(s * (gx + r + 6), gy, 0) end
      -- The underarm pad: a broad rounded saddle across the top.
      local pad = subtract(capsule({-80, top + 16, 0}, {80, top + 16, 0}, 26):stretch(1, 1, 1.05),
                           capsule({-120, top + 68, 0}, {120, top + 68, 0}, 34))
      pad = pad + box(150, 20, 40, 6):move(0, top, 0)
      local tip = cylinder(18, 50, 6) + cylinder(22, 12, 4)
      shape = union((union(rails) + clamp + leg + union(bolts)):part("frame"), grip:part("grip"), pad:part("pad"),
                    tip:part("tip"))
    end
    -- It leans a few degrees in its own plane, then turns its face to the front.
    if k.worn then return shape:roty(90) end
    return shape:rotz(k.p.lean):roty(40)
  end,
}
