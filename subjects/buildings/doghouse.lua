-- A doghouse: a small wooden kennel with a gabled roof, an arched doorway
-- and a name plate.
local B = use and use("building")

return {
  id = "doghouse",
  names = {"doghouse", "dog house", "kennel", "dog kennel", "pet house", "dog shelter"},
  lvis = {"kennel"},
  family = "buildings",
  size_mm = 900,
  description = "A wooden doghouse with an arched door",
  params = {w = {300, 340}, d = {360, 400}, wall_h = {200, 230}},
  parts = {
    {"walls", "wood", color = "#c8a070", role = "primary", names = {"walls", "wood", "boards"}},
    {"roof", "wood", color = "#b83a2a", role = "secondary", names = {"roof", "shingles"}},
    {"trim", "wood", color = "#f4f0e6", role = "detail", names = {"trim", "frame"}},
    {"inside", "wood", color = "#2a1e16", role = "fixed"},
    {"plate", "wood", color = "#3a5a9a", role = "detail", names = {"plate", "sign", "name plate", "bowl"}},
  },
  points = {"top", "inside"},
  build = function(k)
    -- gable end with the door faces +Z: ridge along Z
    local w, d, wh = k.p.w, k.p.d, k.p.wall_h
    local hw = w / 2
    local rh = w * 0.5
    local body = extrude({{-hw, 0}, {hw, 0}, {hw, wh}, {0, wh + rh}, {-hw, wh}}, d)
    -- boards: shallow horizontal grooves
    local grooves = {}
    for i = 1, math.floor((wh + rh) / 26) do
      grooves[#grooves + 1] = box(w + 20, 2.5, d + 20):move(0, i * 26, 0) - box(w - 4, 10, d - 4):move(0, i * 26, 0)
    end
    body = body - union(grooves)
    local over = 22
    local t = 12
    local roof = {}
    for _, sx in ipairs({-1, 1}) do
      local len = math.sqrt(hw * hw + rh * rh) + over
      local ang = math.deg(math.atan(rh, hw))
      roof[#roof + 1] = box(len, t, d + 2 * over, 2):move(-sx * len / 2, 0, 0):rotz(sx * ang):move(0, wh + rh + t * 0.55, 0)
    end
    local z = d / 2
    local door = B.arch_cut(0, 0, w * 0.5, wh * 0.85, z, 40)
    local inside = B.arch_cut(0, 0, w * 0.5, wh * 0.85, z - 16, 4)
    local frame = B.arch_cut(0, 0, w * 0.5 + 16, wh * 0.85 + 8, z + 1, 4) - B.arch_cut(0, 0, w * 0.5, wh * 0.85, z, 20)
    local shape = subtract(body, door):part("walls") + union(roof):part("roof") + inside:part("inside") + frame:part("trim")
    shape = shape + box(w * 0.34, 20, 4, 2):move(0, wh * 0.85 + 26, z + 1):part("plate")
    k.attach("top", {0, wh + rh + 14, 0}, w * 0.3)
    k.attach("inside", {0, 2, 0}, w * 0.6)
    return shape
  end,
}
