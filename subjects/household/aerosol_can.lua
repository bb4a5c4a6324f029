-- An aerosol can: a tall steel cylinder with a rolled foot and a rolled
-- seam at the shoulder, under a full-width coloured plastic cap that domes
-- up to a round nozzle button whose spout points out, and a printed label
-- band round the middle.
return {
  id = "aerosol_can",
  names = {"aerosol can", "spray can", "spray paint can", "spray paint", "aerosol", "aerosol spray",
           "spraycan", "paint spray can", "aerosole can", "aerosal can", "spray tin",
           "aerosol canister", "graffiti can", "hairspray can", "air freshener can"},
  family = "household",
  size_mm = 200,
  description = "An aerosol spray can with a cap, nozzle button and label",
  params = {r = {31, 34}, cap_h = {38, 44}},
  parts = {
    {"cap", "plastic", color = "#d0222c", role = "primary", names = {"cap", "lid", "top"}},
    {"label", "paint", color = "#c41e26", role = "primary", names = {"label", "band", "wrapper", "sticker"}},
    {"can", "steel", color = "#c9ccd2", role = "secondary",
     names = {"can", "body", "cylinder", "metal", "canister", "shoulder", "dome"}},
    {"nozzle", "plastic", color = "#f2f2ee", role = "detail", names = {"nozzle", "button", "actuator", "sprayer", "valve"}},
    {"print", "paint", color = "#f4f2ea", role = "fixed", names = {"print", "stripe", "logo", "text"}},
  },
  points = {"top", "hand"},
  build = function(k)
    local R = k.p.r
    local H = 148 -- top of the straight wall
    -- the can: a rolled foot, a straight wall and a domed shoulder
    local can = lathe({{R - 4, 0}, {R - 1, 1.5}, {R, 5}, {R, H}, {R - 1.2, H + 6}, {R - 4, H + 13},
                       {R - 9, H + 20}, {R - 15, H + 25}, {15, H + 28}, {13, H + 29}})
    local beads = torus(R - 0.4, 2.4):move(0, H + 1, 0) + torus(R - 1.2, 2):move(0, 4, 0)
    -- the cap: full width over the shoulder, doming up to a flat top
    local ch = k.p.cap_h
    local cy = H - 1
    local cap = lathe({{R - 0.6, 0}, {R + 0.3, 3}, {R + 0.3, ch * 0.45}, {R - 2.5, ch * 0.68},
                       {R - 8, ch * 0.86}, {R - 15, ch * 0.97}, {R - 19, ch}, {0, ch}}):move(0, cy, 0)
    -- the nozzle button on top of the cap, its spout pointing out front
    local ty = cy + ch
    local button = cylinder(10, 8, 2.5):move(0, ty - 1.5, 0)
    local spout = cylinder(3.6, 10, 1.2):rotz(90):move(-7, ty + 4.5, 0)
    local hole = cylinder(1.6, 5):rotz(90):move(-14, ty + 4.5, 0)
    -- the printed label round the middle, with a pale stripe and a swatch
    local label = cylinder(R + 1.6, 96, 1.2):move(0, 30, 0)
    local stripe = cylinder(R + 2.4, 12, 0.8):move(0, 92, 0)
    local swatch = intersect(cylinder(R + 2.4, 30, 0.8):move(0, 50, 0), box(1.3 * R, 40, 2 * R):move(0, 65, R))
    k.attach("top", {0, ty + 8, 0}, 2 * (R - 19))
    k.attach("hand", {0, H * 0.5, 0}, 2 * R)
    local shape = union(
      (can + beads):part("can"),
      label:part("label"),
      (stripe + swatch):part("print"),
      cap:part("cap"),
      (button + (spout - hole):roty(50)):part("nozzle"))
    return shape:roty(35)
  end,
}
