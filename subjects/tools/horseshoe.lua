-- A horseshoe: a forged iron U lying flat, toe to the back and heels open
-- towards the viewer. A groove (the fuller) runs round the top face near
-- the outer edge with four square nail holes in each branch, a few nail
-- heads still in them, and a small clip stands up at the toe.

return {
  id = "horseshoe",
  names = {"horseshoe", "horse shoe", "lucky horseshoe", "iron horseshoe", "horse shoe for luck",
           "farrier horseshoe", "horsehoe", "horshoe"},
  lvis = {"horseshoe"},
  family = "tools",
  size_mm = 14,
  description = "An iron horseshoe lying flat, with nail holes in a groove",
  params = {open = {118, 128}},
  parts = {
    {"shoe", "iron", color = "#6a6764", role = "primary", names = {"horseshoe", "shoe", "body", "u"}},
    {"nails", "steel", color = "#a8aaae", role = "detail", names = {"nails", "nail heads", "nail"}},
  },
  points = {"top"},
  build = function(k)
    local a, b = 60, 50         -- centre line: half length (toe to heel) and half width
    local T = 12                -- thickness
    local tm = math.rad(k.p.open)
    local function web(th) return 23 - 5 * (math.abs(th) / tm) end
    -- Centre line point and outward normal at angle th (0 at the toe, +x).
    local function cl(th)
      local x, z = a * math.cos(th), b * math.sin(th)
      local nx, nz = math.cos(th) / a, math.sin(th) / b
      local l = math.sqrt(nx * nx + nz * nz)
      return x, z, nx / l, nz / l
    end
    local outer, inner = {}, {}
    local n = 28
    for i = 0, n do
      local th = -tm + 2 * tm * i / n
      local x, z, nx, nz = cl(th)
      local w = web(th) / 2
      outer[#outer + 1] = {x + nx * w, z + nz * w}
      inner[#inner + 1] = {x - nx * w, z - nz * w}
    end
    local poly = {}
    for i = 1, #outer do poly[#poly + 1] = outer[i] end
    for i = #inner, 1, -1 do poly[#poly + 1] = inner[i] end
    local shoe = extrude(poly, T, 2.5):rotx(90):move(0, T / 2, 0)

    -- The fuller: a groove a little outside the centre line, toe round to
    -- near each heel, and the nail holes punched along it.
    local g = {}
    for i = 0, 16 do
      local th = -tm * 0.86 + 2 * tm * 0.86 * i / 16
      local x, z, nx, nz = cl(th)
      local o = web(th) / 2 - 6.5
      g[#g + 1] = {x + nx * o, T + 0.5, z + nz * o}
    end
    local cuts = {tube(g, 2.8)}
    local heads = {}
    for _, s in ipairs({-1, 1}) do
      for j, deg in ipairs({28, 52, 76, 100}) do
        local th = s * math.rad(deg) * tm / math.rad(122)
        local x, z, nx, nz = cl(th)
        local o = web(th) / 2 - 6.5
        local px, pz = x + nx * o, z + nz * o
        local turn = math.deg(math.atan(nz, nx))
        cuts[#cuts + 1] = box(3.6, 40, 5.2):roty(-turn):move(px, 0, pz)
        if (s < 0 and j == 2) or (s > 0 and (j == 1 or j == 4)) then
          heads[#heads + 1] = box(5.2, 4, 6.4, 1.4):roty(-turn):move(px, T + 0.4, pz)
        end
      end
    end
    shoe = subtract(shoe, union(cuts))
    -- The toe clip: a small lip drawn up from the outer edge at the toe.
    local tx = a + web(0) / 2
    local clip = extrude({{-9, 0}, {9, 0}, {4, 8}, {-4, 8}}, 3.5, 1):roty(90):move(tx - 2.5, T - 1, 0)
    shoe = smooth(1.5, shoe, clip)
    k.attach("top", {0, T + 8, 0}, 2 * b)
    return union(shoe:part("shoe"), union(heads):part("nails")):roty(70)
  end,
}
