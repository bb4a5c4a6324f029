-- A classical temple: a stepped marble base, a ring of fluted columns, an
-- entablature and a low triangular pediment roof (the Parthenon look).
local B = use and use("building")

return {
  id = "temple",
  names = {"temple", "greek temple", "roman temple", "parthenon", "classical temple", "ancient temple", "colonnade",
           "monument", "museum", "bank building", "courthouse"},
  lvis = {},
  family = "buildings",
  size_mm = 15000,
  description = "A classical temple with columns and a pediment",
  params = {w = {400, 440}, d = {260, 300}, cols = {6, 8}},
  parts = {
    {"stone", "marble", color = "#eeeae0", role = "primary", names = {"stone", "marble", "columns", "walls"}},
    {"roof", "marble", color = "#e2dccc", role = "secondary", names = {"roof", "pediment"}},
    {"inside", "stone", color = "#8a8478", role = "fixed"},
  },
  points = {"top"},
  build = function(k)
    local w, d = k.p.w, k.p.d
    local nc = math.floor(k.p.cols / 2 + 0.5) * 2
    local steps = {}
    for i = 0, 2 do
      steps[#steps + 1] = box(w + 40 - i * 14, 12, d + 40 - i * 14):move(0, 6 + 12 * i, 0)
    end
    local base_y = 36
    local ch = w * 0.42
    local cr = w / nc * 0.28
    local col = lathe({{cr * 1.25, 0}, {cr * 1.25, 6}, {cr, 10}, {cr * 0.86, ch - 12}, {cr * 1.2, ch - 6}, {cr * 1.3, ch - 6}, {cr * 1.3, ch}})
    -- flutes
    col = col - radial(cylinder(cr * 0.16, ch - 24):move(cr * 1.0, 12, 0), 12)
    local cols = {}
    local sx = (w - 30) / (nc - 1)
    for i = 0, nc - 1 do
      local x = -(w - 30) / 2 + i * sx
      cols[#cols + 1] = col:move(x, base_y, (d - 30) / 2)
      cols[#cols + 1] = col:move(x, base_y, -(d - 30) / 2)
    end
    local ncz = math.max(2, math.floor((d - 30) / sx + 0.5))
    for j = 1, ncz - 1 do
      local z = -(d - 30) / 2 + j * (d - 30) / ncz
      cols[#cols + 1] = col:move(-(w - 30) / 2, base_y, z)
      cols[#cols + 1] = col:move((w - 30) / 2, base_y, z)
    end
    local cella = box(w - 110, ch, d - 100):move(0, base_y + ch / 2, 0)
    local ent_y = base_y + ch
    local entab = box(w + 4, 30, d + 4):move(0, ent_y + 15, 0) + box(w + 12, 6, d + 12):move(0, ent_y + 33, 0)
    local ped_h = d * 0.22
    local roof = B.gable(w, d, ped_h, 8):move(0, ent_y + 36, 0)
    local shape = (union(steps) + union(cols) + entab):part("stone") + cella:part("inside") + roof:part("roof")
    k.attach("top", {0, ent_y + 36 + ped_h, 0}, w * 0.3)
    return shape
  end,
}
