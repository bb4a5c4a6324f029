-- A barge: a long, low, flat-bottomed cargo boat with raked ends, an open
-- hold heaped with coal between raised coamings and a small wheelhouse at
-- the stern. A container barge carries stacked shipping containers; a
-- narrowboat is long and slim with a cabin the length of the boat, a row
-- of portholes, a chimney and a tiller.
return {
  id = "barge",
  names = {"barge", "river barge", "cargo barge", "coal barge", "freight barge", "canal barge", "barge boat",
           "dumb barge", "hopper barge", "bulk barge", "scow", "lighter barge", "inland barge"},
  family = "boats",
  size_mm = 6000,
  description = "A flat-bottomed river barge with an open hold of coal",
  params = {len = {430, 460}},
  parts = {
    {"hull", "paint", color = "#2c3a4c", role = "primary", names = {"hull", "boat", "body", "sides"}},
    {"deck", "paint", color = "#b8342a", role = "secondary", names = {"deck", "trim", "stripe", "gunwale", "coaming", "coamings"}},
    {"cargo", "stone", color = "#3a3a3e", role = "detail", names = {"cargo", "coal", "load", "freight"}},
    {"cabin", "paint", color = "#f0ece0", role = "detail", names = {"cabin", "wheelhouse", "house", "roof"}},
    {"windows", "gloss", color = "#3a6a96", role = "detail", names = {"windows", "window", "portholes"}},
    {"containers", "paint", color = "#2a5aa8", role = "detail", names = {"containers", "shipping containers", "boxes"}},
    {"fittings", "steel", color = "#8a8e94", role = "detail", names = {"fittings", "mast", "chimney", "funnel", "tiller", "railings"}},
  },
  variants = {
    container = {names = {"container barge", "container boat", "barge with containers"}, size_mm = 7000,
                 colors = {cargo = "#c8502a", hull = "#23262c"}},
    narrowboat = {names = {"narrowboat", "narrow boat", "canal boat", "canal narrowboat", "longboat canal", "canalboat"}, size_mm = 2500,
                  colors = {hull = "#1e1e20", deck = "#b8342a", cabin = "#1f5a3a", fittings = "#c8a040"}},
  },
  points = {"top", "inside"},
  build = function(k)
    local L = k.p.len
    local v = k.variant
    local function block(x0, y0, z0, x1, y1, z1, r)
      return box(x1 - x0, y1 - y0, z1 - z0, r or 0):move((x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2)
    end
    if v == "narrowboat" then
      local B, D = L * 0.1, L * 0.075
      local side = extrude({{-L / 2 + 10, 0}, {L / 2 - 30, 0}, {L / 2, D * 1.25}, {L / 2 - 2, D * 1.35}, {-L / 2 + 2, D * 1.05}, {-L / 2, D * 0.8}}, B, 2)
      local plan = extrude({{-L / 2 - 5, -B * 0.36}, {-L / 2 + 14, -B / 2}, {L / 2 - 70, -B / 2}, {L / 2 + 5, -3}, {L / 2 + 5, 3},
                            {L / 2 - 70, B / 2}, {-L / 2 + 14, B / 2}, {-L / 2 - 5, B * 0.36}}, 400):rotx(90)
      local hull = intersect(side, plan)
      -- the red band round the gunwale
      local band = intersect(hull:round(0.8), block(-L, D * 0.78, -L, L, D * 0.92, L))
      -- the long cabin with a gently crowned roof
      local x0, x1, ch = -L * 0.36, L * 0.28, D * 1.15
      local cabin = block(x0, D - 2, -B / 2 + 3, x1, D + ch, B / 2 - 3, 3)
      local roof = block(x0 - 2, D + ch - 2, -B / 2 + 2, x1 + 2, D + ch + 3, B / 2 - 2, 2.5)
      local ports = empty()
      local np = 9
      for i = 0, np - 1 do
        local x = x0 + 18 + i * (x1 - x0 - 36) / (np - 1)
        for _, sz in ipairs({-1, 1}) do
          ports = ports + cylinder(4.2, 4, 1):move(0, -2, 0):rotx(90):move(x, D + ch * 0.52, sz * (B / 2 - 3))
        end
      end
      -- doors at each end, a chimney with a brass band, the tiller at the stern
      local doors = block(x1 - 1, D + 2, -B * 0.22, x1 + 2.5, D + ch - 4, B * 0.22, 1)
        + block(x0 - 2.5, D + 2, -B * 0.22, x0 + 1, D + ch - 4, B * 0.22, 1)
      local chimney = cylinder(3.6, 16, 1):move(x0 + 22, D + ch + 2, 0) + cylinder(4.6, 3, 1):move(x0 + 22, D + ch + 14, 0)
      local tiller = capsule({-L / 2 + 6, D * 0.9, 0}, {-L / 2 + 4, D * 1.7, 0}, 2.6) + capsule({-L / 2 + 4, D * 1.7, 0}, {-L / 2 + 34, D * 1.95, 0}, 2.4)
      local rudder = block(-L / 2 - 10, 4, -2, -L / 2 + 2, D * 0.8, 2, 1)
      local shape = hull:part("hull") + band:part("deck") + (cabin + doors):part("cabin") + roof:part("deck")
      shape = shape + ports:part("windows") + (chimney + tiller + rudder):part("fittings")
      k.attach("top", {0, D + ch + 3, 0}, B * 0.8)
      k.attach("inside", {L * 0.38, D, 0}, B * 0.5)
      return shape
    end
    -- the barge: a long box hull with raked ends, deck at y = D
    local B, D = L * 0.18, L * 0.08
    local hull = extrude({{-L / 2 + 18, 0}, {L / 2 - 26, 0}, {L / 2, D * 0.85}, {L / 2, D}, {-L / 2, D}, {-L / 2, D * 0.8}}, B, 3)
    -- the open hold, with raised coamings round it
    local hx0, hx1 = -L * 0.24, L * 0.42
    local hold = block(hx0, 8, -B / 2 + 6, hx1, D + 40, B / 2 - 6)
    hull = subtract(hull, hold)
    local coam = subtract(block(hx0 - 4, D - 2, -B / 2 + 2, hx1 + 4, D + 7, B / 2 - 2, 1.5), block(hx0, 0, -B / 2 + 6, hx1, D + 40, B / 2 - 6))
    local band = intersect(hull:round(0.8), block(-L, D * 0.72, -L, L, D * 0.86, L))
    local cargo
    if v == "container" then
      -- shipping containers two rows across, stacked two high
      local cl, chh, cw = (hx1 - hx0 - 6) / 4, 24, (B - 14) / 2
      local a, b = empty(), empty()
      for i = 0, 3 do
        for j = 0, 1 do
          for lvl = 0, (i == 3 and 0 or 1) do
            local x = hx0 + 3 + cl * (i + 0.5)
            local z = (j - 0.5) * cw
            local c = block(x - cl / 2 + 1, 8 + lvl * chh, z - cw / 2 + 0.8, x + cl / 2 - 1, 8 + (lvl + 1) * chh - 0.8, z + cw / 2 - 0.8, 1.2)
            -- ribbed sides
            for r = -2, 2 do c = c - block(x + r * cl * 0.18 - 0.8, 10 + lvl * chh, z + cw / 2 - 1.6, x + r * cl * 0.18 + 0.8, 6 + (lvl + 1) * chh, z + cw / 2 + 1) end
            if (i + j + lvl) % 2 == 0 then a = a + c else b = b + c end
          end
        end
      end
      cargo = a:part("cargo") + b:part("containers")
    else
      -- heaps of coal filling the hold, peaked above the coamings
      local heaps = empty()
      local n = 5
      for i = 0, n - 1 do
        local x = hx0 + (hx1 - hx0) * (i + 0.5) / n
        heaps = heaps + ellipsoid((hx1 - hx0) / n * 0.75, D * 0.85, B * 0.42):move(x, D * 0.8, 0)
      end
      heaps = smooth(6, heaps, block(hx0, 6, -B / 2 + 5, hx1, D * 0.85, B / 2 - 5)):noise(2.4, 5, 2) + block(hx0, 6, -B / 2 + 5, hx1, D * 0.8, B / 2 - 5)
      cargo = intersect(heaps, block(hx0 + 0.5, 6, -B / 2 + 5.5, hx1 - 0.5, D + 40, B / 2 - 5.5)):part("cargo")
    end
    -- the wheelhouse at the stern
    local wx0, wx1 = -L / 2 + 8, -L / 2 + 8 + L * 0.13
    local wz = B * 0.34
    local house = block(wx0, D - 2, -wz, wx1, D + 40, wz, 2.5)
    local win = block(wx0 + 6, D + 24, -wz - 1.2, wx1 - 6, D + 34, wz + 1.2, 1.5) + block(wx1 - 2, D + 24, -wz + 5, wx1 + 1.2, D + 34, wz - 5, 1.5)
    local roof = block(wx0 - 4, D + 39, -wz - 4, wx1 + 5, D + 44, wz + 4, 2)
    local mast = cylinder(2.6, 30, 1):move(wx0 + 12, D + 43, 0) + cylinder(3.2, 8, 1):move(wx0 + 30, D + 43, wz - 8)
    local rails = empty()
    for _, sz in ipairs({-1, 1}) do
      rails = rails + capsule({-L / 2 + 4, D + 10, sz * (B / 2 - 3)}, {hx0 - 6, D + 10, sz * (B / 2 - 3)}, 1.8)
      for _, x in ipairs({-L / 2 + 4, -L / 2 + (hx0 + L / 2) * 0.5, hx0 - 6}) do
        rails = rails + capsule({x, D - 1, sz * (B / 2 - 3)}, {x, D + 10, sz * (B / 2 - 3)}, 1.8)
      end
    end
    local bitts = cylinder(3.2, 8, 1):move(L / 2 - 10, D - 1, B * 0.3) + cylinder(3.2, 8, 1):move(L / 2 - 10, D - 1, -B * 0.3)
    local shape = hull:part("hull") + (band + coam):part("deck") + cargo + (house):part("cabin") + roof:part("deck")
    shape = shape + win:part("windows") + (mast + rails + bitts):part("fittings")
    k.attach("top", {0, D + 10, 0}, B * 0.8)
    k.attach("inside", {(hx0 + hx1) / 2, D, 0}, B * 0.6)
    return shape
  end,
}
