-- A forklift: a compact body with a heavy counterweight at the back, an
-- overhead guard over the seat, and an upright mast in front carrying two
-- long forks; small wheels.
local V = use and use("vehicle")

return {
  id = "forklift",
  names = {"forklift", "fork lift", "forklift truck", "fork-lift truck", "lift truck", "hyster"},
  lvis = {},
  family = "vehicles",
  size_mm = 2100,
  description = "A forklift with a mast and forks",
  params = {len = {280, 310}},
  parts = {
    {"body", "paint", color = "#f2b414", role = "primary", names = {"body", "paint"}},
    {"mast", "steel", color = "#3a3a3e", role = "secondary", names = {"mast", "forks", "guard", "cage", "frame"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheels", "wheel", "tires", "tyres"}},
    {"hubs", "steel", color = "#c8c8cc", role = "detail", names = {"hubs", "rims"}},
    {"seat", "plastic", color = "#222226", role = "detail", names = {"seat", "steering wheel"}},
    {"lights", "gloss", color = "#f08a18", role = "fixed"},
  },
  points = {"top", "seat"},
  build = function(k)
    local L = k.p.len
    local W = 150
    local hw = W / 2
    local r = 34
    local xf, xr = L / 2, -L / 2
    local body = V.side({{xr, 20}, {xf - 20, 20}, {xf - 20, 90}, {xf - 60, 100}, {xr + 70, 100}, {xr + 40, 150}, {xr, 150}}, W, 10)
    local guard = {}
    for _, x in ipairs({xf - 40, xr + 40}) do
      for _, sz in ipairs({-1, 1}) do
        guard[#guard + 1] = capsule({x, 96, sz * (hw - 8)}, {x - (x > 0 and 16 or 0), 300, sz * (hw - 8)}, 5)
      end
    end
    guard[#guard + 1] = V.block(xr + 30, 296, -hw + 2, xf - 46, 306, hw - 2, 3)
    for i = 0, 4 do
      local x = xr + 40 + i * (xf - 100 - xr) / 4
      guard[#guard + 1] = V.block(x - 3, 300, -hw + 4, x + 3, 310, hw - 4)
    end
    local seat = V.block(-40, 100, -34, 10, 118, 34, 6) + V.block(-48, 100, -34, -36, 160, 34, 6)
    local wheel_col = capsule({xf - 50, 100, 0}, {xf - 70, 150, 0}, 4) + torus(20, 4):rotz(-50):move(xf - 72, 152, 0)
    local mx = xf + 6
    local mast = {}
    for _, sz in ipairs({-1, 1}) do
      mast[#mast + 1] = V.block(mx - 5, 10, sz * 40 - 6, mx + 5, 330, sz * 40 + 6)
      mast[#mast + 1] = V.block(xf - 32, 50, sz * 40 - 6, mx, 72, sz * 40 + 6, 2)
    end
    mast[#mast + 1] = V.block(mx - 4, 320, -40, mx + 4, 330, 40)
    mast[#mast + 1] = V.block(mx - 4, 120, -40, mx + 4, 128, 40)
    local carriage = V.block(mx + 5, 30, -50, mx + 13, 90, 50)
    local forks = {}
    for _, sz in ipairs({-1, 1}) do
      forks[#forks + 1] = V.block(mx + 5, 30, sz * 30 - 7, mx + 13, 80, sz * 30 + 7) + V.block(mx + 5, 22, sz * 30 - 7, mx + 150, 30, sz * 30 + 7, 1)
    end
    local shape = body:part("body") + (union(guard) + union(mast) + carriage + union(forks)):part("mast")
    shape = shape + (seat + wheel_col):part("seat") + sphere(8):move(xr + 20, 310, 0):part("lights")
    shape = shape + V.wheels({xf - 50, xr + 50}, r, 34, hw - 12, {})
    k.attach("seat", {-15, 118, 0}, 60)
    k.attach("top", {-20, 310, 0}, W * 0.7)
    return shape
  end,
}
