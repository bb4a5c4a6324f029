-- A fern: a clump of arching fronds, each a curved stalk lined with paired leaflets.
local P -- the plant library, loaded when building

return {
  id = "fern",
  names = {"fern", "boston fern", "bracken", "fern plant", "ferns plant", "frond"},
  lvis = {},
  family = "plants",
  size_mm = 200,
  description = "A fern",
  params = {fronds = {7, 9}, len = {170, 200}},
  parts = {
    {"fronds", "plant", color = "#4a9a38", role = "primary", names = {"fronds", "leaves", "fern", "foliage"}},
  },
  points = {"top"},
  build = function(k)
    P = use("plant")
    P.min_th = 10
    local n = math.floor(k.p.fronds + 0.5)
    local fr = {}
    for i = 0, n - 1 do
      local az = 360 * i / n + k.rand(-12, 12)
      local el = k.rand(58, 78)
      local len = k.p.len * k.rand(0.8, 1.05)
      fr[#fr + 1] = P.frond({0, 2, 0}, len, az, el, k.rand(0.25, 0.4), len * 0.26, len * 0.1, 10)
    end
    fr[#fr + 1] = P.frond({0, 2, 0}, k.p.len * 0.8, k.rand(0, 360), 85, 0.15, k.p.len * 0.2, k.p.len * 0.08, 9)
    fr[#fr + 1] = cone(12, 6, 10)
    P.min_th = 3
    return union(fr):part("fronds")
  end,
}
