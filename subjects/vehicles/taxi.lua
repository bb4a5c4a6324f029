-- A taxi: a yellow sedan with a lit roof sign and a black checker stripe.
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

local parts = road_parts("#f6c214")
parts[#parts + 1] = {"sign", "plastic", color = "#fafaf0", role = "detail", names = {"sign", "roof sign", "taxi sign", "light"}}
parts[#parts + 1] = {"checker", "paint", color = "#1e1e20", role = "detail", names = {"checker", "checkers", "stripe", "checkered stripe"}}

return {
  id = "taxi",
  names = {"taxi", "taxicab", "taxi cab", "cab", "yellow cab", "yellow taxi", "cabbie car"},
  lvis = {"cab_(taxi)"},
  family = "vehicles",
  size_mm = 1500,
  description = "A yellow taxi with a roof sign",
  parts = parts,
  points = {"top", "head", "back"},
  build = function(k)
    return V.car(k, "sedan", {sign = true, stripe = "checker"})
  end,
}
