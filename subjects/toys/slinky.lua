-- A slinky: a coiled spring toy arched over from one end to the other like
-- a rainbow.
return {
  id = "slinky",
  names = {"slinky", "slinky toy", "spring toy", "rainbow slinky", "coil spring toy"},
  lvis = {},
  family = "toys",
  size_mm = 120,
  description = "A slinky arched like a rainbow",
  parts = {
    {"coil", "steel", color = "#c8ccd4", role = "primary", names = {"coil", "spring", "slinky"}},
  },
  build = function(k)
    -- Coils follow an arch from (-A, 0) up over to (A, 0).
    local A, Rc = 110, 34
    local pts = {}
    local n = 420
    for i = 0, n do
      local t = i / n
      local a = math.pi * (1 - t)
      local c = {math.cos(a) * A, math.sin(a) * A, 0}
      local tang = {-math.sin(a), math.cos(a), 0}
      local nrm = {math.cos(a), math.sin(a), 0}
      local ph = t * 60 * math.pi
      pts[#pts + 1] = {c[1] + nrm[1] * math.cos(ph) * Rc, c[2] + nrm[2] * math.cos(ph) * Rc + Rc, math.sin(ph) * Rc}
    end
    return tube(pts, 3.4):part("coil")  -- a flat wire thick enough to stay one coil at draft
  end,
}
