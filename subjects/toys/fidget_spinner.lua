-- A fidget spinner: a flat three-lobed plastic body with concave sides
-- between the lobes, a chrome weight set in each lobe and a round bearing
-- cap in the middle, lying flat on its lower cap.
return {
  id = "fidget_spinner",
  names = {"fidget spinner", "hand spinner", "finger spinner", "fidget spiner", "fidgit spinner", "fidget spinnner",
           "tri spinner", "spinner fidget toy", "fidget"},
  lvis = {},
  family = "toys",
  size_mm = 14,
  description = "A three-lobed fidget spinner",
  params = {turn = {0, 120}},
  parts = {
    {"body", "plastic", color = "#2f7ee0", role = "primary", names = {"body", "arms", "lobes", "frame"}},
    {"cap", "plastic", color = "#26282c", role = "secondary", names = {"cap", "caps", "center", "centre", "button", "bearing"}},
    {"weights", "steel", color = "#c8ccd2", role = "detail", names = {"weights", "weight", "bearings", "rings", "metal"}},
  },
  points = {"top"},
  build = function(k)
    local T = 8            -- body thickness
    local D = 25           -- lobe centres from the middle
    local y0 = 2.6         -- the body rides on the lower cap
    local function disc(r, h, y, x, z, round) return cylinder(r, h, round):move(x or 0, y, z or 0) end
    local lobes = {disc(15, T, y0, 0, 0, 2.5)}
    for i = 0, 2 do
      local a = math.rad(90 + i * 120)
      lobes[#lobes + 1] = disc(13.5, T, y0, math.cos(a) * D, math.sin(a) * D, 2.5)
    end
    local body = smooth(6, table.unpack(lobes))
    -- Concave sides between the lobes.
    local cuts = {}
    for i = 0, 2 do
      local a = math.rad(30 + i * 120)
      cuts[#cuts + 1] = disc(14, T + 10, y0 - 5, math.cos(a) * 33, math.sin(a) * 33)
    end
    body = smooth_sub(body, union(cuts), 2)
    -- Pockets for the weights and the bearing.
    local weights = {}
    local holes = {disc(11.2, T + 4, y0 - 2)}
    for i = 0, 2 do
      local a = math.rad(90 + i * 120)
      local x, z = math.cos(a) * D, math.sin(a) * D
      holes[#holes + 1] = disc(9.5, T + 4, y0 - 2, x, z)
      weights[#weights + 1] = subtract(disc(9.8, T - 0.6, y0 + 0.3, x, z, 1), disc(5.5, T + 4, y0 - 2, x, z))
        + disc(6, T - 3, y0 + 1.5, x, z)
    end
    body = subtract(body, union(holes))
    -- The bearing: an outer race in the body and a cap on each face.
    local race = subtract(disc(11.4, T - 0.6, y0 + 0.3, 0, 0, 1), disc(6, T + 4, y0 - 2))
    local cap = disc(10.5, 2.8, y0 + T - 0.4, 0, 0, 1.2) + disc(10.5, 2.8, 0, 0, 0, 1.2)
      + disc(6.2, T, y0) + disc(4, 0.8, y0 + T + 2.2, 0, 0, 0.3)
    local shape = union(body:part("body"), (union(weights) + race):part("weights"), cap:part("cap"))
    k.attach("top", {0, y0 + T + 2.4, 0}, 20)
    return shape:roty(k.p.turn)
  end,
}
