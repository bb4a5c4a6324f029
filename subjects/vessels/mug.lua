-- A mug, cup or tankard: a lathe vessel with a loop handle.
local S = use("shapes")

return {
  id = "mug",
  names = {"mug", "coffee mug", "cup", "coffee cup", "tea mug", "hot chocolate mug",
           "mugg", "camping mug", "coffee cup mug"},
  lvis = {"mug", "cup", "teacup", "beer_mug"},
  family = "vessels",
  size_mm = 100,
  description = "A drinking mug with a handle",
  params = {height = {90, 105}, radius = {36, 42}, flare = {1.0, 1.12}},
  parts = {
    {"body", "ceramic", color = "#e15a3c", role = "primary"},
    {"handle", "ceramic", color = "#e15a3c", role = "secondary"},
    {"bands", "iron", role = "detail", names = {"band", "bands", "hoops"}},
  },
  variants = {
    tankard = {names = {"tankard", "beer mug", "stein"}, size_mm = 140},
    teacup = {names = {"teacup", "tea cup", "cup and saucer", "china cup", "porcelain cup"}, size_mm = 70},
  },
  points = {"inside", "fill"},
  build = function(k)
    local tankard = k.variant == "tankard"
    local teacup = k.variant == "teacup"
    local h = tankard and 140 or (teacup and 62 or k.p.height)
    local rb = tankard and 45 or (teacup and 28 or k.p.radius)
    local rt = rb * (tankard and 0.9 or (teacup and 1.45 or k.p.flare))
    local wall = teacup and 4 or 5.5
    local prof = S.profile(function(t)
      local r = rb + (rt - rb) * (teacup and t ^ 0.6 or t)
      if t < 0.06 then r = r - 2 * (0.06 - t) / 0.06 end
      return r
    end, h, 12)
    local body = vessel(prof, wall, 7):part("body")
    local handle = S.loop_handle({rt - 2, h * 0.82, 0}, {rb - 1, h * 0.2, 0}, {1, 0, 0},
                                 h * (teacup and 0.4 or 0.33), tankard and 7 or 5.5):part("handle")
    local shape = smooth(4 * k.soft, body, handle)
    if teacup then
      -- A saucer under the cup.
      local saucer = revolve({{0, 0}, {34, 0}, {36, 3}, {58, 8}, {62, 12}, {60, 13}, {40, 9}, {0, 9}})
      shape = shape:move(0, 6, 0) + saucer:part("handle")
    end
    if tankard then
      for _, y in ipairs({18, 122}) do
        local r = rb + (rt - rb) * (y / h)
        shape = smooth(1, shape, torus(r, 3):move(0, y, 0):part("bands"))
      end
    end
    local lift = teacup and 6 or 0
    k.attach("inside", {0, 7 + lift, 0}, 2 * (rb - wall))
    k.attach("fill", {0, h * 0.85 + lift, 0}, 2 * (rb + (rt - rb) * 0.85 - wall))
    return shape
  end,
}
