-- A teapot: a squat round body on a foot, a domed lid with a knob, a swept
-- spout curving up from the side and a loop handle opposite.
local V = use("vessel")

return {
  id = "teapot",
  names = {"teapot", "tea pot", "china teapot", "teapott"},
  lvis = {"teapot"},
  family = "vessels",
  size_mm = 150,
  description = "A teapot with a spout, a handle and a lidded top",
  params = {body_h = {85, 100}, body_r = {62, 72}, spout = {0.9, 1.1}},
  parts = {
    {"body", "glazed", color = "#f0f0eb", role = "primary", names = {"body"}},
    {"lid", "glazed", color = "#f0f0eb", role = "secondary", names = {"lid"}},
    {"knob", "glazed", color = "#3c5a96", role = "detail", names = {"knob", "finial", "trim"}},
  },
  variants = {
    coffee_pot = {names = {"coffee pot", "coffeepot", "percolator", "coffee server"}, size_mm = 230,
                  colors = {body = "#c8ccd2", lid = "#c8ccd2", knob = "#1e1e22"}},
  },
  points = {"inside", "fill", "top"},
  build = function(k)
    local bh, br = k.p.body_h, k.p.body_r
    local foot_r, top_r = br * 0.62, br * 0.5
    local coffee = k.variant == "coffee_pot"
    if coffee then bh, br, foot_r, top_r = 190, 62, 60, 44 end
    local soft = k.soft
    local prof = coffee and V.keyed({{0, foot_r}, {0.08, br}, {0.75, br * 0.85}, {1, top_r}}, bh, 20) or V.profile(function(t)
      if t < 0.45 then return foot_r + (br - foot_r) * math.sin(t / 0.45 * math.pi * 0.5) end
      return top_r + (br - top_r) * math.cos((t - 0.45) / 0.55 * math.pi * 0.5)
    end, bh, 24)
    local body = lathe(prof)
    local lid_r = top_r * 0.95
    local lid = intersect(ellipsoid(lid_r, lid_r * 0.45, lid_r), box(2 * lid_r + 2, lid_r, 2 * lid_r + 2):move(0, lid_r / 2, 0))
      :move(0, bh - 2, 0)
    lid = lid + torus(lid_r, 2.5):move(0, bh - 1, 0)
    local knob = sphere(9):move(0, bh + lid_r * 0.45 + 5.4, 0) + cylinder(4, 8):move(0, bh + lid_r * 0.4, 0)
    local sl = k.p.spout
    local spout = V.spout({{-br * 0.7, bh * 0.3, 0}, {-br * 1.05, bh * 0.45, 0}, {-br * (1.25 + 0.1 * sl), bh * 0.8, 0},
                           {-br * (1.4 + 0.15 * sl), bh * (1.0 + 0.08 * sl), 0}}, 14, 7.5)
    local handle = V.loop_handle({br * 0.75, bh * 0.85, 0}, {br * 0.85, bh * 0.25, 0}, {1, 0, 0}, br * 0.55, 6.5)
    local shape = smooth(9 * soft, body, spout)
    shape = smooth(6 * soft, shape, handle):part("body")
    shape = smooth(2, shape, lid:part("lid"))
    shape = smooth(3 * soft, shape, knob:part("knob"))
    -- Contents sit in the body (hidden under the lid); "top" is the knob.
    k.attach("inside", {0, 8, 0}, 2 * foot_r * 0.9)
    k.attach("fill", {0, bh * 0.8, 0}, 2 * top_r * 0.9)
    k.attach("top", {0, bh + lid_r * 0.45 + 14, 0}, 2 * lid_r)
    return shape
  end,
}
