-- A drinking glass (tumbler): a clear, slightly flaring cylinder with a
-- thick base. Variants: a short whisky glass, a tall highball, a shot glass.
local V = use("vessel")

return {
  id = "drinking_glass",
  names = {"drinking glass", "glass", "tumbler", "water glass", "juice glass", "glass cup", "drinking cup", "milk glass",
           "drinkingglass", "drinking glas"},
  lvis = {"glass_(drink_container)", "shot_glass"},
  family = "vessels",
  size_mm = 120,
  description = "A clear drinking glass",
  params = {radius = {34, 40}, flare = {1.05, 1.18}},
  parts = {
    {"glass", "glass", color = "#dcecf0", role = "primary", names = {"glass", "body"}},
  },
  variants = {
    whisky = {names = {"whisky glass", "whiskey glass", "rocks glass", "old fashioned glass", "lowball glass", "scotch glass"}, size_mm = 90},
    highball = {names = {"highball glass", "tall glass", "collins glass"}, size_mm = 160},
    shot = {names = {"shot glass", "shooter glass"}, size_mm = 60},
    pint = {names = {"pint glass", "beer glass", "pint"}, size_mm = 150},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local v = k.variant
    local r, h = k.p.radius, 120
    local flare = k.p.flare
    local base_t = 10
    if v == "whisky" then r, h, flare, base_t = 42, 90, 1.05, 14 end
    if v == "highball" then r, h, flare = 32, 160, 1.03 end
    if v == "shot" then r, h, flare, base_t = 22, 60, 1.2, 14 end
    local prof
    if v == "pint" then
      r, h = 32, 150
      prof = V.keyed({{0, r}, {0.75, r * 1.32}, {0.85, r * 1.42}, {0.92, r * 1.36}, {1, r * 1.38}}, h, 20)
    else
      prof = V.profile(function(t) return r + r * (flare - 1) * t end, h, 6)
    end
    local shape = V.solid_vessel(prof, 3.5, h - base_t)
    V.cavity(k, prof, 3.5, base_t, 0.75)
    k.attach("top", {0, h, 0}, 2 * r)
    return shape:part("glass")
  end,
}
