-- A car: a painted body with a glass cabin on four wheels; sedan, sports
-- car, hatchback and SUV shapes.
local V = use and use("vehicle")

-- The road-vehicle parts (declared here: the declaration is read without libraries).
local function road_parts(body_color)
  return {
    {"body", "paint", color = body_color, role = "primary", names = {"body", "paint", "bodywork"}},
    {"trim", "plastic", color = "#2a2a2e", role = "secondary", names = {"trim", "bumper", "bumpers", "grille"}},
    {"windows", "gloss", color = "#5a7890", role = "detail", names = {"windows", "window", "glass", "windshield", "windscreen"}},
    {"wheels", "rubber", color = "#1c1c1e", role = "detail", names = {"wheels", "wheel", "tires", "tyres", "tire", "tyre"}},
    {"hubs", "steel", color = "#c8c8cc", role = "detail", names = {"hubcaps", "hubs", "rims", "hubcap", "rim"}},
    {"lights", "gloss", color = "#fff4c8", role = "fixed"},
    {"taillights", "gloss", color = "#c81e1e", role = "fixed"},
  }
end

return {
  id = "car",
  names = {"car", "automobile", "auto", "motorcar", "sedan", "saloon", "saloon car", "family car", "motor vehicle",
           "coupe", "toy car", "matchbox car", "die cast car", "diecast car", "model car"},
  lvis = {"car_(automobile)", "motor_vehicle"},
  family = "vehicles",
  size_mm = 1450,
  description = "A car",
  parts = road_parts("#c0282d"),
  variants = {
    sports = {names = {"sports car", "sportscar", "supercar", "roadster", "muscle car"}, size_mm = 1200},
    hatchback = {names = {"hatchback", "compact car", "small car", "city car"}},
    limo = {names = {"limousine", "limo", "stretch limo", "stretch limousine"}, colors = {body = "#141416"}},
    convertible = {names = {"convertible", "cabriolet", "open top car", "cabrio", "drop top"}, size_mm = 1250},
    suv = {names = {"suv", "crossover", "range rover"}, size_mm = 1750},
  },
  points = {"top", "head", "back"},
  build = function(k)
    local kind = k.variant ~= "" and k.variant or "sedan"
    if kind == "limo" then return V.car(k, "sedan", {stretch = 160}) end
    if kind == "convertible" then return V.car(k, "sports", {open = true}) end
    return V.car(k, kind)
  end,
}
