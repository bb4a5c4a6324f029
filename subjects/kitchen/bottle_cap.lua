-- A bottle cap (crown cork): a shallow metal cap lying top up, its skirt
-- crimped into 21 flutes that flare out at the edge, a coloured printed
-- disc with a little star on the flat top.
return {
  id = "bottle_cap",
  names = {"bottle cap", "crown cap", "crown cork", "beer cap", "soda cap", "bottle top", "beer bottle cap",
           "soda bottle cap", "metal bottle cap", "crown bottle cap", "bottlecap", "beer bottle top",
           "pop cap", "bottel cap"},
  lvis = {"bottle_cap"},
  family = "kitchen",
  size_mm = 7,
  description = "A crown bottle cap lying top up",
  params = {tilt = {1, 2}},
  parts = {
    {"cap", "steel", color = "#c9ccd2", role = "primary", names = {"cap", "metal", "skirt", "crown", "flutes", "edge"}},
    {"print", "paint", color = "#c8202a", role = "secondary", names = {"print", "disc", "top", "label", "circle"}},
    {"logo", "paint", color = "#f6f2e6", role = "detail", names = {"logo", "star", "emblem"}},
  },
  points = {"top"},
  build = function(k)
    -- mm at true size: 32 across the flutes, 26.5 across the top, 6.5 tall
    local n = 21
    local body = revolve({{0, 0.6}, {15.6, 0.6}, {16.1, 0}, {16.3, 0.5}, {15.0, 3.8}, {13.9, 5.6}, {13.3, 6.3},
                          {12.8, 6.5}, {0, 6.5}})
    -- The flutes: grooves down the skirt between the crimps, deepest at the edge.
    local grooves = {}
    for i = 0, n - 1 do
      local a = math.rad((i + 0.5) * 360 / n)
      local c, s = math.cos(a), math.sin(a)
      grooves[#grooves + 1] = limb({13.9 * c, 6.0, 13.9 * s}, {17.2 * c, -0.6, 17.2 * s}, 0.35, 1.35)
    end
    local cap = subtract(body, union(grooves))
    -- The printed disc and a star on the flat top, standing a hair proud.
    local disc = cylinder(11.2, 0.6, 0.2):move(0, 6.1, 0)
    local logo = star(5, 5.2, 2.2, 0.6):rotx(90):move(0, 6.7, 0)
    local shape = union(cap:part("cap"), disc:part("print"), logo:part("logo"))
    k.attach("top", {0, 6.5, 0}, 22)
    -- lying on a table a degree or two off true
    return shape:rotx(k.p.tilt)
  end,
}
