-- A police car: a white sedan with a dark stripe along its sides and a red
-- and blue light bar on the roof.
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

local parts = road_parts("#f4f4f2")
parts[#parts + 1] = {"stripe", "paint", color = "#1e2e6a", role = "secondary", names = {"stripe", "stripes", "livery", "doors"}}
parts[#parts + 1] = {"siren_red", "gloss", color = "#e02020", role = "fixed"}
parts[#parts + 1] = {"siren_blue", "gloss", color = "#2050e0", role = "fixed"}
parts[2].role = "detail"

return {
  id = "police_car",
  names = {"police car", "cop car", "patrol car", "squad car", "police cruiser", "police vehicle", "cruiser", "sheriff car",
           "police suv"},
  lvis = {"police_cruiser"},
  family = "vehicles",
  size_mm = 1500,
  description = "A police car with a light bar",
  parts = parts,
  points = {"top", "head", "back"},
  build = function(k)
    return V.car(k, "sedan", {lightbar = true, stripe = "stripe"})
  end,
}
