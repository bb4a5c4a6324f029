-- A house: walls with a door and windows under a gabled roof with a
-- chimney; a cottage is small with a steep roof, a log cabin is built of
-- logs, a hut is round with a conical thatch.
local B = use and use("building")

return {
  id = "house",
  names = {"house", "home", "dwelling", "bungalow", "farmhouse", "toy house", "little house", "homestead", "villa"},
  lvis = {"dollhouse"},
  family = "buildings",
  size_mm = 8000,
  description = "A house with a gabled roof, door, windows and chimney",
  params = {w = {360, 440}, d = {260, 320}, wall_h = {220, 260}, roof_h = {150, 200}},
  parts = {
    {"walls", "stone", color = "#e1d7be", role = "primary", names = {"walls", "wall"}},
    {"roof", "clay", color = "#aa3c2d", role = "secondary", names = {"roof", "roof tiles", "thatch"}},
    {"door", "wood", color = "#6e4024", role = "detail", names = {"door", "front door"}},
    {"trim", "wood", color = "#f2efe6", role = "detail", names = {"trim", "window frames", "frames", "shutters"}},
    {"windows", "glass", color = "#7ea4c0", role = "detail", names = {"windows", "window", "glass", "panes"}},
    {"chimney", "stone", color = "#9a5a44", role = "detail", names = {"chimney", "chimney stack"}},
  },
  variants = {
    cottage = {names = {"cottage", "country cottage", "thatched cottage", "cottage house"}, size_mm = 6500,
               colors = {walls = "#f0e8d2", roof = "#8a6a3a"}},
    cabin = {names = {"cabin", "log cabin", "log house", "hunting lodge", "chalet"}, size_mm = 6000,
             colors = {walls = "#8a5a32", roof = "#4a3a30", trim = "#5a3a20", chimney = "#8a8680"}},
    hut = {names = {"hut", "round hut", "mud hut", "shack", "straw hut", "grass hut"}, size_mm = 4000,
           colors = {walls = "#b08a5e", roof = "#c8a860"}},
  },
  points = {"top"},
  build = function(k)
    local p = k.p
    if k.variant == "hut" then
      local r, wall_h = k.rand(180, 220), k.rand(200, 240)
      local walls = cylinder(r, wall_h):part("walls")
      local roof = cone(r * 1.3, 6, r * 1.15):move(0, wall_h - 12, 0)
      roof = roof:noise(3, 25):part("roof")
      local shape = walls + roof
      local cut, fill = B.door(0, 56, 110, r, 1, {arched = true, depth = 16})
      shape = subtract(shape, cut) + fill
      k.attach("top", {0, wall_h + r * 1.1, 0}, r * 0.3)
      return shape
    end
    local o = {w = p.w, d = p.d, wall_h = p.wall_h, roof_h = p.roof_h, step = true}
    if k.variant == "cottage" then
      o.w, o.d, o.wall_h, o.roof_h, o.over = p.w * 0.85, p.d * 0.95, p.wall_h * 0.85, p.roof_h * 1.35, 30
    elseif k.variant == "cabin" then
      o.logs, o.w, o.wall_h, o.roof_h = true, p.w * 0.95, p.wall_h * 0.9, p.roof_h * 0.9
    end
    return B.house(k, o)
  end,
}
