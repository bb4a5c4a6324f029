-- A flyswatter lying flat on the table: a long thin plastic handle with a
-- hanging loop at its end and a flat square paddle of mesh, a grid of
-- square holes inside a solid rim.
return {
  id = "flyswatter",
  names = {"flyswatter", "fly swatter", "fly swat", "swatter", "fly flap", "bug swatter", "insect swatter",
           "fly killer", "flyswat", "fly swatt"},
  family = "household",
  size_mm = 7,
  description = "A plastic flyswatter with a mesh paddle",
  params = {len = {330, 380}, paddle = {100, 112}},
  parts = {
    {"swatter", "plastic", color = "#2e9e3e", role = "primary", names = {"swatter", "paddle", "mesh", "head", "body"}},
    {"handle", "plastic", color = "#e8e4da", role = "secondary", names = {"handle", "shaft", "stick"}},
  },
  points = {"top"},
  build = function(k)
    local L, P = k.p.len, k.p.paddle
    local T = 4
    -- The paddle: a flat square in the XZ plane at x in [0, P], with a
    -- grid of square holes left inside a rim.
    local PW = P * 0.92
    local paddle = box(P, T, PW, 1):move(P / 2, T / 2, 0)
    local n, m = 8, 7
    local rim = 7
    local cw, ch = (P - 2 * rim) / n, (PW - 2 * rim) / m
    local hole = box(cw * 0.64, 20, ch * 0.64, 0.5)
    local holes = array(array(hole, n, cw, 0, 0), m, 0, 0, ch):move(rim + cw / 2, 0, -PW / 2 + rim + ch / 2)
    paddle = subtract(paddle, holes)
    -- A thicker rim bead round the edge.
    local bead = subtract(box(P, T + 1.2, PW, 1.5), box(P - 5, 10, PW - 5)):move(P / 2, (T + 1.2) / 2, 0)
    -- The neck: a tapering tongue from the paddle into the handle.
    local neck = extrude({{0, -14}, {-26, -4}, {-34, -4}, {-34, 4}, {-26, 4}, {0, 14}}, T + 1.2, 0.8)
      :rotx(-90):move(2, (T + 1.2) / 2, 0)
    -- The handle: a thin flat rod out to a widened end with a hanging hole.
    local hr = 3.2
    local rod = capsule({-30, hr, 0}, {-(L - P) + 14, hr, 0}, hr):stretch(1, 1, 1.4)
    local endtab = cylinder(9, 2 * hr, 1.2):move(-(L - P) + 8, 0, 0)
    endtab = subtract(endtab, cylinder(4.5, 20):move(-(L - P) + 6, -5, 0))
    local shape = union(paddle, bead, neck):part("swatter") + union(rod, endtab):part("handle")
    shape = shape:move((L - P) / 2 - P / 2, 0, 0)
    k.attach("top", {0, 4, 0}, 40)
    return shape:roty(-25)
  end,
}
