-- An ironing board: a long padded board with a pointed end and a cover,
-- on crossed folding steel legs, with an iron resting on its heel plate.
return {
  id = "ironing_board",
  names = {"ironing board", "iron board", "ironingboard", "ironing table", "ironing bord"},
  lvis = {"ironing_board"},
  family = "household",
  size_mm = 900,
  description = "An ironing board on crossed legs",
  params = {},
  parts = {
    {"cover", "fabric", color = "#6a9ad0", role = "primary", names = {"cover", "board", "pad", "fabric"}},
    {"legs", "steel", color = "#c8ccd2", role = "secondary", names = {"legs", "frame", "stand"}},
    {"iron", "plastic", color = "#f2f2f0", role = "detail", names = {"iron"}},
  },
  points = {"top"},
  build = function(k)
    local L, W, H = 1200, 380, 900
    -- Board outline in XZ: straight heel at -X, tapering to a rounded point at +X.
    local pts = {}
    for i = 0, 12 do
      local t = i / 12
      local x = -L / 2 + L * t
      local half = W / 2 * (t < 0.55 and 1 or math.cos((t - 0.55) / 0.45 * math.pi * 0.5) ^ 0.6)
      pts[#pts + 1] = {x, math.max(half, 12)}
    end
    local outline = {}
    for i = 1, #pts do outline[#outline + 1] = {pts[i][1], pts[i][2]} end
    for i = #pts, 1, -1 do outline[#outline + 1] = {pts[i][1], -pts[i][2]} end
    local board = extrude(outline, 30, 10):rotx(90):move(0, H - 15, 0)
    local legs = {}
    for _, sz in ipairs({-1, 1}) do
      legs[#legs + 1] = capsule({-L * 0.3, H - 30, sz * 120}, {L * 0.25, 15, sz * 130}, 11)
      legs[#legs + 1] = capsule({L * 0.2, H - 30, sz * 100}, {-L * 0.32, 15, sz * 150}, 11)
    end
    legs[#legs + 1] = capsule({L * 0.25, 15, -160}, {L * 0.25, 15, 160}, 12)
    legs[#legs + 1] = capsule({-L * 0.32, 15, -180}, {-L * 0.32, 15, 180}, 12)
    -- An iron standing on its heel at the square end.
    local sole = extrude({{-110, -55}, {60, -55}, {120, 0}, {60, 55}, {-110, 55}}, 40, 8):rotx(90)
    local iron = (sole + tube({{-80, 30, 0}, {-60, 110, 0}, {50, 110, 0}, {70, 30, 0}}, 16)):move(-L / 2 + 150, H + 20, 0)
    k.attach("top", {L * 0.1, H, 0}, W * 0.8)
    return board:part("cover") + union(legs):part("legs") + iron:part("iron")
  end,
}
