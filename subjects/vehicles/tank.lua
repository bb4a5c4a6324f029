-- A tank: a low armoured hull on two caterpillar tracks, a domed turret
-- with a long gun barrel pointing forward, and a hatch on top.
local V = use and use("vehicle")

return {
  id = "tank",
  names = {"tank", "army tank", "battle tank", "military tank", "panzer", "armored vehicle", "armoured vehicle", "war tank",
           "toy tank", "sherman tank"},
  lvis = {"army_tank"},
  family = "vehicles",
  size_mm = 2400,
  description = "A military tank with a turret and gun",
  params = {len = {400, 440}, gun = {0.9, 1.1}},
  parts = {
    {"body", "paint", color = "#5a6a3a", role = "primary", names = {"body", "hull", "turret", "paint", "armor", "armour"}},
    {"wheels", "rubber", color = "#2a2a2c", role = "detail", names = {"tracks", "treads", "track", "wheels"}},
    {"hubs", "steel", color = "#4a4e42", role = "detail", names = {"road wheels", "rollers"}},
    {"gun", "steel", color = "#4a5634", role = "secondary", names = {"gun", "barrel", "cannon", "hatch"}},
  },
  points = {"top"},
  build = function(k)
    local L = k.p.len
    local W = 230
    local hw = W / 2
    local tr, tw = 36, 56
    local x0, x1 = -L / 2 + tr + 4, L / 2 - tr - 4
    local shape = V.track(x0, x1, tr, hw - tw / 2, tw, 1, {wheels = 6}) + V.track(x0, x1, tr, -(hw - tw / 2), tw, -1, {wheels = 6})
    local hull = V.side({{-L / 2 - 6, 40}, {L / 2 - 10, 40}, {L / 2 + 14, 72}, {L / 2 - 20, 104}, {-L / 2 + 6, 106}, {-L / 2 - 10, 80}}, W - 2 * tw + 8, 4)
    local fenders = V.block(-L / 2 - 6, 74, -hw - 4, L / 2 + 6, 82, hw + 4, 2)
    local ty = 104
    local turret = V.side({{-90, 0}, {70, 0}, {95, 22}, {60, 58}, {-80, 60}, {-100, 30}}, W * 0.62, 12):move(-20, ty - 2, 0)
    local hatch = cylinder(22, 10, 3):move(-50, ty + 56, -W * 0.12)
    local gun_len = L * 0.62 * k.p.gun
    local mantlet = V.block(60, ty + 12, -30, 96, ty + 46, 30, 8)
    local barrel = cylinder(8, gun_len):rotz(-90):move(90, ty + 30, 0) + cylinder(11, 30):rotz(-90):move(90 + gun_len * 0.55, ty + 30, 0)
      + cylinder(11, 20):rotz(-90):move(90 + gun_len - 18, ty + 30, 0)
    shape = shape + (hull + fenders + turret):part("body") + (barrel + mantlet + hatch):part("gun")
    k.attach("top", {-40, ty + 60, 0}, W * 0.5)
    return shape
  end,
}
