-- A pull-along toy's base: a flat wooden board on four turned wheels, with a
-- knob at the front for the pull string. What stands "on wheels" ("a wooden
-- duck on wheels", "a toy horse on wheels") stands on its top.
local V = use("vehicle")

return {
  id = "wheeled_base",
  names = {"wheels", "wheeled base", "wheeled platform", "wheeled board", "pull-along base", "pull along base",
           "pull toy base", "toy trolley", "furniture dolly", "castors", "casters", "rollers"},
  family = "toys",
  size_mm = 45,
  description = "A flat wooden board on four wheels, for a pull-along toy",
  params = {length = {150, 170}, width = {80, 90}},
  parts = {
    {"board", "wood", color = "#c89858", role = "primary", names = {"board", "base", "platform"}},
    {"wheels", "wood", color = "#c03028", role = "secondary", names = {"wheels", "wheel"}},
    {"hubs", "wood", color = "#f0d060", role = "detail", names = {"hubs", "axles", "pegs"}},
  },
  points = {"top"},
  fits_load = true,
  build = function(k)
    local l, w = k.p.length, k.p.width
    local r, tw = 22, 12
    local y0 = r * 0.9
    local t = 14
    local board = box(l, t, w, 3):move(0, y0 + t / 2, 0):part("board")
    -- The pull string's knob at the front (+X).
    local knob = sphere(7):move(l / 2 + 4, y0 + t / 2, 0):part("board")
    local axle = l * 0.34
    local wheels = V.wheels({-axle, axle}, r, tw, w / 2 + tw / 2 - 2, {tyre_part = "wheels", hub_part = "hubs", hub = 0.35})
    -- Its top is as long as the board: the load, facing +X, lies along it.
    k.attach("top", {0, y0 + t, 0}, l * 0.95)
    return board + knob + wheels
  end,
}
