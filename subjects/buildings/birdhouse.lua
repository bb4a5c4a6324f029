-- A birdhouse: a little wooden house on a pole with a round entrance hole,
-- a perch peg and a pitched roof.
return {
  id = "birdhouse",
  names = {"birdhouse", "bird house", "nest box", "nesting box", "bird box", "birdbox", "bird feeder house"},
  lvis = {"birdhouse"},
  family = "buildings",
  size_mm = 350,
  description = "A wooden birdhouse with a round hole and a perch",
  params = {w = {110, 125}, h = {130, 150}},
  parts = {
    {"walls", "wood", color = "#d8b07a", role = "primary", names = {"walls", "wood", "box", "house"}},
    {"roof", "wood", color = "#3a6a8a", role = "secondary", names = {"roof"}},
    {"hole", "wood", color = "#1a140e", role = "fixed"},
    {"perch", "wood", color = "#8a6040", role = "detail", names = {"perch", "peg", "pole", "post"}},
  },
  variants = {
    pole = {names = {"birdhouse on a pole", "bird house on pole"}, size_mm = 1500},
  },
  points = {"top"},
  build = function(k)
    local w, h = k.p.w, k.p.h
    local hw = w / 2
    local d = w * 0.95
    local rh = w * 0.45
    local pole_h = k.variant == "pole" and 420 or 0
    local body = extrude({{-hw, 0}, {hw, 0}, {hw, h}, {0, h + rh}, {-hw, h}}, d, 2)
    local hole_y = h * 0.65
    local hole = cylinder(w * 0.17, 40):move(0, -10, 0):rotx(90):move(0, hole_y, d / 2)
    local dark = cylinder(w * 0.17 + 1, 6):move(0, -3, 0):rotx(90):move(0, hole_y, d / 2 - 12)
    local over, t = 14, 8
    local roof = {}
    for _, sx in ipairs({-1, 1}) do
      local len = math.sqrt(hw * hw + rh * rh) + over
      local ang = math.deg(math.atan(rh, hw))
      roof[#roof + 1] = box(len, t, d + 2 * over, 1.5):move(-sx * len / 2, 0, 0):rotz(sx * ang):move(0, h + rh + t * 0.55, 0)
    end
    local perch = capsule({0, hole_y - w * 0.3, d / 2 - 4}, {0, hole_y - w * 0.3, d / 2 + 22}, 3.5)
    local base = box(w + 16, 8, d + 16, 2):move(0, -4, 0)
    local shape = subtract(body, hole):part("walls") + dark:part("hole") + union(roof):part("roof") + perch:part("perch")
    shape = shape + base:part("walls")
    if pole_h > 0 then
      shape = shape:move(0, pole_h + 8, 0) + cylinder(9, pole_h + 8):part("perch") + cylinder(30, 8, 3):part("perch")
    end
    k.attach("top", {0, pole_h + h + rh + 14, 0}, w * 0.3)
    return shape
  end,
}
